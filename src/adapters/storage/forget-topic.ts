import { Dexie } from 'dexie';
import { isIndexTerm, mentionsTopic, scrubStrings } from '../../core/recall/forget.ts';
import { memorySearchText, momentSearchText, type CompanionDb } from './db.ts';
import { MessageRecord, RelationshipRecord } from './records/index.ts';

export interface ForgetReport {
  /** What was deleted, in the stored words, so the app can say it honestly. */
  readonly memories: readonly string[];
  readonly moments: readonly string[];
  /** Messages whose text was replaced. */
  readonly messages: number;
  /** Quotes removed from the relationship's ledger and refusals. */
  readonly quotes: number;
}

/**
 * Forget a topic for real, in one transaction: delete the memories and moments
 * that mention it, replace it in stored messages (and in what the model was
 * sent), scrub it from the relationship's quotes, then re-read to prove that
 * nothing matching is left. Memories are found through their `words` index
 * (every row has it: the storage layer writes it on every write and the
 * version 2 upgrade wrote it for older rows), moments and messages through the
 * relationship's range: no other relationship's rows are read.
 */
export async function forgetTopic(db: CompanionDb, relationshipId: string, terms: readonly string[]): Promise<ForgetReport> {
  if (terms.length === 0) return { memories: [], moments: [], messages: 0, quotes: 0 };
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
      const scrubbed = scrubStrings(message, terms);
      if (scrubbed.changed === 0) continue;
      messages += 1;
      await db.messages.put(MessageRecord.parse(scrubbed.value));
    }
    let quotes = 0;
    const relationship = await db.relationships.get(relationshipId);
    if (relationship) {
      const scrubbed = scrubStrings(relationship.state, terms);
      quotes = scrubbed.changed;
      if (quotes > 0) await db.relationships.put(RelationshipRecord.parse({ ...relationship, state: scrubbed.value, revision: relationship.revision + 1 }));
    }
    // Proof: nothing about the topic is left in any table of this relationship.
    const left =
      (await matchingMemories()).length > 0 ||
      (await matchingMoments()).length > 0 ||
      (await messagesOf().toArray()).some((message) => scrubStrings(message, terms).changed > 0) ||
      scrubStrings((await db.relationships.get(relationshipId))?.state ?? null, terms).changed > 0;
    if (left) throw new Error('forgetting failed: a matching record is still stored');
    return { memories: memories.map((memory) => memory.text), moments: moments.map((moment) => moment.quote), messages, quotes };
  });
}
