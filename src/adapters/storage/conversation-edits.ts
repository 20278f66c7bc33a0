import { Dexie } from 'dexie';
import type { RelationshipState } from '../../core/state/state.ts';
import type { TimelineTurn } from '../../app/ports.ts';
import type { CompanionDb } from './db.ts';
import { ConcurrentUpdateError, InvalidRecordError, RecordNotFoundError } from './errors.ts';
import {
  AssistantMessageRecord,
  FINAL_STATUSES,
  MAX_ALTERNATIVES,
  MemoryRecord,
  MessageRecord,
  RECORDS,
  RelationshipRecord,
  UserMessageRecord,
  type RecordSet,
} from './records/index.ts';
import { checked, readRow, readRows } from './repository.ts';

/**
 * The user's own edits to a conversation: another version of a reply, an
 * edited last message, a deleted message, a corrected or pinned fact, a
 * corrected profile. Each is one transaction, and each that changes what a
 * turn would read bumps the relationship's revision, so a turn computed in
 * another tab before it cannot commit over it.
 */

/** What deleting a message took with it, to say so honestly. */
export interface DeleteReport {
  readonly messages: number;
  readonly facts: number;
  readonly moments: number;
  readonly revision: number;
}

/** What editing the last message undid before the turn runs again. */
export interface EditReport {
  readonly relationship: RelationshipRecord;
  readonly facts: number;
  readonly moments: number;
}


const isFinal = (status: string): boolean => (FINAL_STATUSES as readonly string[]).includes(status);

/** A minor stays a minor, and a crisis or a warning sign is not forgotten, whatever is edited or rewound. */
function keepSafety(restored: RelationshipState, current: RelationshipState): RelationshipState {
  const minor = restored.user.minor || current.user.minor;
  const age = current.user.minor && current.user.age !== undefined && current.user.age < 18 ? current.user.age : restored.user.age;
  const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));
  return {
    ...restored,
    user: { ...restored.user, minor, ...(age !== undefined ? { age } : {}) },
    crisisAt: later(restored.crisisAt, current.crisisAt),
    warningAt: later(restored.warningAt, current.warningAt),
  };
}

export class ConversationEdits {
  readonly #db: CompanionDb;
  readonly #records: RecordSet;
  readonly #now: () => number;

  constructor(db: CompanionDb, deps: { readonly records?: RecordSet; readonly now?: () => number } = {}) {
    this.#db = db;
    this.#records = deps.records ?? RECORDS;
    this.#now = deps.now ?? (() => Date.now());
  }

  async #message(id: number): Promise<MessageRecord> {
    const row: unknown = await this.#db.messages.get(id);
    if (row === undefined) throw new RecordNotFoundError('messages', id);
    return readRow(this.#records.messages, row);
  }

  async #relationship(id: string): Promise<RelationshipRecord> {
    const row: unknown = await this.#db.relationships.get(id);
    if (row === undefined) throw new RecordNotFoundError('relationships', id);
    return readRow(this.#records.relationships, row);
  }

  /** The relationship's other messages from `message` on (a reply can share its question's millisecond), inside the caller's transaction. */
  async #messagesAfter(relationshipId: string, message: MessageRecord): Promise<MessageRecord[]> {
    const rows: unknown[] = await this.#db.messages.where('[relationshipId+at]').between([relationshipId, message.at], [relationshipId, Dexie.maxKey], true, true).toArray();
    return readRows(this.#records.messages, rows).records.filter((row) => row.id !== message.id);
  }

  /**
   * Keep another version of a final reply and show it. Its decision and the
   * relationship state stay as the turn computed them: a new version is new
   * words, not a new turn. The first call keeps the original as version 1.
   */
  async addAlternative(assistantId: number, text: string): Promise<AssistantMessageRecord> {
    const db = this.#db;
    return db.transaction('rw', db.messages, async () => {
      const message = await this.#message(assistantId);
      if (message.role !== 'assistant' || !isFinal(message.status)) throw new InvalidRecordError('messages', [`status: only a finished reply can be written again`]);
      const versions = message.alternatives.length > 0 ? message.alternatives : [message.text];
      if (versions.length >= MAX_ALTERNATIVES) throw new InvalidRecordError('messages', [`alternatives: at most ${MAX_ALTERNATIVES} versions of one reply are kept; delete the reply to start again`]);
      const alternatives = [...versions, text];
      const next = checked(AssistantMessageRecord, 'messages', { ...message, text, alternatives, chosen: alternatives.length - 1, status: 'complete' });
      await db.messages.put(next);
      return next;
    });
  }

  /** Show another kept version of a reply (swiping). */
  async chooseAlternative(assistantId: number, index: number): Promise<AssistantMessageRecord> {
    const db = this.#db;
    return db.transaction('rw', db.messages, async () => {
      const message = await this.#message(assistantId);
      if (message.role !== 'assistant') throw new RecordNotFoundError('messages', assistantId, 'not an assistant message');
      const text = message.alternatives[index];
      if (text === undefined) throw new InvalidRecordError('messages', [`chosen: reply ${assistantId} has no version ${index + 1}`]);
      const next = checked(AssistantMessageRecord, 'messages', { ...message, text, chosen: index });
      await db.messages.put(next);
      return next;
    });
  }

  /**
   * Edit the last message the user sent, to answer it again from the state
   * before it: in one transaction, the state goes back to what it was before
   * that turn (a minor stays one, a crisis is remembered), the turn's reply,
   * facts and moments are deleted, and the text is replaced. The caller then
   * runs the turn again for the same message. Only the last turn can be
   * re-run: its state before is the one kept (records/relationship.ts).
   */
  async editLastUserMessage(input: { relationshipId: string; messageId: number; text: string; expectedRevision: number }): Promise<EditReport> {
    const db = this.#db;
    const at = this.#now();
    return db.transaction('rw', [db.relationships, db.messages, db.moments, db.memories], async () => {
      const current = await this.#relationship(input.relationshipId);
      if (current.revision !== input.expectedRevision) throw new ConcurrentUpdateError(input.relationshipId, input.expectedRevision, current.revision);
      const message = await this.#message(input.messageId);
      if (message.role !== 'user' || message.relationshipId !== input.relationshipId) throw new RecordNotFoundError('messages', input.messageId, `no user message of relationship ${input.relationshipId}`);
      const later = await this.#messagesAfter(input.relationshipId, message);
      if (later.some((row) => row.role === 'user')) throw new InvalidRecordError('messages', ['id: only your last message can be edited']);
      const answered = later.some((row) => row.role === 'assistant' && row.replyTo === message.id && isFinal(row.status));
      // A committed turn is rewound to the state it started from; an unanswered message has nothing to rewind.
      if (answered && current.beforeLastTurn?.messageId !== message.id) throw new InvalidRecordError('relationships', ['beforeLastTurn: the state before this message was not kept, so it cannot be answered again; delete it instead']);
      const state = answered && current.beforeLastTurn ? keepSafety(current.beforeLastTurn.state, current.state) : current.state;
      const { facts, moments } = await this.#deleteDrawnFrom(input.relationshipId, message);
      await db.messages.bulkDelete(later.filter((row) => row.role === 'assistant' && row.replyTo === message.id).map((row) => row.id));
      const { promptContent: _stale, ...rest } = message;
      await db.messages.put(checked(UserMessageRecord, 'messages', { ...rest, text: input.text, editedAt: at }));
      const relationship = checked(RelationshipRecord, 'relationships', { ...current, state, beforeLastTurn: null, revision: current.revision + 1, updatedAt: Math.max(current.updatedAt, at) });
      await db.relationships.put(relationship);
      return { relationship, facts, moments };
    });
  }

  /** The facts (by source message) and moments (by the turn's time) drawn from one user message, deleted. */
  async #deleteDrawnFrom(relationshipId: string, message: UserMessageRecord): Promise<{ facts: number; moments: number }> {
    const db = this.#db;
    const memoryRows: unknown[] = await db.memories.where('[relationshipId+at]').between([relationshipId, Dexie.minKey], [relationshipId, Dexie.maxKey], true, true).toArray();
    const facts = readRows(this.#records.memories, memoryRows).records.filter((memory) => memory.sourceMessageId === message.id);
    await db.memories.bulkDelete(facts.map((fact) => fact.id));
    const momentKeys = (await db.moments.where('[relationshipId+at]').equals([relationshipId, message.at]).primaryKeys()) as [string, string][];
    await db.moments.bulkDelete(momentKeys);
    return { facts: facts.length, moments: momentKeys.length };
  }

  /**
   * Delete a message from the conversation. A message of the user's goes with
   * its replies and the facts and moments drawn from it; a reply goes alone.
   * What the turn changed in the relationship (trust, affection, tension, a
   * stage) is not rewound: the caller says so.
   */
  async deleteMessage(relationshipId: string, messageId: number): Promise<DeleteReport> {
    const db = this.#db;
    const at = this.#now();
    return db.transaction('rw', [db.relationships, db.messages, db.moments, db.memories], async () => {
      const current = await this.#relationship(relationshipId);
      const message = await this.#message(messageId);
      if (message.relationshipId !== relationshipId) throw new RecordNotFoundError('messages', messageId, `not a message of relationship ${relationshipId}`);
      let drawn = { facts: 0, moments: 0 };
      const ids = [message.id];
      if (message.role === 'user') {
        drawn = await this.#deleteDrawnFrom(relationshipId, message);
        ids.push(...(await this.#messagesAfter(relationshipId, message)).filter((row) => row.role === 'assistant' && row.replyTo === message.id).map((row) => row.id));
      }
      await db.messages.bulkDelete(ids);
      const question = message.role === 'user' ? message.id : message.replyTo;
      // The kept state-before belongs to a turn that is gone: that turn can no longer be re-run.
      const beforeLastTurn = current.beforeLastTurn?.messageId === question ? null : current.beforeLastTurn;
      const relationship = checked(RelationshipRecord, 'relationships', { ...current, beforeLastTurn, revision: current.revision + 1, updatedAt: Math.max(current.updatedAt, at) });
      await db.relationships.put(relationship);
      return { messages: ids.length, ...drawn, revision: relationship.revision };
    });
  }

  /** Correct a fact's text, or pin or unpin it. The user's own words (its quote) are kept as they were. */
  async updateMemory(id: string, patch: { readonly text?: string; readonly pinned?: boolean }): Promise<MemoryRecord> {
    const db = this.#db;
    const at = this.#now();
    return db.transaction('rw', db.memories, async () => {
      const row: unknown = await db.memories.get(id);
      if (row === undefined) throw new RecordNotFoundError('memories', id);
      const memory = readRow(this.#records.memories, row);
      const text = patch.text?.trim();
      const edited = text !== undefined && text !== memory.text;
      const next = checked(MemoryRecord, 'memories', {
        ...memory,
        ...(edited ? { text, editedAt: at } : {}),
        ...(patch.pinned !== undefined ? { pinned: patch.pinned } : {}),
      });
      await db.memories.put(next);
      return next;
    });
  }

  /** Write a state the user changed (the profile), if no turn committed since it was read. */
  async saveState(relationshipId: string, expectedRevision: number, state: RelationshipState): Promise<RelationshipRecord> {
    const db = this.#db;
    const at = this.#now();
    return db.transaction('rw', db.relationships, async () => {
      const current = await this.#relationship(relationshipId);
      if (current.revision !== expectedRevision) throw new ConcurrentUpdateError(relationshipId, expectedRevision, current.revision);
      const next = checked(RelationshipRecord, 'relationships', { ...current, state, revision: current.revision + 1, updatedAt: Math.max(current.updatedAt, at) });
      await db.relationships.put(next);
      return next;
    });
  }

  /** Every finished reply's numbers before and after, oldest first, with the message it answered. */
  async timeline(relationshipId: string): Promise<TimelineTurn[]> {
    const db = this.#db;
    const rows: unknown[] = await db.messages.where('[relationshipId+at]').between([relationshipId, Dexie.minKey], [relationshipId, Dexie.maxKey], true, true).toArray();
    const messages = readRows(this.#records.messages, rows).records;
    const questions = new Map(messages.flatMap((message) => (message.role === 'user' ? [[message.id, message.text] as const] : [])));
    return messages.flatMap((message) =>
      message.role === 'assistant' && isFinal(message.status) && message.stateBefore && message.stateAfter
        ? [{ at: message.at, before: message.stateBefore, after: message.stateAfter, quote: (questions.get(message.replyTo) ?? '').slice(0, 200) }]
        : [],
    );
  }
}
