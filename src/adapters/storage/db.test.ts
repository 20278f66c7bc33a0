import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, SCHEMA_V1, SCHEMA_V2, classifyStorageError, openCompanionDb, type BlockedInfo, type VersionChangeInfo } from './db.ts';
import { ConcurrentUpdateError, CorruptRecordError, InvalidRecordError } from './errors.ts';
import { CompanionRepository } from './repository.ts';
import { forgetTopic } from './forget-topic.ts';
import { exportEverything } from './transfer.ts';
import { T0, fakeDb, fakeDeps, freshState, seedConversation, uniqueName } from './test-fixtures.ts';

describe('classifyStorageError', () => {
  it('a bare QuotaExceededError is quota', () => {
    const result = classifyStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(result.kind).toBe('quota');
    expect(result.userMessage).toMatch(/out of storage space/);
  });

  it('an AbortError whose inner is a QuotaExceededError is quota', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', inner)).kind).toBe('quota');
    // The same shape without Dexie's classes (another realm, a serialised error).
    expect(classifyStorageError({ name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError' } }).kind).toBe('quota');
    // A bulk write lists its failures instead.
    expect(classifyStorageError(new Dexie.BulkError('2 of 3 failed', { 1: new Dexie.QuotaExceededError() })).kind).toBe('quota');
  });

  it('a plain AbortError is not quota', () => {
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted')).kind).toBe('unknown');
  });

  it('version, conflict, invalid and unknown', () => {
    expect(classifyStorageError(new Dexie.VersionError()).kind).toBe('version');
    expect(classifyStorageError(new Dexie.DatabaseClosedError()).kind).toBe('version');
    expect(classifyStorageError(new ConcurrentUpdateError('r', 1, 2)).kind).toBe('conflict');
    expect(classifyStorageError(new InvalidRecordError('messages', ['text: expected string'])).kind).toBe('invalid');
    expect(classifyStorageError(new CorruptRecordError('moments', 'm1', ['importance: too big'])).kind).toBe('invalid');
    expect(classifyStorageError({ name: 'BlockedError' }).kind).toBe('blocked');
    expect(classifyStorageError(new Error('boom')).kind).toBe('unknown');
    expect(classifyStorageError('a string').kind).toBe('unknown');
    expect(classifyStorageError(null).kind).toBe('unknown');
  });
});

describe('opening and other tabs', () => {
  it('creates the schema', async () => {
    const db = await openCompanionDb(uniqueName('open'), fakeDeps());
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V2).sort());
    expect(db.messages.schema.indexes.map((index) => index.name).sort()).toEqual(['[relationshipId+at]', 'status']);
    expect(db.memories.schema.indexes.map((index) => index.name).sort()).toEqual(['[relationshipId+at]', 'words']);
    db.close();
  });

  it('another tab upgrading the database closes this one and tells the UI to reload', async () => {
    const name = uniqueName('upgrade');
    const onVersionChange = vi.fn<(info: VersionChangeInfo) => void>();
    const db = await openCompanionDb(name, fakeDeps({ onVersionChange }));
    const repo = new CompanionRepository(db, { storage: null });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    // A newer build of the app in another tab.
    const newer = new Dexie(name, { indexedDB, IDBKeyRange });
    newer.version(1).stores(SCHEMA_V1);
    newer.version(2).stores(SCHEMA_V2);
    newer.version(3).stores(SCHEMA_V2);
    newer.version(4).stores(SCHEMA_V2);
    newer.version(5).stores({ ...SCHEMA_V2, summaries: 'id' });
    await newer.open();

    expect(onVersionChange).toHaveBeenCalledWith({ newVersion: 5 });
    expect(db.isOpen()).toBe(false);
    expect(db.versionChanged).toEqual({ newVersion: 5 });
    const late = vi.fn<(info: VersionChangeInfo) => void>();
    db.onVersionChange(late);
    expect(late).toHaveBeenCalledWith({ newVersion: 5 });

    // This tab stays closed rather than reopening old code against the new schema.
    const error: unknown = await repo.getSettings().catch((e: unknown) => e);
    expect(classifyStorageError(error)).toMatchObject({ kind: 'version', userMessage: expect.stringMatching(/Another tab updated the app/) });
    newer.close();
    vi.restoreAllMocks();
  });

  it('an older tab that will not let go blocks the upgrade until it closes', async () => {
    const name = uniqueName('blocked');
    // A connection at an older version that ignores versionchange (old code, or not Dexie).
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 5);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const onBlocked = vi.fn<(info: BlockedInfo) => void>();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opening = openCompanionDb(name, fakeDeps({ onBlocked }));
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith({ oldVersion: 0.5, newVersion: DB_VERSION }));
    stubborn.close();
    const db = await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
    vi.restoreAllMocks();
  });
});

describe('schema upgrades keep data', () => {
  it('a database written by version 1 opens with version 2: every row kept, the new index filled in', async () => {
    // The data: a real conversation, exported (records as the app knows them).
    const source = fakeDb(uniqueName('v1-source'));
    await seedConversation(new CompanionRepository(source, { now: () => T0, storage: null }));
    const before = await exportEverything(source, T0);
    source.close();
    expect(before.moments.length).toBeGreaterThan(0);
    expect(before.memories.length).toBeGreaterThan(0);

    // The same rows written by the previous release: its schema only, no words.
    const name = uniqueName('v1');
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('settings').bulkPut(before.settings);
      await v1.table('personas').bulkPut(before.personas);
      await v1.table('relationships').bulkPut(before.relationships);
      await v1.table('messages').bulkPut(before.messages);
      await v1.table('moments').bulkPut(before.moments);
      await v1.table('memories').bulkPut(before.memories);
    });
    expect(await v1.table('memories').filter((row: object) => 'words' in row).count()).toBe(0);
    v1.close();

    const upgraded = await openCompanionDb(name, fakeDeps());
    expect(upgraded.verno).toBe(DB_VERSION);
    // Nothing lost or changed, as the app reads it.
    expect(await exportEverything(upgraded, T0)).toEqual(before);
    const repo = new CompanionRepository(upgraded, { storage: null });
    const relationshipId = before.relationships[0]?.id ?? '';
    expect((await repo.listMemories(relationshipId)).corrupt).toEqual([]);
    expect((await repo.listMoments(relationshipId)).records).toHaveLength(before.moments.length);
    // The upgrade filled in the new index for the old rows: forgetting finds them through it.
    expect(await upgraded.memories.where('words').equals('sister').count()).toBe(1);
    const report = await forgetTopic(upgraded, relationshipId, ['sister']);
    expect(report.memories).toEqual(['has a sister called Mia']);
    expect(await upgraded.memories.count()).toBe(0);
    upgraded.close();
  });

  it('the index words never leak into records, and a write never changes the caller\'s object', async () => {
    const db = fakeDb(uniqueName('words'));
    const repo = new CompanionRepository(db, { now: () => T0, storage: null });
    await seedConversation(repo);
    const relationshipId = (await repo.latestRelationship())?.id ?? '';
    const memory = { kind: 'fact' as const, category: 'work' as const, text: 'works as a nurse', quote: 'i work as a nurse', at: T0, importance: 0.6, sourceMessageId: null };
    const [stored] = await repo.addMemories(relationshipId, [memory]);
    expect(memory).not.toHaveProperty('words');
    expect(stored).not.toHaveProperty('words');
    for (const record of (await repo.listMemories(relationshipId)).records) expect(record).not.toHaveProperty('words');
    for (const record of (await repo.listMoments(relationshipId)).records) expect(record).not.toHaveProperty('words');
    expect(await db.memories.where('words').equals('nurse').count()).toBe(1);
    db.close();
  });

  it('forgetting finds a topic through the index, and one of only short or common words through the relationship\'s rows; other relationships are untouched', async () => {
    const db = fakeDb(uniqueName('forget'));
    const repo = new CompanionRepository(db, { now: () => T0, storage: null });
    await seedConversation(repo);
    const mine = (await repo.latestRelationship())?.id ?? '';
    const other = await repo.createRelationship({ personaId: 'ella', state: freshState(), at: T0 });
    const fact = (text: string) => ({ kind: 'fact' as const, category: 'person' as const, text, quote: text, at: T0, importance: 0.5, sourceMessageId: null });
    await repo.addMemories(mine, [fact('my ex moved to Porto'), fact('my ex has a dog')]);
    await repo.addMemories(other.id, [fact('my ex moved to Porto'), fact('my sister Mia visits')]);

    // "ex" is too short to be indexed: the relationship's rows are read instead.
    const ex = await forgetTopic(db, mine, ['ex']);
    expect([...ex.memories].sort()).toEqual(['my ex has a dog', 'my ex moved to Porto']);
    // "porto" is indexed; the other relationship keeps its own copy.
    expect((await forgetTopic(db, mine, ['porto'])).memories).toEqual([]);
    expect((await repo.listMemories(other.id)).records.map((memory) => memory.text).sort()).toEqual(['my ex moved to Porto', 'my sister Mia visits']);
    expect((await forgetTopic(db, other.id, ['porto'])).memories).toEqual(['my ex moved to Porto']);
    expect(await db.memories.where('words').equals('porto').count()).toBe(0);
    db.close();
  });
});
