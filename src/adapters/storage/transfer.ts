import { z } from 'zod';
import type { CompanionDb } from './db.ts';
import { MemoryRecord, MessageRecord, MomentRecord, PersonaRecord, RelationshipRecord, SettingsRecord } from './records.ts';

/**
 * Export and import of everything the app stores, as one versioned JSON
 * document. The document schema is the records' own zod schemas, so an import
 * is checked exactly as strictly as a write. Import is one transaction: a bad
 * file changes nothing.
 */

export const EXPORT_FORMAT = 'companion-export';
export const EXPORT_VERSION = 1;

export const ExportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number().int().nonnegative(),
  settings: z.array(SettingsRecord).max(1),
  personas: z.array(PersonaRecord),
  relationships: z.array(RelationshipRecord),
  messages: z.array(MessageRecord),
  moments: z.array(MomentRecord),
  memories: z.array(MemoryRecord),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export async function exportEverything(db: CompanionDb, now: number): Promise<ExportDocument> {
  return db.transaction('r', [db.settings, db.personas, db.relationships, db.messages, db.moments, db.memories], async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings: await db.settings.toArray(),
    personas: await db.personas.toArray(),
    relationships: await db.relationships.toArray(),
    messages: await db.messages.toArray(),
    moments: await db.moments.toArray(),
    memories: await db.memories.toArray(),
  }));
}

/** Read a document from text: every way it can be wrong becomes one clear sentence. */
export function parseExport(text: string): ExportDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not valid JSON (it may be truncated). Nothing was changed.');
  }
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(data);
  if (!head.success || head.data.format !== EXPORT_FORMAT) throw new ImportError('This is not a companion export file. Nothing was changed.');
  if (typeof head.data.version === 'number' && head.data.version > EXPORT_VERSION) {
    throw new ImportError(`This export comes from a newer version of the app (format ${head.data.version}); update the app first. Nothing was changed.`);
  }
  const parsed = ExportDocument.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(top level)' : '(unknown)';
    throw new ImportError(`The export file is damaged at ${where}: ${issue?.message ?? 'invalid'}. Nothing was changed.`);
  }
  const relationshipIds = new Set(parsed.data.relationships.map((relationship) => relationship.id));
  const orphan = [...parsed.data.messages, ...parsed.data.moments, ...parsed.data.memories].find((record) => !relationshipIds.has(record.relationshipId));
  if (orphan) throw new ImportError(`The export file refers to a relationship it does not contain (${orphan.relationshipId}). Nothing was changed.`);
  return parsed.data;
}

/** How far an import has got: records written so far, of all the document holds. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/** Rows per write: a year of conversation is tens of thousands, and the user should see it move. */
const IMPORT_CHUNK = 2_000;

/** What an import brought in, to tell the user. */
export interface ImportCounts {
  readonly relationships: number;
  readonly messages: number;
  readonly memories: number;
  readonly moments: number;
}

/**
 * Replace everything with the document's contents, in one transaction. Rows
 * are written in chunks only so that progress can be reported; a failure in
 * any chunk aborts the whole transaction and leaves the old data in place.
 */
export async function importEverything(db: CompanionDb, document: ExportDocument, onProgress?: (progress: ImportProgress) => void): Promise<ImportCounts> {
  const total = document.settings.length + document.personas.length + document.relationships.length + document.messages.length + document.moments.length + document.memories.length;
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
    await Promise.all([db.settings.clear(), db.personas.clear(), db.relationships.clear(), db.messages.clear(), db.moments.clear(), db.memories.clear()]);
    onProgress?.({ done, total });
    await write(db.settings, document.settings);
    await write(db.personas, document.personas);
    await write(db.relationships, document.relationships);
    await write(db.messages, document.messages);
    await write(db.moments, document.moments);
    await write(db.memories, document.memories);
  });
  return { relationships: document.relationships.length, messages: document.messages.length, memories: document.memories.length, moments: document.moments.length };
}
