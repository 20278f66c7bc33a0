import { mentionsTopic, scrubStrings } from '../../core/recall/forget.ts';
import type { CompanionDb } from './db.ts';
import { MessageRecord, RelationshipRecord } from './records.ts';

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
 * nothing matching is left.
 */
export async function forgetTopic(db: CompanionDb, relationshipId: string, terms: readonly string[]): Promise<ForgetReport> {
  return db.transaction('rw', [db.memories, db.moments, db.messages, db.relationships], async () => {
    const memories = (await db.memories.toArray()).filter((memory) => memory.relationshipId === relationshipId && mentionsTopic(`${memory.text} ${memory.quote}`, terms));
    await db.memories.bulkDelete(memories.map((memory) => memory.id));
    const moments = (await db.moments.toArray()).filter((moment) => moment.relationshipId === relationshipId && mentionsTopic(moment.quote, terms));
    await db.moments.bulkDelete(moments.map((moment): [string, string] => [moment.relationshipId, moment.id]));
    let messages = 0;
    for (const message of await db.messages.toArray()) {
      if (message.relationshipId !== relationshipId) continue;
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
      (await db.memories.toArray()).some((memory) => memory.relationshipId === relationshipId && mentionsTopic(`${memory.text} ${memory.quote}`, terms)) ||
      (await db.moments.toArray()).some((moment) => moment.relationshipId === relationshipId && mentionsTopic(moment.quote, terms)) ||
      (await db.messages.toArray()).some((message) => message.relationshipId === relationshipId && scrubStrings(message, terms).changed > 0) ||
      (await db.relationships.toArray()).some((record) => record.id === relationshipId && scrubStrings(record.state, terms).changed > 0);
    if (left) throw new Error('forgetting failed: a matching record is still stored');
    return { memories: memories.map((memory) => memory.text), moments: moments.map((moment) => moment.quote), messages, quotes };
  });
}
