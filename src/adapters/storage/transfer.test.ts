import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompanionDb } from './db.ts';
import { CompanionRepository } from './repository.ts';
import { T0, fakeDb, persona, seedConversation as seed, uniqueName } from './test-fixtures.ts';
import { type ExportDocument, exportEverything, ImportError, importEverything, type ImportProgress, parseExport } from './transfer.ts';

const opened: CompanionDb[] = [];
function open(): { db: CompanionDb; repo: CompanionRepository } {
  const name = uniqueName('transfer');
  const db = fakeDb(name);
  opened.push(db);
  let id = 0;
  return { db, repo: new CompanionRepository(db, { now: () => T0, newId: () => `${name}-${(id += 1)}`, storage: null }) };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('export and import', () => {
  it('round-trips everything losslessly into another database', async () => {
    const source = open();
    await seed(source.repo);
    const exported = await exportEverything(source.db, T0);
    const text = JSON.stringify(exported);
    const target = open();
    await importEverything(target.db, parseExport(text, { personas: [persona] }));
    const again = await exportEverything(target.db, T0);
    expect(again).toEqual(exported);
    expect(exported.messages.length).toBe(6);
    expect(exported.moments.length).toBeGreaterThan(0);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), /not valid JSON/],
    ['not an export', () => JSON.stringify({ hello: 'world' }), /not a companion export/],
    ['from the future', (text: string) => text.replace('"version":2', '"version":99'), /newer version/],
    ['hostile record', (text: string) => text.replace('"role":"user"', '"role":"system"'), /damaged at messages/],
    ['orphaned rows', (text: string) => { const doc = JSON.parse(text); doc.relationships = []; return JSON.stringify(doc); }, /is not in the file/],
  ])('a %s file gets a clear message and changes nothing', async (_name, corrupt, message) => {
    const source = open();
    await seed(source.repo);
    const text = JSON.stringify(await exportEverything(source.db, T0));
    const target = open();
    await seed(target.repo);
    const before = await exportEverything(target.db, T0);
    let thrown: unknown;
    try {
      await importEverything(target.db, parseExport(corrupt(text), { personas: [persona] }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    expect((thrown as Error).message).toMatch(message);
    expect(await exportEverything(target.db, T0)).toEqual(before);
  });

  /** The seeded export with `count` more memories, so the import spans several chunks. */
  async function largeExport(count: number): Promise<ExportDocument> {
    const source = open();
    await seed(source.repo);
    const exported = await exportEverything(source.db, T0);
    const relationshipId = exported.relationships[0]!.id;
    const memories = Array.from({ length: count }, (_, index) => ({
      id: `bulk-${index}`, relationshipId, kind: 'fact' as const, category: 'other' as const,
      text: `remembered thing number ${index}`, quote: '', at: T0 + index, importance: 0.5, sourceMessageId: null,
    }));
    return parseExport(JSON.stringify({ ...exported, memories: [...exported.memories, ...memories] }), { personas: [persona] });
  }

  it('reports progress as it writes, ending at every record', async () => {
    const document = await largeExport(4_500);
    const total = document.settings.length + document.personas.length + document.relationships.length + document.messages.length + document.moments.length + document.memories.length;
    const target = open();
    const seen: ImportProgress[] = [];
    await importEverything(target.db, document, (progress) => seen.push(progress));
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.length).toBeGreaterThan(4);
    for (let index = 1; index < seen.length; index += 1) expect(seen[index]!.done).toBeGreaterThan(seen[index - 1]!.done);
    expect(await target.db.memories.count()).toBe(document.memories.length);
  });

  it('a write failing half-way through leaves the old data whole', async () => {
    const document = await largeExport(4_500);
    const target = open();
    await seed(target.repo);
    const before = await exportEverything(target.db, T0);
    const bulkPut = target.db.memories.bulkPut.bind(target.db.memories);
    let calls = 0;
    vi.spyOn(target.db.memories, 'bulkPut').mockImplementation((rows) => {
      calls += 1;
      if (calls === 2) throw new DOMException('The disk is full', 'QuotaExceededError');
      return bulkPut(rows);
    });
    await expect(importEverything(target.db, document)).rejects.toThrow(/disk is full/);
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect(await exportEverything(target.db, T0)).toEqual(before);
  });
});
