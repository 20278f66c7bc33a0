import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadModel, onboard, say } from './helpers.ts';

/**
 * Issue 15 in a real browser: stored rows with impossible dates, a
 * relationship this version cannot read, imports that would poison the app,
 * forgetting that holds against a turn in another tab, and no stale Retry
 * after two tabs answer at once.
 */

/** Change the stored rows of one table with raw IndexedDB (what an older build, a bug or an editor could leave). */
async function editRows(page: Page, table: string, change: string): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('companion');
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('${table}', 'readwrite');
      const store = tx.objectStore('${table}');
      const all = store.getAll();
      all.onsuccess = () => { for (const row of all.result) { const next = (${change})(row); if (next) store.put(next); } };
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  })`);
}

/** Everything stored, as one string. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('companion');
    request.onsuccess = () => {
      const db = request.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const out = {};
      for (const name of names) { const all = tx.objectStore(name).getAll(); all.onsuccess = () => { out[name] = all.result; }; }
      tx.oncomplete = () => { db.close(); resolve(JSON.stringify(out)); };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  })`);
}

test('a stored message with a date past the JavaScript range: the page opens and shows it as unreadable, kept', async ({ page }) => {
  await onboard(page);
  await loadModel(page);
  await say(page, 'hello there');
  await editRows(page, 'messages', `(row) => row.role === 'user' ? { ...row, at: 8.64e15 + 1 } : null`);
  await page.reload();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'chat');
  await expect(page.locator('[data-testid="message"][data-status="unreadable"]')).toContainText('could not be read');
  await expect(page.locator('[data-testid="message"][data-role="assistant"]')).toHaveCount(1);
  expect(await storedText(page)).toContain('hello there');
});

test('an import with an impossible date or a minor made adult is refused, named, and changes nothing; a good one asks first', async ({ page }) => {
  await onboard(page, { name: 'Noor', age: '29' });
  await loadModel(page);
  await say(page, 'my sister is visiting this weekend');
  await page.getByTestId('settings-toggle').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  const doc = JSON.parse(text) as { messages: { at: number }[]; relationships: { state: { user: { age?: number; minor: boolean } } }[] };

  const badDate = structuredClone(doc);
  if (badDate.messages[0]) badDate.messages[0].at = 8.64e15 + 1;
  await page.getByTestId('import').setInputFiles({ name: 'bad-date.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badDate)) });
  await expect(page.getByTestId('chat-notice')).toContainText(/damaged at messages\.0 .*Nothing was changed/);
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);

  const minor = structuredClone(doc);
  if (minor.relationships[0]) minor.relationships[0].state.user = { ...minor.relationships[0].state.user, age: 15, minor: false };
  await page.getByTestId('import').setInputFiles({ name: 'minor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(minor)) });
  await expect(page.getByTestId('chat-notice')).toContainText('an age of 15 means a minor');
  await expect(page.getByTestId('message')).toHaveCount(2);

  // A good file: the app says what it would replace and offers an export first; Cancel keeps everything.
  await page.getByTestId('import').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-confirm')).toContainText('1 relationship, 2 messages');
  await expect(page.getByTestId('import-confirm')).toContainText('would be deleted');
  const again = page.waitForEvent('download');
  await page.getByTestId('import-export-first').click();
  expect(JSON.parse(readFileSync(await (await again).path(), 'utf8'))).toMatchObject({ format: 'companion-export', version: 2 });
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await expect(page.getByTestId('message')).toHaveCount(2);
});

test('a relationship this version cannot read: the fatal screen offers export, start over and delete', async ({ page }) => {
  await onboard(page);
  await loadModel(page);
  await say(page, 'hello there');
  await editRows(page, 'relationships', `(row) => ({ ...row, state: { ...row.state, stage: 'soulmate' } })`);
  await page.reload();
  const fatal = page.getByTestId('fatal');
  await expect(fatal).toContainText('stage');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('fatal-export').click();
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as { unreadable: { table: string }[]; messages: unknown[] };
  expect(exported.unreadable.map((row) => row.table)).toEqual(['relationships']);
  expect(exported.messages).toHaveLength(2);
  await expect(page.getByTestId('fatal-wipe')).toBeVisible();
  await page.getByTestId('fatal-reset').click();
  await page.getByTestId('fatal-reset').click();
  await expect(page.getByTestId('persona-option').first()).toBeVisible();
  expect(await storedText(page)).not.toContain('hello there');
});

test('forgetting a word that is also a stage ("the stranger") works and says so', async ({ page }) => {
  await onboard(page);
  await loadModel(page);
  await say(page, 'a stranger on the bus talked to me for an hour');
  await page.getByTestId('composer-input').fill('forget what I told you about the stranger');
  await page.getByTestId('send').click();
  await expect(page.getByTestId('chat-notice')).toContainText('Forgotten "the stranger"');
  await expect(page.getByTestId('elapsed')).toContainText('stranger');
  expect(await storedText(page)).not.toContain('on the bus');
});

test('a forget in one tab while the other tab is answering: the topic is gone everywhere, in both tabs', async ({ page, context }) => {
  await onboard(page, { name: 'Ada', age: '34' });
  await loadModel(page);
  const slow = await context.newPage();
  await slow.goto('./?tokenMs=250');
  await loadModel(slow);
  await slow.getByTestId('composer-input').fill('i work as a nurse at the city hospital');
  await slow.getByTestId('send').click();
  await expect(slow.getByTestId('stop')).toBeVisible();
  await page.getByTestId('composer-input').fill('forget what I told you about the hospital');
  await page.getByTestId('send').click();
  await expect(page.getByTestId('chat-notice')).toContainText('Forgotten "the hospital"');
  await expect(slow.getByTestId('stop')).toHaveCount(0, { timeout: 30_000 });
  await expect(slow.locator('[data-testid="message"][data-role="assistant"]').last()).not.toHaveAttribute('data-status', 'failed');
  expect(await storedText(slow)).not.toMatch(/hospital/i);
  await slow.reload();
  await expect(slow.locator('[data-testid="message"][data-role="user"]')).toHaveText([/forgotten at your request/]);
  await expect(slow.getByTestId('retry')).toHaveCount(0);
});

test('two tabs answering at once: no stale failed reply is left to retry, nothing answered twice', async ({ page, context }) => {
  await onboard(page, { name: 'Tess', age: '33' });
  await loadModel(page);
  const slow = await context.newPage();
  await slow.goto('./?tokenMs=200');
  await loadModel(slow);
  await slow.getByTestId('composer-input').fill('the slow tab says hi');
  await slow.getByTestId('send').click();
  await expect(slow.getByTestId('stop')).toBeVisible();
  await say(page, 'the fast tab says hi');
  await expect(slow.getByTestId('stop')).toHaveCount(0, { timeout: 30_000 });
  for (const tab of [page, slow]) {
    await tab.reload();
    await expect(tab.locator('[data-testid="message"][data-role="user"]')).toHaveCount(2);
    await expect(tab.locator('[data-testid="message"][data-role="assistant"]')).toHaveCount(2);
    await expect(tab.getByTestId('retry')).toHaveCount(0);
  }
});

const FIXTURES = new URL('../fixtures/data/', import.meta.url);
const fixtureText = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

test('the raw IndexedDB rows written by the build of 2026-12-07 open in this build: every message, nothing unreadable', async ({ page }) => {
  await page.goto('./favicon.svg');
  const raw = fixtureText('adult.idb-rows-v1.json');
  // The database exactly as that build left it (Dexie 2 is IndexedDB 20), rows and all.
  expect(
    await page.evaluate(`new Promise((resolve, reject) => {
      const tables = ${raw};
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
        for (const name of ['settings', 'personas', 'relationships', 'messages', 'moments', 'memories']) {
          for (const row of tables[name]) request.transaction.objectStore(name).put(row);
        }
      };
      request.onsuccess = () => { const version = request.result.version; request.result.close(); resolve(version); };
      request.onerror = () => reject(request.error);
    })`),
  ).toBe(20);
  const rows = JSON.parse(raw) as { messages: { role: string }[] };
  await page.goto('./');
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'chat');
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toHaveCount(rows.messages.filter((row) => row.role === 'user').length);
  await expect(page.locator('[data-testid="message"][data-role="assistant"]')).toHaveCount(rows.messages.filter((row) => row.role === 'assistant').length);
  await expect(page.locator('[data-testid="message"][data-status="unreadable"]')).toHaveCount(0);
  await expect(page.getByTestId('elapsed')).toContainText('acquaintance');
  await expect(page.locator('[data-testid="message"]').filter({ hasText: 'forgotten at your request' }).first()).toBeVisible();
});

test('the export written by the build of 2026-12-07 (format 1) imports in this build after the app asks', async ({ page }) => {
  await onboard(page, { persona: 'theo', name: 'Someone', age: '40' });
  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('import').setInputFiles({ name: 'adult.export-v1.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText('adult.export-v1.json')) });
  await expect(page.getByTestId('import-confirm')).toContainText('1 relationship, 36 messages, 2 memories and 14 moments');
  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('import-summary')).toHaveText('Imported 1 relationship, 36 messages, 2 memories and 14 moments.');
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toHaveCount(18);
  await page.getByTestId('memory-toggle').click();
  await expect(page.locator('[data-testid="memory-item"][data-source="fact"]')).toHaveCount(2);
});
