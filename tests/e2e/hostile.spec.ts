import { expect, test } from '@playwright/test';
import { lastReply, loadModel, onboard, say } from './helpers.ts';

test('hostile markup in messages is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await onboard(page, { name: '<img src=x onerror=alert(1)>' });
  await loadModel(page);
  const payloads = ['<script>alert("x")</script>', '<img src=x onerror="alert(2)">', '<a href="javascript:alert(3)">click</a>', '<svg onload=alert(4)>'];
  for (const payload of payloads) await say(page, payload);
  for (const payload of payloads) await expect(page.getByText(payload, { exact: true })).toBeVisible();
  expect(await page.locator('[data-testid="messages"] script, [data-testid="messages"] img, [data-testid="messages"] svg, [data-testid="messages"] a[href^="javascript"]').count()).toBe(0);
  await expect(lastReply(page)).toBeVisible();
  expect(dialogs).toEqual([]);
});
