import { expect, test } from '@playwright/test';

test.describe('with SwiftShader WebGPU (no shader-f16)', () => {
  test('only f32 models are offered, and the page explains why', async ({ page }) => {
    await page.goto('./');
    await page.locator('[data-testid="persona-option"][data-persona="mara"]').click();
    await page.getByTestId('name-input').fill('Grace');
    await page.getByTestId('age-input').fill('66');
    await page.getByTestId('begin').click();
    await expect(page.getByTestId('no-f16')).toBeVisible();
    await expect(page.getByTestId('model-select')).toBeVisible();
    const options = await page.getByTestId('model-select').locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toContain('q4f32');
  });

  test('a model download with no network fails with a clear message and the page stays usable', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('internetdisconnected')));
    await page.goto('./?engine=webllm');
    await page.locator('[data-testid="persona-option"][data-persona="theo"]').click();
    await page.getByTestId('name-input').fill('Ingrid');
    await page.getByTestId('age-input').fill('40');
    await page.getByTestId('begin').click();
    await page.getByTestId('load-model').click();
    await expect(page.getByTestId('model-error')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('model-error')).toContainText(/network|connection|download/i);
    await expect(page.getByTestId('load-model')).toBeVisible();
  });
});
