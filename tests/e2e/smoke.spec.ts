import { expect, test } from '@playwright/test';

test('the built page loads and renders without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Companion' })).toBeVisible();
  await expect(page.getByTestId('persona-option').first()).toBeVisible();
  expect(errors).toEqual([]);
});
