import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_V1, classifyStorageError, openCompanionDb, type BlockedInfo, type VersionChangeInfo } from './db.ts';
import { ConcurrentUpdateError, CorruptRecordError, InvalidRecordError } from './errors.ts';
import { CompanionRepository } from './repository.ts';
import { fakeDeps, uniqueName } from './test-fixtures.ts';

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
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    expect(db.messages.schema.indexes.map((index) => index.name).sort()).toEqual(['[relationshipId+at]', 'status']);
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
    newer.version(2).stores({ ...SCHEMA_V1, summaries: 'id' });
    await newer.open();

    expect(onVersionChange).toHaveBeenCalledWith({ newVersion: 2 });
    expect(db.isOpen()).toBe(false);
    expect(db.versionChanged).toEqual({ newVersion: 2 });
    const late = vi.fn<(info: VersionChangeInfo) => void>();
    db.onVersionChange(late);
    expect(late).toHaveBeenCalledWith({ newVersion: 2 });

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
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith({ oldVersion: 0.5, newVersion: 1 }));
    stubborn.close();
    const db = await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
    vi.restoreAllMocks();
  });
});
