import type { ChatItem } from '../ports.ts';
import type { ConversationState } from './conversation.svelte.ts';
import { CONTEXT_NOT_CLEARED, type Feedback } from './feedback.svelte.ts';
import type { MemoryState } from './memory.svelte.ts';
import type { CompanionDeps } from './types.ts';

type AssistantItem = Extract<ChatItem, { role: 'assistant' }>;

/** What the user may do to each message now: computed once for the list, from the messages and the relationship. */
export interface MessageActions {
  /** The last reply, finished, with the decision it was written under: another version can be written. */
  readonly regenerable: string | null;
  /** The user's last message, if its turn can be re-run (it was not answered, or the state before it was kept). */
  readonly editable: string | null;
}

export function messageActions(messages: readonly ChatItem[], rewindableMessageId: string | null): MessageActions {
  const last = messages.at(-1);
  const regenerable = last?.role === 'assistant' && (last.status === 'complete' || last.status === 'stopped') && last.decision ? last.id : null;
  const lastUser = [...messages].reverse().find((message) => message.role === 'user');
  if (!lastUser) return { regenerable, editable: null };
  const answered = messages.some((message) => message.role === 'assistant' && message.replyTo === lastUser.id && (message.status === 'complete' || message.status === 'stopped'));
  return { regenerable, editable: !answered || rewindableMessageId === lastUser.id ? lastUser.id : null };
}

/** The honest note after deleting a message: what went, and what did not come back. */
export function deletedNote(report: { messages: number; facts: number; moments: number }, ownMessage: boolean): string {
  const went = ownMessage ? (report.messages > 1 ? 'Your message and her reply are deleted' : 'Your message is deleted') : 'Her reply is deleted';
  const drawn = report.facts + report.moments > 0 ? `, with what she had drawn from it (${report.facts} fact${report.facts === 1 ? '' : 's'}, ${report.moments} moment${report.moments === 1 ? '' : 's'})` : '';
  return `${went}${drawn}. How that turn moved trust, affection or tension is not undone, and anything she said since that built on it stays.`;
}

/**
 * Shaping the conversation: another version of the last reply (kept and
 * swipeable), editing the last message (its turn runs again from the state
 * before it), deleting a message. Each says what it did, or what failed and
 * what was kept.
 */
export class ReplyEdits {
  /** Another version of a reply being written: the message and its guard-approved text so far. */
  rewriting = $state<{ readonly messageId: string; readonly text: string } | null>(null);
  readonly #deps: CompanionDeps;
  readonly #conversation: ConversationState;
  readonly #memory: MemoryState;
  readonly #feedback: Feedback;
  #abort: AbortController | null = null;

  constructor(deps: CompanionDeps, parts: { conversation: ConversationState; memory: MemoryState; feedback: Feedback }) {
    this.#deps = deps;
    this.#conversation = parts.conversation;
    this.#memory = parts.memory;
    this.#feedback = parts.feedback;
  }

  get actions(): MessageActions {
    return messageActions(this.#conversation.messages, this.#conversation.relationship?.rewindableMessageId ?? null);
  }

  stop(): void {
    this.#abort?.abort();
  }

  /** Write another version of the last reply from the same decision and state, and show it (the earlier ones are kept). */
  async regenerate(messageId: string): Promise<void> {
    const conversation = this.#conversation;
    const reply = conversation.messages.find((message): message is AssistantItem => message.id === messageId && message.role === 'assistant');
    const relationship = conversation.relationship;
    const persona = conversation.persona;
    if (!reply?.decision || !reply.replyTo || !relationship || !persona || !conversation.canSend) return;
    const decision = reply.decision;
    const replyTo = reply.replyTo;
    conversation.sending = true;
    this.#feedback.notice = '';
    const abort = new AbortController();
    this.#abort = abort;
    this.rewriting = { messageId, text: '' };
    await this.#feedback.act(
      'Writing another version',
      async () => {
        const [readers, { writeAlternative }] = await conversation.ready();
        const userText = (await this.#deps.store.userMessageText(replyTo)) ?? '';
        const written = await writeAlternative(
          {
            persona,
            state: relationship.state,
            decision,
            userText,
            history: conversation.historyBeforeLastTurn(),
            facts: this.#memory.facts,
            // Each further version samples a little more freely (capped), so it has a chance to differ.
            temperature: Math.min(1.2, 0.8 + 0.1 * Math.max(1, reply.alternatives?.length ?? 1)),
          },
          { engine: this.#deps.engine, readers, now: this.#deps.now },
          { onText: (text) => (this.rewriting = { messageId, text }) },
          abort.signal,
        );
        if (written.text.trim() === '') {
          this.#feedback.confirm('Stopped before another version was written: the reply is as it was.');
          return;
        }
        await conversation.replaceMessage(await this.#deps.store.addAlternative(messageId, written.text));
      },
      'The earlier version is kept as it was.',
    );
    this.rewriting = null;
    this.#abort = null;
    conversation.sending = false;
  }

  /** Show another kept version of a reply. */
  async choose(messageId: string, index: number): Promise<void> {
    await this.#feedback.act('Showing that version', async () => {
      await this.#conversation.replaceMessage(await this.#deps.store.chooseAlternative(messageId, index));
    });
  }

  /** Edit the user's last message: its reply, facts and moments go, the state goes back to before it, and it is answered again. */
  async edit(messageId: string, text: string): Promise<void> {
    const conversation = this.#conversation;
    const relationship = conversation.relationship;
    const trimmed = text.trim();
    if (!relationship || trimmed === '' || !conversation.canSend) return;
    let rewound = false;
    await this.#feedback.act(
      'Editing your message',
      async () => {
        const report = await this.#deps.store.editLastUserMessage({ relationshipId: relationship.id, messageId, text: trimmed, expectedRevision: relationship.revision });
        rewound = true;
        await conversation.enter(report.relationship);
      },
      'Your message and her reply are as they were.',
    );
    if (rewound) await conversation.answerAgain(trimmed, messageId);
  }

  /** Delete a message from the conversation, saying honestly what that does and does not undo. */
  async delete(messageId: string): Promise<void> {
    const conversation = this.#conversation;
    const relationship = conversation.relationship;
    const message = conversation.messages.find((item) => item.id === messageId);
    if (!relationship || !message || conversation.sending) return;
    await this.#feedback.act(
      'Deleting the message',
      async () => {
        const report = await this.#deps.store.deleteMessage(relationship.id, messageId);
        const cleared = await this.#feedback.clearModelContext();
        const fresh = await this.#deps.store.getRelationship(relationship.id);
        if (fresh) await conversation.enter(fresh);
        const note = deletedNote(report, message.role === 'user');
        if (cleared) this.#feedback.confirm(note);
        else this.#feedback.notice = `${note} ${CONTEXT_NOT_CLEARED}`;
      },
      'Nothing was deleted.',
    );
  }
}
