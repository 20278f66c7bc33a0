import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

// Chromium here without --enable-unsafe-webgpu: navigator.gpu exists but offers no adapter.
test.use({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS.filter((arg) => arg !== '--enable-unsafe-webgpu') } });

test('without a WebGPU adapter the first screen says so, before any set-up', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('no-webgpu')).toBeVisible();
  await expect(page.getByTestId('no-webgpu')).toContainText(/browser|driver/);
});

test('without navigator.gpu at all the page names the browsers that work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined, configurable: true });
  });
  await page.goto('./');
  await expect(page.getByTestId('no-webgpu')).toContainText('Chrome or Edge 113+');
});
