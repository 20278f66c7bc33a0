import { expect, test } from '@playwright/test';
import { onboard } from './helpers.ts';

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
  expect(indexes).toEqual({ version: 20, memories: ['[relationshipId+at]', 'words'] });
});

test('another tab upgrading the database: this page stops writing and offers a reload', async ({ page, context }) => {
  await onboard(page, { name: 'Ines', age: '31' });
  const newer = await context.newPage();
  await newer.goto('./favicon.svg');
  // A newer release opening a later version (IndexedDB 30 is Dexie 3).
  expect(
    await newer.evaluate(`new Promise((resolve, reject) => {
      const request = indexedDB.open('companion', 30);
      request.onsuccess = () => { const version = request.result.version; request.result.close(); resolve(version); };
      request.onerror = () => reject(request.error);
    })`),
  ).toBe(30);
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('data-kind', 'version');
  await expect(notice).toContainText('Another tab updated the app');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
});
