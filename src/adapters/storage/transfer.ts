import { z } from 'zod';
import type { CompanionDb } from './db.ts';
import { integrityProblem, minorProblem, type IntegrityContext, type Rows } from './integrity.ts';
import { MAX_IMPORT_BYTES, RECORDS, epochMs, type RecordModule, type RecordSet, type TableName } from './records/index.ts';

/**
 * Export and import of everything the app stores, as one versioned JSON
 * document.
 *
 * Export writes every row at its record's current version (rows are upgraded
 * on the way out). A row that cannot be upgraded is not dropped: it goes into
 * `unreadable`, as it is stored, with the reason.
 *
 * Import accepts every document version ever released (1: the first release,
 * rows without `recordVersion`; 2: rows with it) and upgrades each row through
 * the same record migrations as a stored row. It then checks the document as
 * a whole (integrity.ts: bounds, unique ids, references, invariants). A file
 * from a newer app, or with any problem, is refused with the first problem
 * named, and nothing is changed. An accepted file *replaces* everything stored
 * here, in one transaction (the app asks first, and offers an export).
 */

export const EXPORT_FORMAT = 'companion-export';
/** 1: the first release. 2: rows carry `recordVersion`; `unreadable` may list rows that could not be read. */
export const EXPORT_VERSION = 2;
export const RELEASED_EXPORT_VERSIONS = [1, 2] as const;

/** A stored row that could not be upgraded: kept in the export as it was, with why. */
export const UnreadableRow = z.strictObject({
  table: z.enum(['settings', 'personas', 'relationships', 'messages', 'moments', 'memories']),
  key: z.union([z.string(), z.number()]).nullable(),
  problem: z.string(),
  row: z.unknown(),
});
export type UnreadableRow = z.infer<typeof UnreadableRow>;

/** The document as written. Rows are checked one by one through their record modules, not here. */
const Envelope = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: epochMs,
  settings: z.array(z.unknown()),
  personas: z.array(z.unknown()),
  relationships: z.array(z.unknown()),
  messages: z.array(z.unknown()),
  moments: z.array(z.unknown()),
  memories: z.array(z.unknown()),
  unreadable: z.array(UnreadableRow).optional(),
});

export interface ExportDocument extends Rows {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  readonly exportedAt: number;
  readonly unreadable?: readonly UnreadableRow[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface TransferOptions extends IntegrityContext {
  /** The record modules (tests pass a simulated next version). */
  readonly records?: RecordSet;
}

const ROW_TABLES = ['settings', 'personas', 'relationships', 'messages', 'moments', 'memories'] as const satisfies readonly TableName[];

const keyOf = (row: unknown, field: string): string | number | null => {
  if (typeof row !== 'object' || row === null) return null;
  const value = (row as Record<string, unknown>)[field];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
};

/** Every row of a table read and upgraded; the ones that cannot be, kept aside with why. */
function upgradeAll<T>(module: RecordModule<T>, rows: readonly unknown[]): { records: T[]; unreadable: UnreadableRow[] } {
  const records: T[] = [];
  const unreadable: UnreadableRow[] = [];
  for (const row of rows) {
    const result = module.upgrade(row);
    if (result.ok) records.push(result.record);
    else unreadable.push({ table: module.table, key: keyOf(row, module.keyField), problem: result.problem, row });
  }
  return { records, unreadable };
}

export async function exportEverything(db: CompanionDb, now: number, records: RecordSet = RECORDS): Promise<ExportDocument> {
  const raw = await db.transaction('r', [db.settings, db.personas, db.relationships, db.messages, db.moments, db.memories], async () => ({
    settings: (await db.settings.toArray()) as unknown[],
    personas: (await db.personas.toArray()) as unknown[],
    relationships: (await db.relationships.toArray()) as unknown[],
    messages: (await db.messages.toArray()) as unknown[],
    moments: (await db.moments.toArray()) as unknown[],
    memories: (await db.memories.toArray()) as unknown[],
  }));
  const settings = upgradeAll(records.settings, raw.settings);
  const personas = upgradeAll(records.personas, raw.personas);
  const relationships = upgradeAll(records.relationships, raw.relationships);
  const messages = upgradeAll(records.messages, raw.messages);
  const moments = upgradeAll(records.moments, raw.moments);
  const memories = upgradeAll(records.memories, raw.memories);
  const unreadable = [settings, personas, relationships, messages, moments, memories].flatMap((table) => table.unreadable);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings: settings.records,
    personas: personas.records,
    relationships: relationships.records,
    messages: messages.records,
    moments: moments.records,
    memories: memories.records,
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

const NOTHING = 'Nothing was changed.';

/**
 * Read a document from text exactly as an import does: every released
 * version, the record migrations, every bound and invariant. Every way it can
 * be wrong becomes one sentence naming the first problem.
 */
export function parseExport(text: string, options: TransferOptions): ExportDocument {
  const records = options.records ?? RECORDS;
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`This file is too large to import (over ${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)} MB). ${NOTHING}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError(`This file is not valid JSON (it may be truncated). ${NOTHING}`);
  }
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(data);
  if (!head.success || head.data.format !== EXPORT_FORMAT) throw new ImportError(`This is not a companion export file. ${NOTHING}`);
  if (typeof head.data.version === 'number' && head.data.version > EXPORT_VERSION) {
    throw new ImportError(`This export comes from a newer version of the app (format ${head.data.version}; this app reads up to ${EXPORT_VERSION}): update the app first. ${NOTHING}`);
  }
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue ? issue.path.join('.') || '(top level)' : '(unknown)';
    throw new ImportError(`The export file is damaged at ${where}: ${issue?.message ?? 'invalid'}. ${NOTHING}`);
  }
  const document = envelope.data;
  const read = <T>(module: RecordModule<T>, rows: readonly unknown[]): T[] =>
    rows.map((row, index) => {
      const result = module.upgrade(row);
      if (result.ok) return result.record;
      const key = keyOf(row, module.keyField);
      const where = `${module.table}.${index}${key === null ? '' : ` (${module.keyField} ${key})`}`;
      if (result.newer) throw new ImportError(`The export file has a row from a newer version of the app at ${where}: update the app first. ${NOTHING}`);
      throw new ImportError(`The export file is damaged at ${where}: ${result.problem}. ${NOTHING}`);
    });
  const rows: Rows = {
    settings: read(records.settings, document.settings),
    personas: read(records.personas, document.personas),
    relationships: read(records.relationships, document.relationships),
    messages: read(records.messages, document.messages),
    moments: read(records.moments, document.moments),
    memories: read(records.memories, document.memories),
  };
  const problem = integrityProblem(rows, options);
  if (problem) throw new ImportError(`The export file cannot be imported: ${problem}. ${NOTHING}`);
  return { format: EXPORT_FORMAT, version: document.version, exportedAt: document.exportedAt, ...rows, ...(document.unreadable ? { unreadable: document.unreadable } : {}) };
}

/** How far an import has got: records written so far, of all the document holds. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/** Rows per write: a year of conversation is tens of thousands, and the user should see it move. */
const IMPORT_CHUNK = 2_000;

/** What an import brought in (or what is stored now), to tell the user. */
export interface ImportCounts {
  readonly relationships: number;
  readonly messages: number;
  readonly memories: number;
  readonly moments: number;
}

export function countsOf(rows: Rows): ImportCounts {
  return { relationships: rows.relationships.length, messages: rows.messages.length, memories: rows.memories.length, moments: rows.moments.length };
}

/** What is stored now: what an import would replace. */
export async function storedCounts(db: CompanionDb): Promise<ImportCounts> {
  return db.transaction('r', [db.relationships, db.messages, db.moments, db.memories], async () => ({
    relationships: await db.relationships.count(),
    messages: await db.messages.count(),
    memories: await db.memories.count(),
    moments: await db.moments.count(),
  }));
}

/**
 * Replace everything with the document's contents, in one transaction. Rows
 * are written in chunks only so that progress can be reported; a failure in
 * any chunk aborts the whole transaction and leaves the old data in place.
 * Rows listed as unreadable in the document are not imported.
 */
export async function importEverything(db: CompanionDb, document: ExportDocument, onProgress?: (progress: ImportProgress) => void): Promise<ImportCounts> {
  const total = ROW_TABLES.reduce((sum, table) => sum + document[table].length, 0);
  let done = 0;
  async function write<T>(table: { bulkPut(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]): Promise<void> {
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
      const chunk = rows.slice(start, start + IMPORT_CHUNK);
      await table.bulkPut(chunk);
      done += chunk.length;
      onProgress?.({ done, total });
    }
  }
  await db.transaction('rw', [db.settings, db.personas, db.relationships, db.messages, db.moments, db.memories], async () => {
    // A user known here as a minor stays one: read what is stored before replacing it.
    const stored = (await db.relationships.toArray()).map((row) => ({ id: row.id, minor: row.state.user.minor === true }));
    const problem = minorProblem(document.relationships, stored);
    if (problem) throw new ImportError(`The export file cannot be imported: ${problem}. ${NOTHING}`);
    await Promise.all([db.settings.clear(), db.personas.clear(), db.relationships.clear(), db.messages.clear(), db.moments.clear(), db.memories.clear()]);
    onProgress?.({ done, total });
    await write(db.settings, document.settings);
    await write(db.personas, document.personas);
    await write(db.relationships, document.relationships);
    await write(db.messages, document.messages);
    await write(db.moments, document.moments);
    await write(db.memories, document.memories);
  });
  return countsOf(document);
}
