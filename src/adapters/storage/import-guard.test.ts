import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { persona as loadPersona } from '../../../tests/support/fixtures.ts';
import type { CompanionDb } from './db.ts';
import { MAX_IMPORT_BYTES } from './records/index.ts';
import { fakeDb, uniqueName } from './test-fixtures.ts';
import { exportEverything, ImportError, importEverything, parseExport } from './transfer.ts';

/**
 * Imports that pass the row schemas but would poison the app (the probes of
 * issue 15): each is refused with its first problem named, and the data
 * already stored is left exactly as it was.
 */

const PERSONAS = ['ella', 'mara', 'theo'].map((id) => loadPersona(id));
const FIXTURES = new URL('../../../tests/fixtures/data/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(`${name}.export-v1.json`, FIXTURES), 'utf8');

type Doc = {
  relationships: { id: string; personaId: string; state: { stage: string; user: { age?: number; minor: boolean }; numbers: Record<string, number>; metAt: number | null; lastTurnAt: number | null } }[];
  messages: { id: number; at: number; role: string; replyTo?: number; relationshipId: string; decision?: { safety: string } | null }[];
  memories: { id: string; sourceMessageId: number | null }[];
  moments: { id: string; personaId: string }[];
};
const edit = (name: string, change: (doc: Doc) => void): string => {
  const doc = JSON.parse(fixture(name)) as Doc;
  change(doc);
  return JSON.stringify(doc);
};
const first = <T>(rows: readonly T[]): T => {
  const row = rows[0];
  if (row === undefined) throw new Error('fixture has no rows');
  return row;
};

const opened: CompanionDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
async function withStoredData(): Promise<CompanionDb> {
  const db = fakeDb(uniqueName('guard'));
  opened.push(db);
  await importEverything(db, parseExport(fixture('minor'), { personas: PERSONAS }));
  return db;
}

async function expectRefused(text: string, message: RegExp): Promise<void> {
  const db = await withStoredData();
  const before = await exportEverything(db, 0);
  let thrown: unknown;
  try {
    await importEverything(db, parseExport(text, { personas: PERSONAS }));
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ImportError);
  expect((thrown as Error).message).toMatch(message);
  expect((thrown as Error).message).toMatch(/Nothing was changed\.$/);
  expect(await exportEverything(db, 0)).toEqual(before);
}

describe('an import that would poison the app is refused and changes nothing', () => {
  it('today’s own exports import cleanly', () => {
    expect(() => parseExport(fixture('adult'), { personas: PERSONAS })).not.toThrow();
    expect(() => parseExport(fixture('minor'), { personas: PERSONAS })).not.toThrow();
  });

  it.each([
    ['a date beyond the JavaScript date range', (doc: Doc) => (first(doc.messages).at = 8.64e15 + 1), /messages\.0 \(id \d+\): at: .*(big|less than)/i],
    ['a date in the year 275760', (doc: Doc) => (first(doc.messages).at = 8.64e15), /messages\.0 \(id \d+\): at/],
    ['a state date beyond the year 9999', (doc: Doc) => (first(doc.relationships).state.lastTurnAt = 8.64e15), /state\.lastTurnAt: a date after the year 9999/],
    ['a message id of 2^53-1', (doc: Doc) => (first(doc.messages).id = Number.MAX_SAFE_INTEGER), /messages\.0 \(id 9007199254740991\): id/],
    ['a message id without headroom (2^51)', (doc: Doc) => (first(doc.messages).id = 2 ** 51), /messages\.0 .*: id/],
    ['a fractional id', (doc: Doc) => (first(doc.messages).id = 1.5), /messages\.0 .*: id/],
    ['duplicate message ids', (doc: Doc) => (doc.messages[1]!.id = first(doc.messages).id), /messages: the id \d+ appears twice/],
    ['duplicate memory ids', (doc: Doc) => doc.memories.push({ ...first(doc.memories) }), /memories: the id .* appears twice/],
    ['a persona this app does not have', (doc: Doc) => {
      const relationship = first(doc.relationships);
      relationship.personaId = 'nobody';
      (relationship.state as unknown as { personaId: string }).personaId = 'nobody';
    }, /persona 'nobody' is not one this app has/],
    ['a reply to a message that is not there', (doc: Doc) => (doc.messages.find((m) => m.role === 'assistant')!.replyTo = 99_999), /replyTo 99999 is not a user message/],
    ['a memory from a message that is not there', (doc: Doc) => (first(doc.memories).sourceMessageId = 99_999), /source message 99999 is not in the file/],
    ['a moment of another persona', (doc: Doc) => (first(doc.moments).personaId = 'theo'), /persona theo is not the relationship's/],
    ['an age of 15 that is not a minor', (doc: Doc) => Object.assign(first(doc.relationships).state.user, { age: 15, minor: false }), /age of 15 means a minor/],
    ['partner with no familiarity', (doc: Doc) => {
      const state = first(doc.relationships).state;
      state.stage = 'partner';
      state.numbers = { ...state.numbers, familiarity: 0 };
    }, /stage: 'partner' needs familiarity/],
    ['familiarity the time together never earned', (doc: Doc) => {
      const state = first(doc.relationships).state;
      state.numbers = { ...state.numbers, familiarity: 0.95 };
    }, /familiarity: 0.95 is more than the time together earns/],
    ['a state to rewind to with a partner stage nobody earned', (doc: Doc) => {
      const relationship = first(doc.relationships) as Doc['relationships'][number] & { beforeLastTurn?: unknown };
      const user = doc.messages.find((m) => m.role === 'user');
      Object.assign(relationship, { recordVersion: 2 });
      relationship.beforeLastTurn = { messageId: user?.id, state: { ...relationship.state, stage: 'partner', numbers: { ...relationship.state.numbers, familiarity: 0 } } };
    }, /beforeLastTurn\.state\.stage: 'partner' needs familiarity/],
    ['a state to rewind to for a message that is not there', (doc: Doc) => {
      const relationship = first(doc.relationships) as Doc['relationships'][number] & { beforeLastTurn?: unknown };
      Object.assign(relationship, { recordVersion: 2 });
      relationship.beforeLastTurn = { messageId: 99_999, state: relationship.state };
    }, /beforeLastTurn\.messageId 99999 is not a message of this relationship/],
  ])('%s', async (_name, change, message) => {
    await expectRefused(edit('adult', change), message);
  });

  it('a minor made an adult by editing the file is refused (the replies were written for a minor)', async () => {
    await expectRefused(
      edit('minor', (doc) => {
        Object.assign(first(doc.relationships).state.user, { age: 19, minor: false });
      }),
      /written for a minor/,
    );
  });

  it('a user known here as a minor stays one, whatever the file says', async () => {
    // The stored relationship (from the minor's fixture) is a minor; the file says the same relationship is not, with no replies to give it away.
    const text = edit('minor', (doc) => {
      Object.assign(first(doc.relationships).state.user, { age: 19, minor: false });
      doc.messages = [];
      doc.moments = [];
    });
    await expectRefused(text, /known here as a minor/);
  });

  it('a file over the size cap is refused before it is read', async () => {
    const huge = { length: MAX_IMPORT_BYTES + 1 } as unknown as string;
    expect(() => parseExport(huge, { personas: PERSONAS })).toThrow(/too large to import/);
  });
});
