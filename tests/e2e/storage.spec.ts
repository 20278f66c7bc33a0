import { expect, test } from '@playwright/test';
import { loadModel, onboard, say } from './helpers.ts';

/**
 * The previous release's database (Dexie version 1 is IndexedDB version 10),
 * opened by code that ignores "versionchange" and so never lets go: an old
 * build of the app left open in another tab. Run in a page of the same origin.
 */
const HOLD_PREVIOUS_VERSION = `new Promise((resolve, reject) => {
  const request = indexedDB.open('companion', 10);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('personas', { keyPath: 'id' });
    db.createObjectStore('relationships', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    const messages = db.createObjectStore('messages', { keyPath: 'id', autoIncrement: true });
    messages.createIndex('[relationshipId+at]', ['relationshipId', 'at']);
    messages.createIndex('status', 'status');
    db.createObjectStore('moments', { keyPath: ['relationshipId', 'id'] }).createIndex('[relationshipId+at]', ['relationshipId', 'at']);
    db.createObjectStore('memories', { keyPath: 'id' }).createIndex('[relationshipId+at]', ['relationshipId', 'at']);
  };
  request.onsuccess = () => { window.heldDatabase = request.result; resolve(request.result.version); };
  request.onerror = () => reject(request.error);
})`;

test('an older tab holding the database open: the page says what to do, then carries on by itself', async ({ context }) => {
  const older = await context.newPage();
  await older.goto('./favicon.svg');
  expect(await older.evaluate(HOLD_PREVIOUS_VERSION)).toBe(10);

  const page = await context.newPage();
  await page.goto('./');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('data-kind', 'blocked');
  await expect(notice).toContainText('Close the other tabs of this app');
  await expect(page.getByTestId('persona-option').first()).toHaveCount(0);

  await older.close();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('persona-option').first()).toBeVisible();
  // The upgrade ran: the database is at the current version with the new index.
  const indexes = await page.evaluate(`new Promise((resolve) => {
    const request = indexedDB.open('companion');
    request.onsuccess = () => {
      const db = request.result;
      resolve({ version: db.version, memories: [...db.transaction('memories').objectStore('memories').indexNames] });
      db.close();
    };
  })`);
  expect(indexes).toEqual({ version: 40, memories: ['[relationshipId+at]', 'words'] });
});

test('another tab upgrading the database: this page stops writing and offers a reload', async ({ page, context }) => {
  await onboard(page, { name: 'Ines', age: '31' });
  const newer = await context.newPage();
  await newer.goto('./favicon.svg');
  // A newer release opening a later version (IndexedDB 50 is Dexie 5; this build is Dexie 4).
  expect(
    await newer.evaluate(`new Promise((resolve, reject) => {
      const request = indexedDB.open('companion', 50);
      request.onsuccess = () => { const version = request.result.version; request.result.close(); resolve(version); };
      request.onerror = () => reject(request.error);
    })`),
  ).toBe(50);
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('data-kind', 'version');
  await expect(notice).toContainText('Another tab updated the app');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
});

/** Read the stored relationship and the turn's rows straight from IndexedDB. */
const STORED = `new Promise((resolve, reject) => {
  const request = indexedDB.open('companion');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const tx = db.transaction(['relationships', 'moments', 'memories', 'messages'], 'readonly');
    const all = (name) => new Promise((done) => { const r = tx.objectStore(name).getAll(); r.onsuccess = () => done(r.result); });
    Promise.all([all('relationships'), all('moments'), all('memories'), all('messages')]).then(([relationships, moments, memories, messages]) => {
      db.close();
      resolve({ revision: relationships[0].revision, moments: moments.length, memories: memories.length, statuses: messages.map((m) => m.role + ':' + (m.status ?? 'sent')) });
    });
  };
})`;

test('a full disk while a turn is saved: a clear message, and no half-written turn', async ({ page }) => {
  // The disk "fills up" when the turn's new state is written, after the user's message and the streaming reply were stored.
  await page.addInitScript(`(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.fullDisk && this.name === 'relationships') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  })()`);
  await onboard(page, { name: 'Ravi', age: '35' });
  await loadModel(page);
  await say(page, 'hi there');
  const before = (await page.evaluate(STORED)) as { revision: number; moments: number; memories: number };

  await page.evaluate('window.fullDisk = true');
  await page.getByTestId('composer-input').fill('my sister Mia is visiting this weekend, thank you for asking yesterday');
  await page.getByTestId('send').click();
  await expect(page.getByTestId('chat-notice')).toContainText('out of storage space');

  const after = (await page.evaluate(STORED)) as { revision: number; moments: number; memories: number; statuses: string[] };
  // Nothing of the turn's outcome landed: same state, no new moment or fact; the reply is kept, marked failed, and can be retried.
  expect(after.revision).toBe(before.revision);
  expect(after.moments).toBe(before.moments);
  expect(after.memories).toBe(before.memories);
  expect(after.statuses.slice(-2)).toEqual(['user:sent', 'assistant:failed']);

  await page.evaluate('window.fullDisk = false');
  await page.getByTestId('retry').last().click();
  await expect(page.locator('[data-testid="message"][data-role="assistant"]').last()).toHaveAttribute('data-status', 'complete', { timeout: 20_000 });
  const retried = (await page.evaluate(STORED)) as { revision: number; memories: number };
  expect(retried.revision).toBe(before.revision + 1);
  expect(retried.memories).toBe(before.memories + 1);
});

test('a tab of the release before record versions: opening this one tells it to reload, and its rows are read as they are', async ({ context }) => {
  // The release of 2026-12-07 (Dexie 2, IndexedDB 20) with one relationship-less settings row, held open as an old tab would.
  const older = await context.newPage();
  await older.goto('./favicon.svg');
  expect(
    await older.evaluate(`new Promise((resolve, reject) => {
      const request = indexedDB.open('companion', 20);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('personas', { keyPath: 'id' });
        db.createObjectStore('relationships', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        const messages = db.createObjectStore('messages', { keyPath: 'id', autoIncrement: true });
        messages.createIndex('[relationshipId+at]', ['relationshipId', 'at']);
        messages.createIndex('status', 'status');
        db.createObjectStore('moments', { keyPath: ['relationshipId', 'id'] }).createIndex('[relationshipId+at]', ['relationshipId', 'at']);
        const memories = db.createObjectStore('memories', { keyPath: 'id' });
        memories.createIndex('[relationshipId+at]', ['relationshipId', 'at']);
        memories.createIndex('words', 'words', { multiEntry: true });
        request.transaction.objectStore('settings').put({ key: 'app', schemaVersion: 1, modelId: null, theme: 'dark', persistentStorage: 'granted', aiNoticeAcknowledgedAt: null });
      };
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => { window.toldToReload = true; db.close(); };
        resolve(db.version);
      };
      request.onerror = () => reject(request.error);
    })`),
  ).toBe(20);
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByTestId('persona-option').first()).toBeVisible();
  expect(await older.evaluate('window.toldToReload === true')).toBe(true);
  // Its settings row (no recordVersion) is read as version 1.
  await page.locator('[data-testid="persona-option"][data-persona="ella"]').click();
  await page.getByTestId('name-input').fill('Jo');
  await page.getByTestId('age-input').fill('40');
  await page.getByTestId('begin').click();
  await expect(page.getByTestId('ai-notice')).toBeVisible();
  // Choosing a model writes the settings row (since persistence is asked after a real conversation, not at onboarding).
  await page.getByTestId('load-model').click();
  await expect(page.getByTestId('model-manager-toggle')).toHaveAttribute('data-model-state', 'ready', { timeout: 20_000 });
  const settings = await page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('companion');
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('settings').objectStore('settings').get('app');
      get.onsuccess = () => { db.close(); resolve(get.result); };
      get.onerror = () => reject(get.error);
    };
  })`);
  expect(settings).toMatchObject({ recordVersion: 2, key: 'app', theme: 'dark', persistentStorage: 'granted', speech: { speakReplies: false, voices: {}, listening: 'push-to-talk' } });
});
