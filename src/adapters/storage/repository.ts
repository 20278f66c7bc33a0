import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { Decision } from '../../core/decide/decision.ts';
import type { Violation } from '../../core/guard/guard.ts';
import type { Persona } from '../../core/persona.ts';
import type { Moment } from '../../core/recall/moment.ts';
import type { RelationshipState } from '../../core/state/state.ts';
import type { CompanionDeletion } from '../../app/ports.ts';
import type { CompanionDb } from './db.ts';
import {
  AlreadyAnsweredError,
  ConcurrentUpdateError,
  CorruptRecordError,
  ErasureError,
  InvalidRecordError,
  RecordNotFoundError,
  describeIssues,
  type RowKey,
} from './errors.ts';
import {
  AssistantMessageRecord,
  DEFAULT_SETTINGS,
  FINAL_STATUSES,
  MemoryRecord,
  MessageRecord,
  MomentRecord,
  NewAssistantMessage,
  NewMemory,
  NewUserMessage,
  PersonaRecord,
  RECORDS,
  RelationshipRecord,
  SettingsRecord,
  UserMessageRecord,
  type AvatarData,
  type RecordModule,
  type RecordSet,
  type FinalStatus,
  type PersistentStorage,
  type SettingsPatch,
  type StateSnapshot,
  type TableName,
  type Usage,
} from './records/index.ts';

/**
 * The only way the app reads and writes its data.
 *
 * Rules every function keeps:
 * - Writes that belong together are one `rw` transaction, and nothing but
 *   IndexedDB is awaited inside one (anything else commits it early:
 *   PrematureCommitError). Generation happens before, never inside.
 * - Every record is parsed with its zod schema before it is written (the
 *   parsed copy is what is stored, which also turns Svelte `$state` proxies
 *   into plain, cloneable objects) and after it is read.
 * - A list never fails because of one bad row: corrupt rows come back in
 *   `corrupt`, each a CorruptRecordError naming the table, key and field.
 * - Deletion is real: rows are deleted, then re-queried to prove they are gone.
 */

/** Rows of a list that parsed, and the ones that did not. */
export interface Listing<T> {
  readonly records: T[];
  readonly corrupt: CorruptRecordError[];
}

export interface MessagePage extends Listing<MessageRecord> {
  /** Pass as `before` for the next (older) page; null when this page was the last. */
  readonly nextBefore: number | null;
}

export interface PersonaEntry {
  readonly persona: Persona;
  readonly builtIn: boolean;
  readonly importedAt: number;
  readonly updatedAt?: number;
  readonly avatar?: AvatarData | null;
  readonly greeting?: number | null;
}


export interface BeginAssistantInput {
  readonly relationshipId: string;
  /** The user message this answers. */
  readonly replyTo: number;
  readonly at: number;
  readonly modelId?: string | null;
  /** Known before generation; may be stored early so an interrupted reply can still be explained. */
  readonly decision?: Decision | null;
  readonly appraisalLabels?: readonly string[];
  readonly stateBefore?: StateSnapshot | null;
  readonly stateAfter?: StateSnapshot | null;
}

/** The fields that finalise an assistant message. */
export interface FinalAssistant {
  /** The id `beginAssistantMessage` returned. */
  readonly id: number;
  readonly text: string;
  readonly status: FinalStatus;
  readonly decision: Decision;
  readonly appraisalLabels: readonly string[];
  readonly stateBefore: StateSnapshot;
  readonly stateAfter: StateSnapshot;
  readonly regenerated: boolean;
  readonly violations: readonly Violation[];
  readonly fellBack?: boolean;
  readonly usage?: Usage;
  readonly modelId: string | null;
}

export interface CommitTurnInput {
  readonly relationshipId: string;
  /** The revision the turn was computed from. */
  readonly expectedRevision: number;
  readonly state: RelationshipState;
  readonly moments: readonly Moment[];
  /** Facts the user shared in this turn: stored with it, or not at all. */
  readonly memories?: readonly NewMemory[];
  readonly assistant: FinalAssistant;
  /** When the turn committed (the relationship's updatedAt); the repository's clock by default. */
  readonly at?: number;
}

export interface CommitResult {
  readonly relationship: RelationshipRecord;
  readonly assistant: AssistantMessageRecord;
  readonly memories: readonly MemoryRecord[];
}

/** What a relationship still has stored: all zeros after a reset. */
export interface RelationshipRowCounts {
  readonly relationship: number;
  readonly messages: number;
  readonly moments: number;
  readonly memories: number;
}

/** The part of `navigator.storage` we use. */
export interface PersistentStorageApi {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export interface RepositoryDeps {
  /** The clock for createdAt/updatedAt when the caller gives none. */
  readonly now?: () => number;
  /** Ids for relationships and memories. */
  readonly newId?: () => string;
  /** `navigator.storage` by default; null means "not available" (tests). */
  readonly storage?: PersistentStorageApi | null;
  /** The record modules rows are read through (tests pass a simulated next version). */
  readonly records?: RecordSet;
}

/** A reply that answers its question for good. */
const isFinal = (reply: { readonly status: string }): boolean => (FINAL_STATUSES as readonly string[]).includes(reply.status);

/** Statuses a reply may still be written to: a late streaming write never overwrites a final reply. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['streaming', 'interrupted']);

const keyOf = (row: unknown, field: string): RowKey => {
  if (typeof row !== 'object' || row === null) return null;
  const value = (row as Record<string, unknown>)[field];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
};

/** Upgrade and parse a row read from a table (records/versioned.ts); a row that cannot be becomes a CorruptRecordError naming it. */
export function readRow<T>(module: RecordModule<T>, row: unknown): T {
  const result = module.upgrade(row);
  if (result.ok) return result.record;
  throw new CorruptRecordError(module.table, keyOf(row, module.keyField), [result.problem]);
}

export function readRows<T>(module: RecordModule<T>, rows: readonly unknown[]): Listing<T> {
  const records: T[] = [];
  const corrupt: CorruptRecordError[] = [];
  for (const row of rows) {
    const result = module.upgrade(row);
    if (result.ok) records.push(result.record);
    else corrupt.push(new CorruptRecordError(module.table, keyOf(row, module.keyField), [result.problem], row));
  }
  return { records, corrupt };
}

/** Parse a record about to be written; the parsed copy is what gets stored. */
export function checked<S extends z.ZodType>(schema: S, table: TableName, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidRecordError(table, describeIssues(result.error));
}

/** Whether a raw row belongs to a relationship (read without trusting the rest of the row). */
const belongsTo =
  (relationshipId: string) =>
  (row: unknown): boolean =>
    keyOf(row, 'relationshipId') === relationshipId;

function defaultStorage(): PersistentStorageApi | null {
  return typeof navigator !== 'undefined' && typeof navigator.storage === 'object' ? navigator.storage : null;
}

export class CompanionRepository {
  readonly db: CompanionDb;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #storage: PersistentStorageApi | null;
  readonly #records: RecordSet;

  constructor(db: CompanionDb, deps: RepositoryDeps = {}) {
    this.db = db;
    this.#now = deps.now ?? (() => Date.now());
    this.#newId = deps.newId ?? (() => crypto.randomUUID());
    this.#storage = deps.storage === undefined ? defaultStorage() : deps.storage;
    this.#records = deps.records ?? RECORDS;
  }

  /** A relationship's key range on the [relationshipId+at] indexes. */
  #range(relationshipId: string, before?: number) {
    return {
      lower: [relationshipId, Dexie.minKey],
      upper: [relationshipId, before ?? Dexie.maxKey],
    };
  }

  // --- settings ---

  /** The settings, or the defaults when none were saved. A corrupt settings row throws CorruptRecordError. */
  async getSettings(): Promise<SettingsRecord> {
    const row: unknown = await this.db.settings.get('app');
    return row === undefined ? { ...DEFAULT_SETTINGS } : readRow(this.#records.settings, row);
  }

  async saveSettings(patch: SettingsPatch): Promise<SettingsRecord> {
    const { db } = this;
    return db.transaction('rw', db.settings, async () => {
      const row: unknown = await db.settings.get('app');
      const current = row === undefined ? DEFAULT_SETTINGS : readRow(this.#records.settings, row);
      const next = checked(SettingsRecord, 'settings', { ...current, ...patch, key: 'app', schemaVersion: current.schemaVersion });
      await db.settings.put(next);
      return next;
    });
  }

  /** Drop a settings row that cannot be read, so the app can start from the defaults. */
  async resetSettings(): Promise<void> {
    await this.db.settings.delete('app');
  }

  // --- personas ---

  #personaRecord(entry: PersonaEntry): PersonaRecord {
    return checked(PersonaRecord, 'personas', {
      recordVersion: 2,
      id: entry.persona.id,
      persona: entry.persona,
      builtIn: entry.builtIn,
      importedAt: entry.importedAt,
      updatedAt: entry.updatedAt ?? entry.importedAt,
      avatar: entry.avatar ?? null,
      greeting: entry.greeting ?? null,
    });
  }

  async putPersonas(entries: readonly PersonaEntry[]): Promise<void> {
    const records = entries.map((entry) => this.#personaRecord(entry));
    const { db } = this;
    await db.transaction('rw', db.personas, async () => {
      await db.personas.bulkPut(records);
    });
  }

  /** Store one persona the user made, changed or imported (replacing the row of the same id). */
  async putPersona(entry: PersonaEntry): Promise<PersonaRecord> {
    const record = this.#personaRecord({ ...entry, updatedAt: entry.updatedAt ?? Math.max(entry.importedAt, this.#now()) });
    const { db } = this;
    await db.transaction('rw', db.personas, async () => {
      await db.personas.put(record);
    });
    return record;
  }

  /** The stored persona, or null. A corrupt row throws CorruptRecordError. */
  async getPersona(id: string): Promise<PersonaRecord | null> {
    const row: unknown = await this.db.personas.get(id);
    return row === undefined ? null : readRow(this.#records.personas, row);
  }

  async listPersonas(): Promise<Listing<PersonaRecord>> {
    return readRows(this.#records.personas, await this.db.personas.toArray());
  }

  /**
   * Delete a companion with her data: every relationship with this persona and all
   * their messages, moments and memories, and (unless `keepPersona`, for a bundled
   * one) her persona row, in one transaction; then re-query to prove nothing is left.
   * Full scans on the raw rows, so a damaged row is deleted too.
   */
  async deleteCompanion(personaId: string, options: { keepPersona: boolean }): Promise<CompanionDeletion> {
    const { db } = this;
    const { ids, ...deleted } = await db.transaction('rw', [db.settings, db.personas, db.relationships, db.messages, db.moments, db.memories], async () => {
      const ids = new Set((await db.relationships.toArray()).filter((row) => keyOf(row, 'personaId') === personaId).map((row) => String(keyOf(row, 'id'))));
      const mine = (row: unknown): boolean => ids.has(String(keyOf(row, 'relationshipId')));
      const persona = !options.keepPersona && (await db.personas.get(personaId)) !== undefined ? 1 : 0;
      if (!options.keepPersona) {
        await db.personas.delete(personaId);
        // Her voice choice goes with her (a later companion of the same id starts without it).
        const settings: unknown = await db.settings.get('app');
        // A settings row that cannot be read is left as it is (it is reported where it is read): the deletion still happens.
        const read = settings === undefined ? null : this.#records.settings.upgrade(settings);
        if (read?.ok) {
          const current = read.record;
          if (personaId in current.speech.voices) {
            const { [personaId]: _hers, ...voices } = current.speech.voices;
            await db.settings.put(checked(SettingsRecord, 'settings', { ...current, speech: { ...current.speech, voices } }));
          }
        }
      }
      await db.relationships.bulkDelete([...ids]);
      return {
        ids,
        persona,
        relationships: ids.size,
        messages: await db.messages.filter(mine).delete(),
        moments: await db.moments.filter(mine).delete(),
        memories: await db.memories.filter(mine).delete(),
      };
    });
    // The proof: nothing of hers is left (her row, a relationship with her, or any row of the ones deleted).
    const left: Record<string, number> = {
      persona: !options.keepPersona && (await db.personas.get(personaId)) !== undefined ? 1 : 0,
      relationships: (await db.relationships.toArray()).filter((row) => keyOf(row, 'personaId') === personaId).length,
      messages: 0,
      moments: 0,
      memories: 0,
    };
    for (const id of ids) {
      const counts = await this.countRelationshipRows(id);
      left['messages'] = (left['messages'] ?? 0) + counts.messages;
      left['moments'] = (left['moments'] ?? 0) + counts.moments;
      left['memories'] = (left['memories'] ?? 0) + counts.memories;
    }
    if (Object.values(left).some((count) => count > 0)) throw new ErasureError(`companion ${personaId}`, left);
    return deleted;
  }

  // --- relationships ---

  async createRelationship(input: { personaId: string; state: RelationshipState; at?: number }): Promise<RelationshipRecord> {
    const at = input.at ?? this.#now();
    const record = checked(RelationshipRecord, 'relationships', {
      id: this.#newId(),
      personaId: input.personaId,
      createdAt: at,
      updatedAt: at,
      state: input.state,
      revision: 0,
      lastBreakReminderAt: null,
    });
    const { db } = this;
    await db.transaction('rw', db.relationships, async () => {
      await db.relationships.add(record);
    });
    return record;
  }

  /** The relationship, or null if there is none. A corrupt row throws CorruptRecordError. */
  async getRelationship(id: string): Promise<RelationshipRecord | null> {
    const row: unknown = await this.db.relationships.get(id);
    return row === undefined ? null : readRow(this.#records.relationships, row);
  }

  /** Most recently updated first. */
  async listRelationships(): Promise<Listing<RelationshipRecord>> {
    return readRows(this.#records.relationships, await this.db.relationships.orderBy('updatedAt').reverse().toArray());
  }

  /** The most recently updated relationship. A corrupt one throws rather than being skipped, so it is never silently replaced by a new one. */
  async latestRelationship(): Promise<RelationshipRecord | null> {
    const row: unknown = await this.db.relationships.orderBy('updatedAt').reverse().first();
    return row === undefined ? null : readRow(this.#records.relationships, row);
  }

  /**
   * Mark a relationship as the one in use (the user switched to it), so the next start opens it.
   * Only `updatedAt` moves: the revision, which guards turns against another tab, is untouched.
   */
  async touchRelationship(relationshipId: string, at: number): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.relationships, async () => {
      const current = await this.#relationshipIn(relationshipId);
      if (at <= current.updatedAt) return;
      await db.relationships.put(checked(RelationshipRecord, 'relationships', { ...current, updatedAt: at }));
    });
  }

  /** Record that a break reminder was shown. Bumps the revision like every write: callers keep the returned one. */
  async noteBreakReminder(relationshipId: string, at: number): Promise<RelationshipRecord> {
    const { db } = this;
    return db.transaction('rw', db.relationships, async () => {
      const current = await this.#relationshipIn(relationshipId);
      const next = checked(RelationshipRecord, 'relationships', { ...current, lastBreakReminderAt: at, revision: current.revision + 1, updatedAt: Math.max(current.updatedAt, at) });
      await db.relationships.put(next);
      return next;
    });
  }

  /** Read a relationship inside the caller's transaction. */
  async #relationshipIn(relationshipId: string): Promise<RelationshipRecord> {
    const row: unknown = await this.db.relationships.get(relationshipId);
    if (row === undefined) throw new RecordNotFoundError('relationships', relationshipId);
    return readRow(this.#records.relationships, row);
  }

  // --- messages ---

  /** Store what the user typed, before anything slow happens, so a crash never loses it. */
  async appendUserMessage(input: { relationshipId: string; text: string; at: number; promptContent?: string }): Promise<UserMessageRecord> {
    const record = checked(NewUserMessage, 'messages', {
      relationshipId: input.relationshipId,
      at: input.at,
      role: 'user',
      text: input.text,
      ...(input.promptContent !== undefined ? { promptContent: input.promptContent } : {}),
    });
    const { db } = this;
    return db.transaction('rw', [db.relationships, db.messages], async () => {
      await this.#relationshipIn(input.relationshipId);
      const id = await db.messages.add(record);
      return { ...record, id };
    });
  }

  /** Open a reply as 'streaming'; its text is written through as it grows. Returns its id. */
  async beginAssistantMessage(input: BeginAssistantInput): Promise<number> {
    const record = checked(NewAssistantMessage, 'messages', {
      relationshipId: input.relationshipId,
      at: input.at,
      role: 'assistant',
      text: '',
      status: 'streaming',
      decision: input.decision ?? null,
      appraisalLabels: input.appraisalLabels ?? [],
      stateBefore: input.stateBefore ?? null,
      stateAfter: input.stateAfter ?? null,
      regenerated: false,
      violations: [],
      modelId: input.modelId ?? null,
      replyTo: input.replyTo,
    });
    const { db } = this;
    return db.transaction('rw', [db.relationships, db.messages], async () => {
      await this.#relationshipIn(input.relationshipId);
      const questionRow: unknown = await db.messages.get(input.replyTo);
      const question = questionRow === undefined ? undefined : readRow(this.#records.messages, questionRow);
      if (question?.role !== 'user' || question.relationshipId !== input.relationshipId) {
        throw new RecordNotFoundError('messages', input.replyTo, `no user message of relationship ${input.relationshipId}`);
      }
      return db.messages.add(record);
    });
  }

  /** Read an assistant message inside the caller's transaction. */
  async #assistantIn(id: number): Promise<AssistantMessageRecord> {
    const row: unknown = await this.db.messages.get(id);
    if (row === undefined) throw new RecordNotFoundError('messages', id);
    const message = readRow(this.#records.messages, row);
    if (message.role !== 'assistant') throw new RecordNotFoundError('messages', id, 'not an assistant message');
    return message;
  }

  /**
   * Write the text streamed so far (the caller throttles). Returns false, and
   * writes nothing, once the reply is final: a late write never overwrites it.
   */
  async updateStreamingText(id: number, text: string): Promise<boolean> {
    const { db } = this;
    return db.transaction('rw', db.messages, async () => {
      const current = await this.#assistantIn(id);
      if (!OPEN_STATUSES.has(current.status)) return false;
      await db.messages.put(checked(AssistantMessageRecord, 'messages', { ...current, text }));
      return true;
    });
  }

  /** Generation failed mid-turn: keep what streamed and say why. The state is not committed, so a retry starts clean. */
  async failAssistantMessage(id: number, text: string, reason: string): Promise<AssistantMessageRecord | null> {
    const { db } = this;
    return db.transaction('rw', db.messages, async () => {
      const current = await this.#assistantIn(id);
      // The question has a final answer already (another tab, a stale Retry): this attempt is resolved, not left to retry.
      if ((await this.#repliesTo(current.relationshipId, current.replyTo)).some((reply) => reply.id !== id && isFinal(reply))) {
        await db.messages.delete(id);
        return null;
      }
      const next = checked(AssistantMessageRecord, 'messages', { ...current, text, status: 'failed', failure: reason });
      await db.messages.put(next);
      return next;
    });
  }

  /**
   * Failed replies to questions that have a final answer since (left by a
   * conflict in an older build, or another tab): deleted, so no Retry answers
   * a question twice. Returns how many. Reads only the failed rows (the
   * status index) and their questions' replies.
   */
  async resolveStaleFailures(): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.messages, async () => {
      const failed = readRows(this.#records.messages, await db.messages.where('status').equals('failed').toArray()).records;
      const stale: number[] = [];
      for (const reply of failed) {
        if (reply.role !== 'assistant') continue;
        if ((await this.#repliesTo(reply.relationshipId, reply.replyTo)).some(isFinal)) stale.push(reply.id);
      }
      await db.messages.bulkDelete(stale);
      return stale.length;
    });
  }

  /**
   * Finish a turn in ONE transaction: check that the relationship is still at
   * the revision the turn was computed from (else ConcurrentUpdateError: the
   * caller reloads and retries, so two tabs never lose each other's updates),
   * write the new state at revision + 1, add the turn's moments and facts, and
   * finalise the assistant message. Any failure (a full disk included) rolls
   * all of it back: no half-written turn.
   */
  async commitTurn(input: CommitTurnInput): Promise<CommitResult> {
    const at = input.at ?? this.#now();
    const { relationshipId, assistant } = input;
    // Everything that can be checked without reading is checked before the transaction opens.
    const moments = input.moments.map((moment) => checked(MomentRecord, 'moments', { ...moment, relationshipId }));
    const memories = this.#memoryRecords(relationshipId, input.memories ?? []);
    const { db } = this;
    return db.transaction('rw', [db.relationships, db.messages, db.moments, db.memories], async () => {
      const row: unknown = await db.relationships.get(relationshipId);
      if (row === undefined) throw new ConcurrentUpdateError(relationshipId, input.expectedRevision, null);
      const current = readRow(this.#records.relationships, row);
      if (current.revision !== input.expectedRevision) {
        throw new ConcurrentUpdateError(relationshipId, input.expectedRevision, current.revision);
      }
      const message = await this.#assistantIn(assistant.id);
      if (message.relationshipId !== relationshipId) {
        throw new RecordNotFoundError('messages', assistant.id, `not a message of relationship ${relationshipId}`);
      }
      if (!OPEN_STATUSES.has(message.status)) {
        throw new InvalidRecordError('messages', [`status: reply ${assistant.id} is already ${message.status}`]);
      }
      // A user message is answered once: a reply committed since (another tab, a stale Retry) wins, and this turn's state change is not applied twice.
      const attempts = await this.#repliesTo(relationshipId, message.replyTo);
      if (attempts.some((reply) => reply.id !== assistant.id && isFinal(reply))) {
        throw new AlreadyAnsweredError(message.replyTo);
      }
      const relationship = checked(RelationshipRecord, 'relationships', {
        ...current,
        state: input.state,
        revision: current.revision + 1,
        updatedAt: at,
        // Editing this message re-runs its turn from here (conversation-edits.ts).
        beforeLastTurn: { messageId: message.replyTo, state: current.state },
      });
      const final = checked(AssistantMessageRecord, 'messages', {
        ...message,
        text: assistant.text,
        status: assistant.status,
        decision: assistant.decision,
        appraisalLabels: assistant.appraisalLabels,
        stateBefore: assistant.stateBefore,
        stateAfter: assistant.stateAfter,
        regenerated: assistant.regenerated,
        violations: assistant.violations,
        modelId: assistant.modelId,
        ...(assistant.fellBack !== undefined ? { fellBack: assistant.fellBack } : {}),
        ...(assistant.usage !== undefined ? { usage: assistant.usage } : {}),
      });
      await db.relationships.put(relationship);
      // add, not put: a moment id this relationship already has fails the commit instead of overwriting it.
      await db.moments.bulkAdd(moments);
      await db.memories.bulkAdd(memories);
      await db.messages.put(final);
      // Earlier attempts at this answer that failed (a conflict, a lost device) are resolved by it: gone, not offered for retry.
      const stale = attempts.filter((reply) => reply.id !== assistant.id && reply.status === 'failed').map((reply) => reply.id);
      await db.messages.bulkDelete(stale);
      return { relationship, assistant: final, memories };
    });
  }

  /** The replies to a user message (inside the caller's transaction): every row of the relationship from the question on. */
  async #repliesTo(relationshipId: string, userMessageId: number): Promise<AssistantMessageRecord[]> {
    const question = await this.db.messages.get(userMessageId);
    const from = question && typeof question.at === 'number' ? question.at : Dexie.minKey;
    const rows: unknown[] = await this.db.messages.where('[relationshipId+at]').between([relationshipId, from], [relationshipId, Dexie.maxKey], true, true).toArray();
    return readRows(this.#records.messages, rows).records.flatMap((row) => (row.role === 'assistant' && row.replyTo === userMessageId ? [row] : []));
  }

  /** The text of a stored user message as it is now (a forget may have scrubbed it), or null. */
  async userMessageText(id: number): Promise<string | null> {
    const row: unknown = await this.db.messages.get(id);
    if (row === undefined) return null;
    const message = readRow(this.#records.messages, row);
    return message.role === 'user' ? message.text : null;
  }

  /**
   * On start: any reply still 'streaming' was cut off by a reload or crash.
   * Mark it 'interrupted', keeping its partial text. Returns how many.
   * A second tab opened mid-reply marks the first tab's live reply too; that
   * tab's later writes still land (interrupted is an open status) and its
   * commit makes the reply final.
   */
  async markInterruptedOnStartup(): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.messages, async () => {
      const rows: unknown[] = await db.messages.where('status').equals('streaming').toArray();
      // A row that cannot be parsed is left as it is: listing it reports it as corrupt.
      const { records } = readRows(this.#records.messages, rows);
      const interrupted = records.flatMap((record) =>
        record.role === 'assistant' ? [checked(AssistantMessageRecord, 'messages', { ...record, status: 'interrupted' })] : [],
      );
      await db.messages.bulkPut(interrupted);
      return interrupted.length;
    });
  }

  /**
   * Newest first, strictly older than `before` (an `at`), at most `limit`
   * rows, except that messages sharing the oldest row's `at` are all
   * included, so paging with `before = nextBefore` never skips a message
   * that has the same millisecond as the page boundary.
   */
  async pageMessages(relationshipId: string, options: { before?: number; limit: number }): Promise<MessagePage> {
    const { limit } = options;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, not ${limit}`);
    const { db } = this;
    const range = this.#range(relationshipId, options.before);
    return db.transaction('r', db.messages, async () => {
      const rows: unknown[] = await db.messages
        .where('[relationshipId+at]')
        .between(range.lower, range.upper, true, false)
        .reverse()
        .limit(limit)
        .toArray();
      const last = rows.at(-1);
      const lastAt = keyOf(last, 'at');
      if (rows.length === limit && typeof lastAt === 'number') {
        const lastId = keyOf(last, 'id');
        // Same `at`, older id: the rows a boundary in the middle of a millisecond would otherwise skip.
        const ties: unknown[] = await db.messages.where('[relationshipId+at]').equals([relationshipId, lastAt]).reverse().toArray();
        for (const tie of ties) {
          const id = keyOf(tie, 'id');
          if (typeof id === 'number' && typeof lastId === 'number' && id < lastId) rows.push(tie);
        }
      }
      const page = readRows(this.#records.messages, rows);
      return { ...page, nextBefore: rows.length >= limit && typeof lastAt === 'number' ? lastAt : null };
    });
  }

  async countMessages(relationshipId: string): Promise<number> {
    const range = this.#range(relationshipId);
    return this.db.messages.where('[relationshipId+at]').between(range.lower, range.upper, true, true).count();
  }

  // --- moments and memories ---

  /** Oldest first. */
  async listMoments(relationshipId: string): Promise<Listing<MomentRecord>> {
    const range = this.#range(relationshipId);
    const rows: unknown[] = await this.db.moments.where('[relationshipId+at]').between(range.lower, range.upper, true, true).toArray();
    return readRows(this.#records.moments, rows);
  }

  /** Oldest first. */
  async listMemories(relationshipId: string): Promise<Listing<MemoryRecord>> {
    const range = this.#range(relationshipId);
    const rows: unknown[] = await this.db.memories.where('[relationshipId+at]').between(range.lower, range.upper, true, true).toArray();
    return readRows(this.#records.memories, rows);
  }

  /** Store facts the user shared (extraction is elsewhere). All or none. */
  async addMemories(relationshipId: string, memories: readonly NewMemory[]): Promise<MemoryRecord[]> {
    const records = this.#memoryRecords(relationshipId, memories);
    const { db } = this;
    return db.transaction('rw', [db.relationships, db.memories], async () => {
      await this.#relationshipIn(relationshipId);
      await db.memories.bulkAdd(records);
      return records;
    });
  }

  #memoryRecords(relationshipId: string, memories: readonly NewMemory[]): MemoryRecord[] {
    return memories.map((memory) => {
      const input = checked(NewMemory, 'memories', memory);
      return checked(MemoryRecord, 'memories', { ...input, id: input.id ?? this.#newId(), relationshipId });
    });
  }

  /** Delete one memory for real; re-queries to prove it is gone. Returns whether it existed. */
  async deleteMemory(id: string): Promise<boolean> {
    const { db } = this;
    const existed = await db.transaction('rw', db.memories, async () => {
      const found = (await db.memories.get(id)) !== undefined;
      await db.memories.delete(id);
      return found;
    });
    if ((await db.memories.get(id)) !== undefined) throw new ErasureError(`memory ${id}`, { memories: 1 });
    return existed;
  }

  /** Delete one moment for real; re-queries to prove it is gone. Returns whether it existed. */
  async deleteMoment(relationshipId: string, id: string): Promise<boolean> {
    const { db } = this;
    const key: [string, string] = [relationshipId, id];
    const existed = await db.transaction('rw', db.moments, async () => {
      const found = (await db.moments.get(key)) !== undefined;
      await db.moments.delete(key);
      return found;
    });
    if ((await db.moments.get(key)) !== undefined) throw new ErasureError(`moment ${id}`, { moments: 1 });
    return existed;
  }

  /**
   * Everything stored for a relationship, counted by scanning every row's
   * relationshipId (not the indexes, which a damaged row may be missing
   * from): the proof that a reset left nothing behind.
   */
  async countRelationshipRows(relationshipId: string): Promise<RelationshipRowCounts> {
    const { db } = this;
    const mine = belongsTo(relationshipId);
    return db.transaction('r', [db.relationships, db.messages, db.moments, db.memories], async () => ({
      relationship: (await db.relationships.get(relationshipId)) === undefined ? 0 : 1,
      messages: await db.messages.filter(mine).count(),
      moments: await db.moments.filter(mine).count(),
      memories: await db.memories.filter(mine).count(),
    }));
  }

  /**
   * Delete a relationship with all its messages, moments and memories in one
   * transaction, then re-query to prove nothing is left. Full scans rather
   * than index ranges, so a row with a damaged `at` is deleted too. Returns
   * how many rows were deleted. The caller should also reset the model's chat
   * context, so the text is not still in its KV cache.
   */
  async resetRelationship(relationshipId: string): Promise<RelationshipRowCounts> {
    const { db } = this;
    const mine = belongsTo(relationshipId);
    const deleted = await db.transaction('rw', [db.relationships, db.messages, db.moments, db.memories], async () => {
      const relationship = (await db.relationships.get(relationshipId)) === undefined ? 0 : 1;
      await db.relationships.delete(relationshipId);
      return {
        relationship,
        messages: await db.messages.filter(mine).delete(),
        moments: await db.moments.filter(mine).delete(),
        memories: await db.memories.filter(mine).delete(),
      };
    });
    const remaining = await this.countRelationshipRows(relationshipId);
    if (Object.values(remaining).some((count) => count > 0)) throw new ErasureError(`relationship ${relationshipId}`, { ...remaining });
    return deleted;
  }

  /**
   * Clear every table in one transaction, then check they are empty.
   * This removes the rows, but Chromium keeps deleted IndexedDB data on disk
   * until it compacts its files, and no web API forces that: the strongest
   * erase is the browser's "delete site data" for this site (which also
   * removes the cached model weights). Say so in the UI.
   */
  async wipeEverything(): Promise<void> {
    const { db } = this;
    const tables = db.tables;
    await db.transaction('rw', tables, async () => {
      for (const table of tables) await table.clear();
    });
    const remaining: Record<string, number> = {};
    for (const table of tables) {
      const count = await table.count();
      if (count > 0) remaining[table.name] = count;
    }
    if (Object.keys(remaining).length > 0) throw new ErasureError('wipe', remaining);
  }

  // --- the browser's storage ---

  /**
   * Ask the browser not to evict our data. It may refuse ('denied'); Safari
   * also erases a site's storage after seven days of use without a visit
   * unless the app is on the home screen, so export matters either way.
   */
  async requestPersistentStorage(): Promise<PersistentStorage> {
    const storage = this.#storage;
    if (!storage || typeof storage.persist !== 'function') return 'unknown';
    try {
      if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
      return (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      return 'unknown';
    }
  }
}

/** A repository over an opened database. */
export function createRepository(db: CompanionDb, deps: RepositoryDeps = {}): CompanionRepository {
  return new CompanionRepository(db, deps);
}
