import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RelationshipState } from '../../../core/state/state.ts';
import { persona as loadPersona } from '../../../../tests/support/fixtures.ts';
import type { CompanionDb } from '../db.ts';
import { CompanionRepository } from '../repository.ts';
import { fakeDb, uniqueName } from '../test-fixtures.ts';
import { exportEverything, importEverything, ImportError, parseExport } from '../transfer.ts';
import {
  AssistantShapeV1,
  checkAssistant,
  RECORDS,
  RelationshipRecordV1,
  UserMessageRecordV1,
  unit,
  type MessageRecord,
  type RecordModule,
  type RecordSet,
  type RelationshipRecord,
} from './index.ts';

/**
 * Fixtures written by the build of 2026-12-07 (tests/fixtures/data, made by
 * make-fixtures.ts through the app's own turn pipeline: onboarding, twenty
 * turns, memories, two forgets, a refusal, a crisis; and a minor's five).
 * Every later version must open and import them with every row and number
 * intact: today's records, and a simulated next version that adds a required
 * field to the relationship state and to messages through a migration.
 */

const FIXTURES = new URL('../../../../tests/fixtures/data/', import.meta.url);
const NAMES = ['adult', 'minor'] as const;
const PERSONAS = ['ella', 'mara', 'theo'].map((id) => loadPersona(id));
type RawTables = Record<'settings' | 'personas' | 'relationships' | 'messages' | 'moments' | 'memories', Record<string, unknown>[]>;

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'));
const exportText = (name: string): string => readFileSync(new URL(`${name}.export-v1.json`, FIXTURES), 'utf8');
const rawRows = (name: string): RawTables => readJson(`${name}.idb-rows-v1.json`) as RawTables;
/** A stored row as a record holds it: without the derived search words. */
const withoutWords = ({ words: _words, ...row }: Record<string, unknown>): Record<string, unknown> => row;

/** The next release, simulated: a required field in the relationship state and in every message, each with a migration. */
const RelationshipRecordV2 = z
  .strictObject({ ...RelationshipRecordV1.shape, recordVersion: z.literal(2), state: RelationshipState.extend({ attachment: unit }) })
  .refine((record) => record.state.personaId === record.personaId);
const MessageRecordV2 = z.discriminatedUnion('role', [
  UserMessageRecordV1.extend({ recordVersion: z.literal(2), language: z.string().min(2) }),
  AssistantShapeV1.extend({ recordVersion: z.literal(2), language: z.string().min(2) }).superRefine(checkAssistant),
]);
const nextRelationships = RECORDS.relationships.withNext({
  schema: RelationshipRecordV2,
  up: (v1) => {
    const state = v1['state'] as RelationshipRecord['state'];
    return { ...v1, recordVersion: 2, state: { ...state, attachment: Math.round(((state.numbers.affection + state.numbers.trust) / 2) * 1000) / 1000 } };
  },
});
const nextMessages = RECORDS.messages.withNext({ schema: MessageRecordV2, up: (v1) => ({ ...v1, recordVersion: 2, language: 'en' }) });
const NEXT: RecordSet = {
  ...RECORDS,
  // The next release's types are supersets of today's; the repository reads through whatever set it is given.
  relationships: nextRelationships as unknown as RecordModule<RelationshipRecord>,
  messages: nextMessages as unknown as RecordModule<MessageRecord>,
};

const opened: CompanionDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function open(): { db: CompanionDb; repo: (records?: RecordSet) => CompanionRepository } {
  const db = fakeDb(uniqueName('records'));
  opened.push(db);
  return { db, repo: (records) => new CompanionRepository(db, { storage: null, ...(records ? { records } : {}) }) };
}

/** Put the fixture's raw rows into a fresh database exactly as they were stored. */
async function restoreRaw(db: CompanionDb, raw: RawTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of ['settings', 'personas', 'relationships', 'messages', 'moments', 'memories'] as const) {
      await db.table(table).bulkPut(raw[table]);
    }
  });
}

/** Every row of a database read through a repository, with every unreadable row. */
async function readAll(repo: CompanionRepository) {
  const relationships = await repo.listRelationships();
  const messages = [];
  const moments = [];
  const memories = [];
  const corrupt = [...relationships.corrupt];
  for (const relationship of relationships.records) {
    const page = await repo.pageMessages(relationship.id, { limit: 10_000 });
    messages.push(...page.records);
    corrupt.push(...page.corrupt);
    const listedMoments = await repo.listMoments(relationship.id);
    moments.push(...listedMoments.records);
    corrupt.push(...listedMoments.corrupt);
    const listedMemories = await repo.listMemories(relationship.id);
    memories.push(...listedMemories.records);
    corrupt.push(...listedMemories.corrupt);
  }
  return { settings: await repo.getSettings(), relationships: relationships.records, messages, moments, memories, corrupt };
}

const byKey = <T extends Record<string, unknown>>(rows: readonly T[]): T[] => [...rows].sort((a, b) => JSON.stringify([a['id'], a['relationshipId']]).localeCompare(JSON.stringify([b['id'], b['relationshipId']])));
/** A record as the fixtures' rows hold it: fields added since (settings' speech, version 2) and the next version's removed. */
function asToday(row: Record<string, unknown>): Record<string, unknown> {
  const { recordVersion: _version, language: _language, speech: _speech, ...rest } = row;
  if (rest['state'] && typeof rest['state'] === 'object') {
    const { attachment: _attachment, ...state } = rest['state'] as Record<string, unknown>;
    return { ...rest, state };
  }
  return rest;
}
const today = (rows: readonly Record<string, unknown>[]) => byKey(rows.map((row) => asToday(withoutWords(row))));

describe('the fixtures of 2026-12-07 are what the tests think they are', () => {
  it.each(NAMES)('%s: a real conversation with every kind of row', (name) => {
    const raw = rawRows(name);
    expect(raw.relationships).toHaveLength(1);
    expect(raw.messages.length).toBeGreaterThanOrEqual(10);
    expect(raw.moments.length).toBeGreaterThan(3);
    expect(raw.messages.every((row) => row['recordVersion'] === undefined)).toBe(true);
  });
  it('the adult conversation has memories, a refusal, a crisis and a forget', () => {
    const raw = rawRows('adult');
    const state = raw.relationships[0]?.['state'] as RelationshipRecord['state'];
    expect(raw.memories.length).toBeGreaterThan(0);
    expect(state.refusals.length).toBeGreaterThan(0);
    expect(state.crisisAt).not.toBeNull();
    expect(JSON.stringify(raw.messages)).toContain('[forgotten at your request]');
  });
});

describe.each([
  ['today', RECORDS],
  ['the next version', NEXT],
] as const)('%s', (_label, records) => {
  it.each(NAMES)('upgrades every raw row of %s with every field and number intact', (name) => {
    const raw = rawRows(name);
    for (const table of ['settings', 'personas', 'relationships', 'messages', 'moments', 'memories'] as const) {
      const module = records[table] as RecordModule<unknown>;
      for (const row of raw[table]) {
        // The database's reading hook strips the derived search words before any record sees a row.
        const result = module.upgrade(withoutWords(row));
        if (!result.ok) throw new Error(`${table}: ${result.problem}`);
        expect(result.from).toBe(1);
        expect(asToday(result.record as Record<string, unknown>)).toEqual(withoutWords(row));
        expect((result.record as { recordVersion: number }).recordVersion).toBe(module.version);
      }
    }
  });

  it.each(NAMES)('opens a database holding the raw rows of %s: nothing unreadable, nothing lost', async (name) => {
    const raw = rawRows(name);
    const { db, repo } = open();
    await restoreRaw(db, raw);
    const read = await readAll(repo(records));
    expect(read.corrupt).toEqual([]);
    expect(asToday(read.settings)).toEqual(withoutWords(raw.settings[0] ?? {}));
    expect(today(read.relationships)).toEqual(today(raw.relationships));
    expect(today(read.messages)).toEqual(today(raw.messages));
    expect(today(read.moments)).toEqual(today(raw.moments));
    expect(today(read.memories)).toEqual(today(raw.memories));
    if (records === NEXT) {
      expect(read.messages.every((message) => (message as Record<string, unknown>)['language'] === 'en')).toBe(true);
      expect((read.relationships[0]?.state as Record<string, unknown>)['attachment']).toEqual(expect.any(Number));
    }
  });

  it.each(NAMES)('imports the %s export of format 1, and exports it again at the current version', async (name) => {
    const text = exportText(name);
    const original = JSON.parse(text) as RawTables & { version: number };
    expect(original.version).toBe(1);
    const document = parseExport(text, { personas: PERSONAS, records });
    const { db } = open();
    const counts = await importEverything(db, document);
    expect(counts.messages).toBe(original.messages.length);
    const again = await exportEverything(db, 0, records);
    expect(again.version).toBe(2);
    expect(again.unreadable).toBeUndefined();
    for (const table of ['settings', 'relationships', 'messages', 'moments', 'memories'] as const) {
      expect(today(again[table] as unknown as Record<string, unknown>[])).toEqual(today(original[table]));
      for (const row of again[table]) expect((row as { recordVersion: number }).recordVersion).toBe(records[table].version);
    }
    // And that export (format 2) imports again, unchanged.
    const second = open();
    await importEverything(second.db, parseExport(JSON.stringify(again), { personas: PERSONAS, records }));
    expect(await exportEverything(second.db, 0, records)).toEqual(again);
  });
});

describe('rows from a newer version', () => {
  it('an import with a row from a newer version is refused, saying so, and changes nothing', async () => {
    const document = JSON.parse(exportText('adult')) as RawTables;
    const message = document.messages[3];
    if (message) message['recordVersion'] = 2;
    const { db, repo } = open();
    await importEverything(db, parseExport(exportText('minor'), { personas: PERSONAS }));
    const before = await exportEverything(db, 0);
    expect(() => parseExport(JSON.stringify(document), { personas: PERSONAS })).toThrow(/newer version of the app at messages\.3/);
    expect(() => parseExport(JSON.stringify(document), { personas: PERSONAS })).toThrow(ImportError);
    expect(await exportEverything(db, 0)).toEqual(before);
    expect((await readAll(repo())).corrupt).toEqual([]);
  });

  it('a stored row this version cannot read is listed as unreadable, kept, and exported as it is', async () => {
    const raw = rawRows('adult');
    const message = raw.messages[5];
    if (message) message['recordVersion'] = 7;
    const { db, repo } = open();
    await restoreRaw(db, raw);
    const read = await readAll(repo());
    expect(read.messages).toHaveLength(raw.messages.length - 1);
    expect(read.corrupt).toHaveLength(1);
    expect(read.corrupt[0]?.issues.join()).toMatch(/newer version/);
    expect(await db.messages.count()).toBe(raw.messages.length);
    const exported = await exportEverything(db, 0);
    expect(exported.unreadable).toHaveLength(1);
    expect(exported.unreadable?.[0]?.row).toEqual(withoutWords(message ?? {}));
    // The app's own export is accepted by its own import: every readable row comes in, the unreadable one is named, not imported.
    const target = open();
    const document = parseExport(JSON.stringify(exported), { personas: PERSONAS });
    expect(document.unreadable).toHaveLength(1);
    const counts = await importEverything(target.db, document);
    expect(counts.messages).toBe(raw.messages.length - 1);
    expect((await readAll(target.repo())).corrupt).toEqual([]);
  });
});

describe('stored decisions are loose, so the core can change its own', () => {
  it('a decision with a field this core does not know, and without one it does, is read, kept and exported as it is', async () => {
    const raw = rawRows('adult');
    const reply = raw.messages.find((row) => row['role'] === 'assistant' && row['decision']);
    if (!reply) throw new Error('no reply');
    const { knownFor: _knownFor, ...decision } = reply['decision'] as Record<string, unknown>;
    reply['decision'] = { ...decision, reading: { model: 'hashed-ngrams-v1', scores: { pressure: 0.12 } } };
    const { db, repo } = open();
    await restoreRaw(db, raw);
    const read = await readAll(repo());
    expect(read.corrupt).toEqual([]);
    const stored = read.messages.find((message) => message.id === reply['id']);
    expect(stored?.role === 'assistant' && stored.decision).toEqual(reply['decision']);
    // The inspector gets no decision it cannot read (the reply still shows); the row keeps every field.
    const { chatItemOf } = await import('../binding.ts');
    const item = stored ? chatItemOf(stored) : null;
    expect(item?.role === 'assistant' && item.decision).toBeFalsy();
    // Its safety still reaches the page (crisis resources depend on it).
    expect(item?.role === 'assistant' && item.safety).toBe((reply['decision'] as { safety: string }).safety);
    expect(item?.text).toBe(reply['text']);
    const exported = await exportEverything(db, 0);
    expect(exported.messages.find((message) => message.id === reply['id'])).toMatchObject({ decision: reply['decision'] });
  });
});
