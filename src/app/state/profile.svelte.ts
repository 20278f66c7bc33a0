import { changeProfile, type ProfileChange } from '../../core/state/profile.ts';
import type { ConversationState } from './conversation.svelte.ts';
import type { Feedback } from './feedback.svelte.ts';
import type { CompanionDeps } from './types.ts';

/** The user's name and age after onboarding: changed through the core's rule (a minor stays one). */
export class ProfileState {
  readonly #deps: CompanionDeps;
  readonly #conversation: ConversationState;
  readonly #feedback: Feedback;

  constructor(deps: CompanionDeps, parts: { conversation: ConversationState; feedback: Feedback }) {
    this.#deps = deps;
    this.#conversation = parts.conversation;
    this.#feedback = parts.feedback;
  }

  /** Save a change; returns whether it was saved (if not, the notice says why and nothing changed). */
  async change(change: ProfileChange): Promise<boolean> {
    const relationship = this.#conversation.relationship;
    if (!relationship) return false;
    const result = changeProfile(relationship.state, change);
    if (!result.ok) {
      this.#feedback.notice = `${result.reason} Nothing was changed.`;
      return false;
    }
    return this.#feedback.act(
      'Saving your profile',
      async () => {
        this.#conversation.relationship = await this.#deps.store.saveState(relationship.id, relationship.revision, result.state);
        this.#feedback.confirm('Saved. She will use this from your next message.');
      },
      'Your profile is as it was.',
    );
  }
}
