import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/** Issue 16, item 3: without a usable GPU there is no dead end (desktop and phone sizes; screenshots kept as artefacts). */
test.use({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS.filter((arg) => arg !== '--enable-unsafe-webgpu') } });

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 860 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
const EXPORT = readFileSync(new URL('../fixtures/data/adult.export-v1.json', import.meta.url));

for (const size of SIZES) {
  test(`${size.name}: the first screen says what works and offers it; an imported conversation opens to read`, async ({ page }, info) => {
    await page.setViewportSize(size.viewport);
    await page.goto('./');
    await expect(page.getByTestId('no-webgpu')).toBeVisible();
    await expect(page.getByTestId('what-works')).toContainText('exporting');
    await expect(page.getByTestId('begin')).toHaveCount(0);
    const tools = page.getByTestId('no-gpu-data');
    await expect(tools.getByTestId('wipe')).toBeVisible();
    await page.screenshot({ path: info.outputPath('no-gpu.png') });
    await tools.getByTestId('import').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: EXPORT });
    await tools.getByTestId('import-replace').click();
    // The conversation opens to read and export; no model manager, no composer, and it says why.
    await expect(page.getByTestId('message').first()).toBeVisible();
    await expect(page.getByTestId('read-only')).toContainText('cannot run the model');
    await expect(page.getByTestId('model-manager')).toHaveCount(0);
    await expect(page.getByTestId('composer-input')).toHaveCount(0);
    await page.getByTestId('settings-toggle').click();
    await expect(page.getByTestId('export')).toBeVisible();
    await page.screenshot({ path: info.outputPath('no-gpu-reading.png') });
  });
}
