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

/** Replace everything with the document's contents, in one transaction. */
export async function importEverything(db: CompanionDb, document: ExportDocument): Promise<void> {
  await db.transaction('rw', [db.settings, db.personas, db.relationships, db.messages, db.moments, db.memories], async () => {
    await Promise.all([db.settings.clear(), db.personas.clear(), db.relationships.clear(), db.messages.clear(), db.moments.clear(), db.memories.clear()]);
    await db.settings.bulkPut(document.settings);
    await db.personas.bulkPut(document.personas);
    await db.relationships.bulkPut(document.relationships);
    await db.messages.bulkPut(document.messages);
    await db.moments.bulkPut(document.moments);
    await db.memories.bulkPut(document.memories);
  });
}
