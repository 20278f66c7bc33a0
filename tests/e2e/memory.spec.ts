import { expect, test, type Page } from '@playwright/test';
import { loadModel, onboard, say } from './helpers.ts';

/** Read every row of every store of the app's IndexedDB, as raw JSON text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      rows.push(...all);
    }
    db.close();
    return JSON.stringify(rows);
  });
}

test('the memory view lists what she remembers; deleting and "forget what I told you about" are real', async ({ page }) => {
  await onboard(page, { name: 'Priya', age: '31' });
  await loadModel(page);
  await say(page, 'my name is Priya and i work as a nurse');
  await say(page, 'my sister Mia is visiting this weekend, i am going to take her hiking');
  await page.getByTestId('memory-toggle').click();
  await expect(page.getByTestId('memory-item').filter({ hasText: 'nurse' }).first()).toBeVisible();
  await expect(page.getByTestId('memory-item').filter({ hasText: 'sister' }).first()).toBeVisible();

  // Delete one item by hand.
  const nurse = page.getByTestId('memory-item').filter({ hasText: 'nurse' });
  const before = await nurse.count();
  await nurse.first().getByTestId('memory-delete').click();
  await expect(nurse).toHaveCount(before - 1);

  // Forget a topic from the chat, then prove it is gone from IndexedDB itself.
  expect(await everythingStored(page)).toMatch(/sister/i);
  await page.getByTestId('composer-input').fill('please forget what I told you about my sister');
  await page.getByTestId('send').click();
  await expect(page.getByTestId('chat-notice')).toContainText('Forgotten "my sister"');
  await expect(page.getByTestId('memory-item').filter({ hasText: 'sister' })).toHaveCount(0);
  expect(await everythingStored(page)).not.toMatch(/sister/i);
});
