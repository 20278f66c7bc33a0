import { afterEach, describe, expect, it } from 'vitest';
import type { CompanionDb } from './db.ts';
import { CompanionRepository } from './repository.ts';
import { T0, fakeDb, seedConversation as seed, uniqueName } from './test-fixtures.ts';
import { exportEverything, ImportError, importEverything, parseExport } from './transfer.ts';

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
    await importEverything(target.db, parseExport(text));
    const again = await exportEverything(target.db, T0);
    expect(again).toEqual(exported);
    expect(exported.messages.length).toBe(6);
    expect(exported.moments.length).toBeGreaterThan(0);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), /not valid JSON/],
    ['not an export', () => JSON.stringify({ hello: 'world' }), /not a companion export/],
    ['from the future', (text: string) => text.replace('"version":1', '"version":99'), /newer version/],
    ['hostile record', (text: string) => text.replace('"role":"user"', '"role":"system"'), /damaged at messages/],
    ['orphaned rows', (text: string) => { const doc = JSON.parse(text); doc.relationships = []; return JSON.stringify(doc); }, /does not contain/],
  ])('a %s file gets a clear message and changes nothing', async (_name, corrupt, message) => {
    const source = open();
    await seed(source.repo);
    const text = JSON.stringify(await exportEverything(source.db, T0));
    const target = open();
    await seed(target.repo);
    const before = await exportEverything(target.db, T0);
    let thrown: unknown;
    try {
      await importEverything(target.db, parseExport(corrupt(text)));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    expect((thrown as Error).message).toMatch(message);
    expect(await exportEverything(target.db, T0)).toEqual(before);
  });
});
