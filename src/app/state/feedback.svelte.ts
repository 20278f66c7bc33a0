import type { ChatEngine } from '../../adapters/engine/types.ts';
import type { CompanionDeps } from './types.ts';

export const CONTEXT_NOT_CLEARED = "The model's short-term memory of this conversation could not be cleared: reload the page so it does not keep the old words.";

/**
 * What the user is told, and the one way actions report failure: every user
 * action either succeeds or says what failed and what was kept. Nothing a
 * user does ends in an unhandled rejection.
 */
export class Feedback {
  #notice = $state('');
  /** A confirmation ('done') is calm; anything else set as `notice` is a problem ('error'). */
  #kind = $state<'error' | 'done'>('error');

  /** What the user is told now: a problem, unless it was set with `confirm`. */
  get notice(): string {
    return this.#notice;
  }
  set notice(message: string) {
    this.#notice = message;
    this.#kind = 'error';
  }
  get noticeKind(): 'error' | 'done' {
    return this.#kind;
  }
  /** Say that something was done (not styled or announced as an error). */
  confirm(message: string): void {
    this.#notice = message;
    this.#kind = 'done';
  }

  readonly #describe: CompanionDeps['describeError'];
  readonly #engine: ChatEngine;

  constructor(describe: CompanionDeps['describeError'], engine: ChatEngine) {
    this.#describe = describe;
    this.#engine = engine;
  }

  /** The error in the user's words. */
  describe(error: unknown): { kind: string; message: string } {
    return this.#describe(error);
  }

  /** Run an action; on failure say `what` did not work, why, and `kept` (what is still as it was). */
  async act(what: string, action: () => Promise<void>, kept = ''): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      const described = this.#describe(error);
      const detail = error instanceof Error && described.kind === 'unknown' ? ` (${error.message.slice(0, 200)})` : '';
      this.notice = `${what} did not work: ${described.message}${detail}${kept ? ` ${kept}` : ''}`;
      return false;
    }
  }

  /** Clear the model's chat context (after a forget, delete, import, reset); false when that failed. */
  async clearModelContext(): Promise<boolean> {
    try {
      await this.#engine.resetContext();
      return true;
    } catch {
      return false;
    }
  }
}
