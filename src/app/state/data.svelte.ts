import type { ImportCounts, ImportProgress } from '../../adapters/storage/transfer.ts';
import type { CompanionStore, ImportPreview } from '../ports.ts';
import type { ConversationState } from './conversation.svelte.ts';
import { CONTEXT_NOT_CLEARED, type Feedback } from './feedback.svelte.ts';
import type { Shell } from './shell.svelte.ts';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export function describeImport(counts: ImportCounts): string {
  return `Imported ${plural(counts.relationships, 'relationship', 'relationships')}, ${plural(counts.messages, 'message', 'messages')}, ${plural(counts.memories, 'memory', 'memories')} and ${plural(counts.moments, 'moment', 'moments')}.`;
}

/** The user's data as a whole: export, import (asked first), start over, delete everything. */
export class DataState {
  /** Records written so far by an import under way (or a file being checked); null when none is. */
  importing = $state<ImportProgress | null>(null);
  /** A checked import file waiting for the user's yes: what it holds and what it would replace. */
  pendingImport = $state<{ readonly text: string; readonly preview: ImportPreview } | null>(null);
  readonly #store: CompanionStore;
  readonly #now: () => number;
  readonly #shell: Shell;
  readonly #feedback: Feedback;
  readonly #conversation: ConversationState;

  constructor(store: CompanionStore, now: () => number, parts: { shell: Shell; feedback: Feedback; conversation: ConversationState }) {
    this.#store = store;
    this.#now = now;
    this.#shell = parts.shell;
    this.#feedback = parts.feedback;
    this.#conversation = parts.conversation;
  }

  /** Everything stored, as a JSON document to save; null (and a notice saying why) when it could not be read. */
  async export(): Promise<string | null> {
    try {
      return await this.#store.exportAll(this.#now());
    } catch (error) {
      this.#feedback.notice = `Export did not work: ${this.#feedback.describe(error).message} Nothing was changed.`;
      return null;
    }
  }

  #busy(): boolean {
    if (!this.#conversation.sending && !this.importing) return false;
    this.#feedback.notice = 'Wait until the reply or the import under way has finished, then import.';
    return true;
  }

  /**
   * The first step of an import: check the file exactly as the import will and
   * say what it holds and what it would replace. Nothing is written until
   * `confirmImport`; a bad file is refused here, with its first problem named.
   */
  async prepareImport(text: string): Promise<boolean> {
    if (this.#busy()) return false;
    this.pendingImport = null;
    this.importing = { done: 0, total: 0 };
    try {
      // Checking a large file holds the main thread for a moment: let the page show the check has begun first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.pendingImport = { text, preview: await this.#store.previewImport(text) };
      this.#feedback.notice = '';
      return true;
    } catch (error) {
      this.#feedback.notice = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      this.importing = null;
    }
  }

  cancelImport(): void {
    this.pendingImport = null;
  }

  /** The user said yes: replace everything with the checked file. */
  async confirmImport(): Promise<boolean> {
    const pending = this.pendingImport;
    if (!pending) return false;
    this.pendingImport = null;
    return this.import(pending.text);
  }

  /** Replace everything with an export; on a bad file, say why and keep what is here. */
  async import(text: string): Promise<boolean> {
    if (this.#busy()) return false;
    this.importing = { done: 0, total: 0 };
    this.#conversation.imported = '';
    let counts: ImportCounts;
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      counts = await this.#store.importAll(text, (progress) => (this.importing = progress));
    } catch (error) {
      this.#feedback.notice = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      this.importing = null;
    }
    const cleared = await this.#feedback.clearModelContext();
    this.#feedback.notice = cleared ? '' : CONTEXT_NOT_CLEARED;
    this.#conversation.imported = describeImport(counts);
    try {
      await this.#conversation.reopen();
    } catch (error) {
      this.#shell.fatal(error);
    }
    return true;
  }

  /** Delete every table; the strongest erase is still clearing this site's data in the browser. */
  async wipeEverything(): Promise<void> {
    await this.#feedback.act(
      'Deleting everything',
      async () => {
        await this.#store.wipeEverything();
        const cleared = await this.#feedback.clearModelContext();
        this.#conversation.leave();
        // The user's own companions went with everything else: list only what is left.
        await this.#conversation.reopen();
        this.#feedback.notice = cleared ? '' : CONTEXT_NOT_CLEARED;
      },
      'Your data may be as it was; export it, then try again.',
    );
  }

  /** Delete this relationship (or, on the fatal screen, the one that could not be read) and start over. */
  async resetRelationship(): Promise<void> {
    const id = this.#conversation.relationship?.id ?? this.#shell.fatalRelationshipId;
    if (!id) return;
    await this.#feedback.act(
      'Starting over',
      async () => {
        await this.#store.resetRelationship(id);
        const cleared = await this.#feedback.clearModelContext();
        this.#conversation.leave();
        this.#feedback.notice = cleared ? '' : CONTEXT_NOT_CLEARED;
        await this.#conversation.reopen();
      },
      'The relationship is still stored.',
    );
  }
}
