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
  AssistantShapeV2,
  checkAssistant,
  RECORDS,
  RelationshipRecordV2,
  UserMessageRecordV2,
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
const RelationshipRecordNext = z
  .strictObject({ ...RelationshipRecordV2.shape, recordVersion: z.literal(3), state: RelationshipState.extend({ attachment: unit }) })
  .refine((record) => record.state.personaId === record.personaId);
const MessageRecordNext = z.discriminatedUnion('role', [
  UserMessageRecordV2.extend({ recordVersion: z.literal(3), language: z.string().min(2) }),
  AssistantShapeV2.extend({ recordVersion: z.literal(3), language: z.string().min(2) }).superRefine(checkAssistant),
]);
const nextRelationships = RECORDS.relationships.withNext({
  schema: RelationshipRecordNext,
  up: (v2) => {
    const state = v2['state'] as RelationshipRecord['state'];
    return { ...v2, recordVersion: 3, state: { ...state, attachment: Math.round(((state.numbers.affection + state.numbers.trust) / 2) * 1000) / 1000 } };
  },
});
const nextMessages = RECORDS.messages.withNext({ schema: MessageRecordNext, up: (v2) => ({ ...v2, recordVersion: 3, language: 'en' }) });
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
/**
 * A record as the rows of 2026-12-07 hold it: the fields added since (with
 * the values their migrations give old rows: settings' speech, version 2;
 * a reply's alternatives, a fact's pin and edit, the state before the last
 * turn, version 2) and the next version's removed.
 */
const ADDED_WITH_VERSION_2: Record<string, unknown> = { alternatives: [], chosen: 0, pinned: false, editedAt: null, beforeLastTurn: null };
function asToday(row: Record<string, unknown>): Record<string, unknown> {
  const { recordVersion: _version, language: _language, speech: _speech, ...upgraded } = row;
  const rest = Object.fromEntries(Object.entries(upgraded).filter(([field, value]) => !(field in ADDED_WITH_VERSION_2) || JSON.stringify(ADDED_WITH_VERSION_2[field]) !== JSON.stringify(value)));
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
    if (message) message['recordVersion'] = 3;
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

describe('version 2: alternatives, edits, pins and the state before the last turn', () => {
  const raw = rawRows('adult');
  const reply = raw.messages.find((row) => row['role'] === 'assistant' && row['status'] === 'complete') ?? {};
  const question = raw.messages.find((row) => row['role'] === 'user') ?? {};

  it('old rows get what their migration says: one version, never edited, not pinned, no state to go back to', () => {
    const upgradedReply = RECORDS.messages.upgrade(withoutWords(reply));
    expect(upgradedReply).toMatchObject({ ok: true, from: 1, record: { recordVersion: 2, alternatives: [], chosen: 0 } });
    const upgradedQuestion = RECORDS.messages.upgrade(withoutWords(question));
    expect(upgradedQuestion.ok && 'editedAt' in upgradedQuestion.record).toBe(false);
    const memory = raw.memories[0];
    expect(RECORDS.memories.upgrade(withoutWords(memory ?? {}))).toMatchObject({ ok: true, record: { pinned: false, editedAt: null } });
    expect(RECORDS.relationships.upgrade(raw.relationships[0])).toMatchObject({ ok: true, record: { beforeLastTurn: null } });
  });

  it('a reply whose text is not its chosen alternative is refused, and so is a choice out of range', () => {
    const text = String(reply['text']);
    const good = { ...withoutWords(reply), recordVersion: 2, alternatives: ['an earlier version', text], chosen: 1 };
    expect(RECORDS.messages.upgrade(good).ok).toBe(true);
    const mismatch = RECORDS.messages.upgrade({ ...good, chosen: 0 });
    expect(mismatch).toMatchObject({ ok: false, problem: expect.stringMatching(/^text: text must be the chosen alternative/) });
    expect(RECORDS.messages.upgrade({ ...good, chosen: 5 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^chosen/) });
    expect(RECORDS.messages.upgrade({ ...withoutWords(reply), recordVersion: 2, alternatives: [], chosen: 1 }).ok).toBe(false);
  });

  it('an edited message and a pinned, corrected fact are read back as written', () => {
    expect(RECORDS.messages.upgrade({ ...withoutWords(question), recordVersion: 2, editedAt: 5 })).toMatchObject({ ok: true, record: { editedAt: 5 } });
    const memory = withoutWords(raw.memories[0] ?? {});
    expect(RECORDS.memories.upgrade({ ...memory, recordVersion: 2, pinned: true, editedAt: 7, text: 'works nights' })).toMatchObject({ ok: true, record: { pinned: true, editedAt: 7, text: 'works nights' } });
    expect(RECORDS.memories.upgrade({ ...memory, recordVersion: 2, pinned: 'yes' }).ok).toBe(false);
  });

  it('the state before the last turn must be a whole relationship state', () => {
    const relationship = raw.relationships[0] ?? {};
    const state = relationship['state'];
    expect(RECORDS.relationships.upgrade({ ...relationship, recordVersion: 2, beforeLastTurn: { messageId: 3, state } }).ok).toBe(true);
    expect(RECORDS.relationships.upgrade({ ...relationship, recordVersion: 2, beforeLastTurn: { messageId: 3, state: { stage: 'friend' } } }).ok).toBe(false);
  });
});
