import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Table, type Transaction } from 'dexie';
import { indexTerms } from '../../core/recall/forget.ts';
import type { MemoryRow, MessageRow, MomentRow, NewMessage, PersonaRow, RelationshipRow, SettingsRow, TableName } from './records/index.ts';

/**
 * The IndexedDB schema. Keep every version ever shipped: a later release adds
 * `this.version(2).stores({...}).upgrade(tx => ...)` below version 1, never
 * edits it, and never drops a table in the same release as a migration
 * (Dexie #742). Changing a stores string without a version bump hides data.
 *
 * Indexes, and the query each one serves:
 * - relationships.updatedAt: the most recently used relationship.
 * - messages [relationshipId+at]: newest-first paging and counts per relationship;
 *   ties in `at` fall back to the auto-increment key, i.e. insertion order.
 * - messages.status: replies left 'streaming' by a reload or crash (user rows have no status and are not indexed).
 * - moments / memories [relationshipId+at]: one relationship's rows, oldest first.
 * - moments are keyed [relationshipId+id]: the core names a moment by persona and time
 *   (`ella-<ms>-s`), unique within a relationship only; a copy of a relationship
 *   (an import) or a second one with the same persona must not collide with it.
 *
 * Version 2 adds `*words` to memories: the content-word stems of a fact, a
 * multi-entry index, so "forget what I told you about X" finds the facts that
 * mention X without reading every memory of every relationship. The words are
 * derived: a DBCore middleware computes them on every write and a reading hook
 * strips them, so records, exports and imports never carry them. Moments are
 * not indexed so: there are many more of them (most turns add one), and in
 * Chromium every index entry makes bulk writes such as an import markedly
 * slower (measured: a year's import went from 13 s to 100 s with moments
 * indexed too); forgetting reads one relationship's moments instead.
 */
export const SCHEMA_V1 = {
  settings: 'key',
  personas: 'id',
  relationships: 'id, updatedAt',
  messages: '++id, [relationshipId+at], status',
  moments: '[relationshipId+id], [relationshipId+at]',
  memories: 'id, [relationshipId+at]',
} as const satisfies Record<TableName, string>;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  memories: 'id, [relationshipId+at], *words',
} as const satisfies Record<TableName, string>;

/**
 * Version 3 changes no table or index: it marks the release whose rows carry
 * `recordVersion` (records/versioned.ts). A tab still running an older build
 * would read such rows as damaged; opening version 3 makes it close its
 * connection and tell the user to reload. Rows are not rewritten: they are
 * upgraded on read.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4, likewise, changes no table or index: it marks the release whose
 * records are at version 2 (alternatives, edits, pins), which an older build
 * could not read; its tabs are told to reload.
 */
export const SCHEMA_V4 = SCHEMA_V3;

export const DB_VERSION = 4;

/** The text a stored row is searched by when forgetting: a memory's line and quote, a moment's quote. */
export function memorySearchText(row: { readonly text: string; readonly quote: string }): string {
  return `${row.text} ${row.quote}`;
}
export function momentSearchText(row: { readonly quote: string }): string {
  return row.quote;
}

/** A row as IndexedDB holds it from version 2 on: the record plus the stems it is found by. */
type WithWords = { words?: string[] };

/** The tables whose rows carry `words`, and the text each row is found by. */
const SEARCH_TEXT: Partial<Record<TableName, (row: never) => string>> = {
  memories: memorySearchText,
};

/**
 * Keep `words` in step with the text on every write path (add, put, bulk
 * writes, modify, imports) below Dexie's API, on copies, so a caller's object
 * is never changed; and strip it from every record read back, so the zod
 * records, the export format and the rest of the app never see it.
 */
function maintainSearchWords(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'search-words',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const table = down.table(tableName);
        const searchText = SEARCH_TEXT[tableName as TableName] as ((row: unknown) => string) | undefined;
        if (!searchText) return table;
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) =>
            table.mutate(
              request.type === 'add' || request.type === 'put'
                ? { ...request, values: request.values.map((row: object) => ({ ...row, words: indexTerms(searchText(row)) })) }
                : request,
            ),
        };
      },
    }),
  });
  for (const tableName of Object.keys(SEARCH_TEXT)) {
    db.table(tableName).hook('reading', (row: unknown) => {
      if (!row || typeof row !== 'object' || !('words' in row)) return row;
      const { words: _derived, ...record } = row as WithWords;
      return record;
    });
  }
}

/** Version 1 → 2: compute the words of every stored memory; nothing else changes. */
async function addSearchWords(tx: Transaction): Promise<void> {
  await tx.table('memories').toCollection().modify((row: { text: string; quote: string } & WithWords) => {
    row.words = indexTerms(memorySearchText(row));
  });
}

export interface VersionChangeInfo {
  /** The other connection's Dexie version, or null when it is deleting the database. */
  readonly newVersion: number | null;
}

export interface BlockedInfo {
  /** The version this tab holds open and the one being asked for (Dexie versions). */
  readonly oldVersion: number;
  readonly newVersion: number | null;
}

export interface CompanionDbDeps {
  /** An IndexedDB implementation (fake-indexeddb in Node tests); the browser's by default. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Another tab upgraded or deleted the database: this tab now runs old code and should reload. */
  readonly onVersionChange?: (info: VersionChangeInfo) => void;
  /** Opening waits for another tab that will not let go: ask the user to close other tabs. */
  readonly onBlocked?: (info: BlockedInfo) => void;
}

type Listener<T> = (info: T) => void;

/** IndexedDB versions are Dexie versions times ten. */
const dexieVersion = (idbVersion: number): number => idbVersion / 10;

export class CompanionDb extends Dexie {
  // `declare`: Dexie creates the table properties itself; a class field would overwrite them with undefined.
  // Rows are typed as any released version of their records (`recordVersion` may be absent); the repository upgrades and parses every row it reads.
  declare settings: Table<SettingsRow, 'app'>;
  declare personas: Table<PersonaRow, string>;
  declare relationships: Table<RelationshipRow, string>;
  declare messages: Table<MessageRow, number, NewMessage>;
  declare moments: Table<MomentRow, [string, string]>;
  declare memories: Table<MemoryRow, string>;

  readonly #versionListeners = new Set<Listener<VersionChangeInfo>>();
  readonly #blockedListeners = new Set<Listener<BlockedInfo>>();
  #versionChanged: VersionChangeInfo | null = null;

  constructor(name: string, deps: CompanionDbDeps = {}) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(addSearchWords);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    maintainSearchWords(this);
    if (deps.onVersionChange) this.#versionListeners.add(deps.onVersionChange);
    if (deps.onBlocked) this.#blockedListeners.add(deps.onBlocked);

    // Dexie runs later subscribers first, and `false` stops the chain. Its default handler
    // closes with auto-open left on, so the next call would reopen this tab's old schema
    // against the new database (or recreate a deleted one). We close for good instead: every
    // later call fails with DatabaseClosedError, which classifyStorageError reports as 'version'.
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      this.close({ disableAutoOpen: true });
      const info: VersionChangeInfo = { newVersion: event.newVersion ? dexieVersion(event.newVersion) : null };
      this.#versionChanged = info;
      for (const listener of this.#versionListeners) listener(info);
      return false;
    });
    this.on('blocked', (event: IDBVersionChangeEvent) => {
      const info: BlockedInfo = {
        oldVersion: dexieVersion(event.oldVersion),
        newVersion: event.newVersion ? dexieVersion(event.newVersion) : null,
      };
      for (const listener of this.#blockedListeners) listener(info);
    });
  }

  /** Subscribe to "another tab changed the database"; returns the unsubscribe. */
  onVersionChange(listener: Listener<VersionChangeInfo>): () => void {
    this.#versionListeners.add(listener);
    // A listener added after the event still hears it: the UI may subscribe late.
    if (this.#versionChanged) listener(this.#versionChanged);
    return () => this.#versionListeners.delete(listener);
  }

  /** Subscribe to "opening is blocked by another tab"; returns the unsubscribe. */
  onBlocked(listener: Listener<BlockedInfo>): () => void {
    this.#blockedListeners.add(listener);
    return () => this.#blockedListeners.delete(listener);
  }

  /** Whether another tab has upgraded or deleted the database under this one. */
  get versionChanged(): VersionChangeInfo | null {
    return this.#versionChanged;
  }
}

/**
 * Open (and create or upgrade) the database. Tests pass a unique name and
 * fake-indexeddb's `indexedDB`/`IDBKeyRange`. Opening eagerly makes a
 * VersionError (this tab is older than the database) surface at start, where
 * the app can say "reload", rather than on the first message.
 */
export async function openCompanionDb(name = 'companion', deps: CompanionDbDeps = {}): Promise<CompanionDb> {
  const db = new CompanionDb(name, deps);
  await db.open();
  return db;
}

export interface StorageErrorInfo {
  readonly kind: 'quota' | 'blocked' | 'version' | 'conflict' | 'invalid' | 'unknown';
  /** Plain words for the UI. */
  readonly userMessage: string;
}

export const STORAGE_MESSAGES: Readonly<Record<StorageErrorInfo['kind'], string>> = {
  quota:
    'Your browser is out of storage space for this site, so the last change was not saved. Free some space (or export and delete old conversations) and try again.',
  blocked:
    'Another tab of this app (an older version) is keeping your saved data open, so this page cannot update it yet. Close the other tabs of this app: this page carries on by itself.',
  version: 'Another tab updated the app. Reload this page to keep going; nothing you saved is lost.',
  conflict: 'This conversation changed in another tab. Reloading it now; send your message again if it is missing.',
  invalid: 'Some saved data could not be read or written because it is not in the expected shape.',
  unknown: 'Saving or loading failed for an unexpected reason. Try again; if it keeps happening, export your data and reload.',
};

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly inner?: unknown;
  readonly cause?: unknown;
  readonly failures?: unknown;
}

const isObject = (value: unknown): value is ErrorLike => typeof value === 'object' && value !== null;

/** Every error in the chain: Dexie wraps IndexedDB's errors in `inner`, bulk writes list theirs in `failures`. */
function errorChain(error: unknown, depth = 0): ErrorLike[] {
  if (!isObject(error) || depth > 4) return [];
  const nested: unknown[] = [error.inner, error.cause, ...(Array.isArray(error.failures) ? error.failures : [])];
  return [error, ...nested.flatMap((inner) => errorChain(inner, depth + 1))];
}

function isQuota(error: ErrorLike): boolean {
  return (
    error.name === 'QuotaExceededError' ||
    // Firefox's name, and the legacy DOMException code.
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22
  );
}

const VERSION_NAMES = new Set(['VersionError', 'VersionChangeError', 'DatabaseClosedError', 'UpgradeError']);
const INVALID_NAMES = new Set(['InvalidRecordError', 'CorruptRecordError', 'ZodError', 'DataError', 'DataCloneError', 'ConstraintError']);

/**
 * What went wrong with storage, in a kind the UI can act on. A quota error
 * may arrive bare or as an AbortError whose `inner` is the QuotaExceededError:
 * the whole chain is checked, so either is 'quota'.
 */
export function classifyStorageError(error: unknown): StorageErrorInfo {
  const chain = errorChain(error);
  const kind: StorageErrorInfo['kind'] = chain.some(isQuota)
    ? 'quota'
    : chain.some((e) => e.name === 'BlockedError')
      ? 'blocked'
      : chain.some((e) => e.name === 'ConcurrentUpdateError')
        ? 'conflict'
        : chain.some((e) => typeof e.name === 'string' && VERSION_NAMES.has(e.name))
          ? 'version'
          : chain.some((e) => typeof e.name === 'string' && INVALID_NAMES.has(e.name))
            ? 'invalid'
            : 'unknown';
  return { kind, userMessage: STORAGE_MESSAGES[kind] };
}
