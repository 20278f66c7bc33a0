import { FactIndex } from '../../core/recall/facts.ts';
import type { Moment } from '../../core/recall/moment.ts';
import { MomentIndex } from '../../core/recall/recall.ts';
import type { StoredFact } from '../pipeline/turn-runner.ts';
import type { CompanionStore, MemoryItem, TimelineTurn } from '../ports.ts';
import { CONTEXT_NOT_CLEARED, type Feedback } from './feedback.svelte.ts';

/** What she remembers of one relationship: the memory view's list, and the indexes recall uses in a turn. */
export class MemoryState {
  memories = $state<MemoryItem[]>([]);
  /** The relationship's finished turns, for the chart (read when the map is opened). */
  timeline = $state<TimelineTurn[]>([]);
  /** Notable moments, indexed for recall. */
  moments = new MomentIndex();
  /** Facts he shared, indexed once on entering and kept in step: recall stays fast with thousands. */
  facts = new FactIndex();
  readonly #store: CompanionStore;
  readonly #feedback: Feedback;

  constructor(store: CompanionStore, feedback: Feedback) {
    this.#store = store;
    this.#feedback = feedback;
  }

  /** Read a relationship's moments, facts and the memory view's list. */
  async enter(relationshipId: string): Promise<void> {
    this.moments = new MomentIndex();
    for (const moment of await this.#store.listMoments(relationshipId)) this.moments.add(moment);
    await this.reload(relationshipId);
  }

  async reload(relationshipId: string | null): Promise<void> {
    this.memories = relationshipId ? await this.#store.listMemoryItems(relationshipId) : [];
    this.facts = new FactIndex();
    for (const item of this.memories) if (item.source === 'fact') this.facts.add({ id: item.key, text: item.text, at: item.at, importance: item.importance, pinned: item.pinned === true });
  }

  clear(): void {
    this.memories = [];
    this.timeline = [];
    this.moments = new MomentIndex();
    this.facts = new FactIndex();
  }

  /**
   * A committed turn's moments and facts: the recall indexes take them as they
   * are; the list is read back from storage, which names and merges them
   * (one disclosure, one entry).
   */
  async addTurn(relationshipId: string, moments: readonly Moment[], facts: readonly StoredFact[]): Promise<void> {
    for (const moment of moments) this.moments.add(moment);
    for (const fact of facts) this.facts.add({ id: fact.id, text: fact.text, at: fact.at, importance: fact.importance });
    this.memories = await this.#store.listMemoryItems(relationshipId);
  }

  /** Read the relationship over time for the chart; a failure is said, and the list still shows. */
  async loadTimeline(relationshipId: string): Promise<void> {
    await this.#feedback.act('Reading how the relationship changed', async () => {
      this.timeline = await this.#store.timeline(relationshipId);
    });
  }

  /** Correct a fact's text (the user's own words it came from are kept). */
  async editFact(relationshipId: string, item: MemoryItem, text: string): Promise<boolean> {
    if (item.source !== 'fact' || text.trim() === '') return false;
    return this.#feedback.act(
      'Correcting that fact',
      async () => {
        await this.#store.updateMemory(item.key, { text });
        await this.reload(relationshipId);
        this.#feedback.confirm('Corrected. She will remember it this way from now on.');
      },
      'The fact is as it was.',
    );
  }

  /** Pin a fact so it comes along with every message, or unpin it. */
  async pin(relationshipId: string, item: MemoryItem, pinned: boolean): Promise<void> {
    if (item.source !== 'fact') return;
    await this.#feedback.act(
      pinned ? 'Pinning that fact' : 'Unpinning that fact',
      async () => {
        await this.#store.updateMemory(item.key, { pinned });
        await this.reload(relationshipId);
        this.#feedback.confirm(pinned ? 'Pinned: she will always have it in mind.' : 'Unpinned: she will recall it when it comes up.');
      },
      'Nothing was changed.',
    );
  }

  /** Delete one memory for real, and clear the model's context so it is not left there either. */
  async delete(relationshipId: string, item: MemoryItem): Promise<void> {
    await this.#feedback.act(
      'Deleting that memory',
      async () => {
        await this.#store.deleteMemoryItem(relationshipId, item);
        if (item.source === 'moment') this.moments.remove(item.key);
        else this.facts.remove(item.key);
        for (const linked of item.linked ?? []) this.moments.remove(linked);
        const cleared = await this.#feedback.clearModelContext();
        await this.reload(relationshipId);
        if (cleared) this.#feedback.confirm('Deleted from this device.');
        else this.#feedback.notice = `Deleted. ${CONTEXT_NOT_CLEARED}`;
      },
      'The memory is still stored.',
    );
  }
}
