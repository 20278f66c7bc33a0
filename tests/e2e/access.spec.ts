import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 740 } });

test('first run and a message with the keyboard alone, on a phone-sized screen', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('persona-option').first().waitFor();
  // Tab into the persona radios, choose with Space, then the fields ("Make your own…" comes after "Start talking"), then Enter submits.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('name-input')).toBeFocused();
  await page.keyboard.type('Kim');
  await page.keyboard.press('Tab');
  await page.keyboard.type('34');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ai-notice')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('load-model').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('model-manager-toggle')).toHaveAttribute('data-model-state', 'ready', { timeout: 20_000 });
  await page.getByTestId('composer-input').focus();
  await page.keyboard.type('hi, how was your day?');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="message"][data-role="assistant"][data-status="complete"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByRole('textbox', { name: 'Your message' })).toBeVisible();
});
