import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadModel, onboard, say } from './helpers.ts';

test('export everything, import it in another browser profile: the conversation comes back', async ({ page, browser }) => {
  await onboard(page, { name: 'Noor', age: '29' });
  await loadModel(page);
  await say(page, 'my sister is visiting this weekend, we are going hiking');
  await page.getByTestId('settings-toggle').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const file = await (await downloading).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'companion-export', version: 2 });

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await onboard(fresh, { persona: 'mara', name: 'Someone', age: '40' });
  await fresh.getByTestId('settings-toggle').click();
  await fresh.getByTestId('import').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // The app asks first, says what would be replaced, and offers an export of what is here.
  await expect(fresh.getByTestId('import-confirm')).toContainText('replaces everything stored here');
  await expect(fresh.getByTestId('import-export-first')).toBeVisible();
  await fresh.getByTestId('import-replace').click();
  await expect(fresh.getByTestId('message').first()).toContainText('my sister is visiting');
  await expect(fresh.getByTestId('import-progress')).toHaveCount(0);
  await expect(fresh.getByTestId('import-summary')).toHaveText(/^Imported 1 relationship, 2 messages, \d+ memor(y|ies) and \d+ moments?\.$/);
  await other.close();
});

test('a damaged import says what is wrong and changes nothing', async ({ page }) => {
  await onboard(page);
  await loadModel(page);
  await say(page, 'hello there');
  const count = await page.getByTestId('message').count();
  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"companion-export","version":1,"exportedAt":') });
  await expect(page.getByTestId('chat-notice')).toContainText('Nothing was changed');
  await expect(page.getByTestId('message')).toHaveCount(count);
});

test('two tabs on the same companion: every message kept, none duplicated', async ({ page, context }) => {
  await onboard(page, { name: 'Tess', age: '33' });
  await loadModel(page);
  const second = await context.newPage();
  await second.goto('./');
  await expect(second.getByTestId('ai-notice')).toBeVisible();
  await loadModel(second);
  await say(page, 'first tab says hi');
  await say(second, 'second tab says hi');
  await say(page, 'first tab again');
  await page.reload();
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toHaveCount(3);
  const users = await page.locator('[data-testid="message"][data-role="user"]').allTextContents();
  expect(users.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
    expect.stringContaining('first tab says hi'),
    expect.stringContaining('second tab says hi'),
    expect.stringContaining('first tab again'),
  ]);
});
