import { Dexie } from 'dexie';
import { FORGOTTEN, isIndexTerm, mentionsTopic } from '../../core/recall/forget.ts';
import { memorySearchText, momentSearchText, type CompanionDb } from './db.ts';
import { RECORDS } from './records/index.ts';

export interface ForgetReport {
  /** What was deleted, in the stored words, so the app can say it honestly. */
  readonly memories: readonly string[];
  readonly moments: readonly string[];
  /** Messages whose text was replaced. */
  readonly messages: number;
  /** Quotes removed from the relationship's ledger and refusals. */
  readonly quotes: number;
  /** The relationship's revision after forgetting: a turn read before it cannot commit. */
  readonly revision: number | null;
}

/**
 * Fields whose strings are never free text: ids, roles, statuses, the
 * vocabulary's enums (stage, stance, signals, bids…), labels and model ids.
 * Forgetting "the stranger" must not blank a stage of 'stranger': such a row
 * would fail its schema and the whole forget would roll back.
 */
const NOT_FREE_TEXT: ReadonlySet<string> = new Set([
  'id',
  'key',
  'relationshipId',
  'personaId',
  'role',
  'status',
  'stance',
  'safety',
  'stage',
  'lastStance',
  'bids',
  'grants',
  'forbid',
  'signals',
  'contextSignals',
  'mentions',
  'signal',
  'bid',
  'rule',
  'kind',
  'category',
  'modelId',
  'appraisalLabels',
  'lastActiveDay',
  'knownFor',
  'schemaVersion',
  'recordVersion',
]);

/**
 * Every free-text string inside a stored row that mentions the topic,
 * replaced; strings under the keys above are left alone. Derived text such as
 * the inspector's reasons quotes the user too, and must not outlive the memory.
 */
export function scrubFreeText<T>(value: T, terms: readonly string[]): { value: T; changed: number } {
  let changed = 0;
  const walk = (item: unknown, key: string | null): unknown => {
    if (key !== null && NOT_FREE_TEXT.has(key)) return item;
    if (typeof item === 'string') {
      if (!mentionsTopic(item, terms)) return item;
      changed += 1;
      return FORGOTTEN;
    }
    if (Array.isArray(item)) return item.map((inner) => walk(inner, null));
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([name, inner]) => [name, walk(inner, name)]));
    }
    return item;
  };
  const result = walk(value, null) as T;
  return { value: changed > 0 ? result : value, changed };
}

/** A scrubbed row as its record's current version, or an error naming it (the transaction then rolls back whole). */
function recordOf<T>(module: { readonly table: string; upgrade(row: unknown): { ok: true; record: T } | { ok: false; problem: string } }, row: unknown): T {
  const result = module.upgrade(row);
  if (result.ok) return result.record;
  throw new Error(`forgetting failed: a scrubbed ${module.table} row is not valid (${result.problem}); nothing was forgotten`);
}

/**
 * Forget a topic for real, in one transaction: delete the memories and moments
 * that mention it, replace it in the free text of stored messages (and in what
 * the model was sent), scrub it from the relationship's quotes, bump the
 * relationship's revision (so a turn another tab computed from the old text
 * conflicts, re-reads and answers from the scrubbed text), then re-read to
 * prove that nothing matching is left. Memories are found through their
 * `words` index, moments and messages through the relationship's range: no
 * other relationship's rows are read.
 */
export async function forgetTopic(db: CompanionDb, relationshipId: string, terms: readonly string[]): Promise<ForgetReport> {
  if (terms.length === 0) return { memories: [], moments: [], messages: 0, quotes: 0, revision: null };
  // The rarest-looking term that is indexed (the longest); a topic of only short or common words reads the relationship's rows.
  const lookup = [...terms].filter(isIndexTerm).sort((a, b) => b.length - a.length)[0];
  const ofRelationship = [[relationshipId, Dexie.minKey], [relationshipId, Dexie.maxKey]] as const;
  const messagesOf = () => db.messages.where('[relationshipId+at]').between(...ofRelationship, true, true);
  const matchingMemories = () =>
    (lookup === undefined ? db.memories.where('[relationshipId+at]').between(...ofRelationship, true, true) : db.memories.where('words').equals(lookup))
      .filter((memory) => memory.relationshipId === relationshipId && mentionsTopic(memorySearchText(memory), terms))
      .toArray();
  const matchingMoments = () =>
    db.moments
      .where('[relationshipId+at]')
      .between(...ofRelationship, true, true)
      .filter((moment) => moment.relationshipId === relationshipId && mentionsTopic(momentSearchText(moment), terms))
      .toArray();
  return db.transaction('rw', [db.memories, db.moments, db.messages, db.relationships], async () => {
    const memories = await matchingMemories();
    await db.memories.bulkDelete(memories.map((memory) => memory.id));
    const moments = await matchingMoments();
    await db.moments.bulkDelete(moments.map((moment): [string, string] => [moment.relationshipId, moment.id]));
    let messages = 0;
    for (const message of await messagesOf().toArray()) {
      const scrubbed = scrubFreeText(message, terms);
      if (scrubbed.changed === 0) continue;
      messages += 1;
      await db.messages.put(recordOf(RECORDS.messages, scrubbed.value));
    }
    let quotes = 0;
    let revision: number | null = null;
    const row = await db.relationships.get(relationshipId);
    if (row) {
      const relationship = recordOf(RECORDS.relationships, row);
      const scrubbed = scrubFreeText(relationship.state, terms);
      // The state kept for re-running the last turn quotes the user too (record version 2).
      const before = scrubFreeText(relationship.beforeLastTurn, terms);
      quotes = scrubbed.changed + before.changed;
      revision = relationship.revision + 1;
      await db.relationships.put(recordOf(RECORDS.relationships, { ...relationship, state: scrubbed.value, beforeLastTurn: before.value, revision }));
    }
    // Proof: nothing about the topic is left in any table of this relationship.
    const left =
      (await matchingMemories()).length > 0 ||
      (await matchingMoments()).length > 0 ||
      (await messagesOf().toArray()).some((message) => scrubFreeText(message, terms).changed > 0) ||
      scrubFreeText((await db.relationships.get(relationshipId)) ?? null, terms).changed > 0;
    if (left) throw new Error('forgetting failed: a matching record is still stored; nothing was forgotten');
    return { memories: memories.map((memory) => memory.text), moments: moments.map((moment) => moment.quote), messages, quotes, revision };
  });
}
