import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { initialJsGzipKb } from '../../scripts/bench-app.ts';
import { lastReply, loadModel, onboard, say } from './helpers.ts';

/** Wait until this version of the app is kept by the service worker and controls the page. */
async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const SERVICE_WORKER = 'dist-e2e/sw.js';

/**
 * Publish "the next release" while `body` runs: the served sw.js gets a new
 * version, as a new build's would (the preview server reads files as they are
 * on disk; the browser fetches sw.js itself, outside Playwright's routing).
 * The file is put back afterwards, whatever happens.
 */
async function withNextRelease(body: () => Promise<void>): Promise<void> {
  const original = readFileSync(SERVICE_WORKER, 'utf8');
  writeFileSync(SERVICE_WORKER, original.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
  try {
    await body();
  } finally {
    writeFileSync(SERVICE_WORKER, original);
  }
}

/** What a browser does on a visit or an hourly check: look for a new sw.js. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

/** Every request the pages and the service worker make, by URL. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('the manifest is linked, valid and installable-shaped, with relative start URL and scope', async ({ page, baseURL }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const cdp = await page.context().newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data: string };
  expect(manifest.url).toBe(new URL('manifest.webmanifest', baseURL).href);
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(data).toMatchObject({ name: 'Companion', short_name: 'Companion', start_url: './', scope: './', display: 'standalone' });
  expect(data['theme_color']).toMatch(/^#/);
  expect(data['background_color']).toMatch(/^#/);
  for (const wanted of [
    { sizes: '192x192', purpose: 'any' },
    { sizes: '512x512', purpose: 'any' },
    { sizes: '512x512', purpose: 'maskable' },
  ]) {
    const icon = data.icons.find((candidate) => candidate.sizes === wanted.sizes && candidate.purpose === wanted.purpose);
    expect(icon, `${wanted.sizes} ${wanted.purpose}`).toBeDefined();
    const response = await page.request.get(new URL(icon?.src ?? '', manifest.url).href);
    expect(response.ok()).toBe(true);
    const bytes = await response.body();
    // A PNG whose header says the size the manifest claims.
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(wanted.sizes);
  }
  await waitForOffline(page);
  const installability = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's contexts are incognito, where Chromium never installs; nothing else may stand in the way.
  expect(installability.installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('the service worker installs; reloaded with the network off, the app opens and chats with the test engine', async ({ page, context }) => {
  await onboard(page);
  await waitForOffline(page);
  await expect(page.getByTestId('settings-toggle')).toBeVisible();
  await page.getByTestId('settings-toggle').click();
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('ai-notice')).toBeVisible();
  await loadModel(page);
  await say(page, 'hey, are you there even without the internet?');
  await expect(lastReply(page)).toHaveAttribute('data-status', 'complete');
  await context.setOffline(false);
});

test('nothing is asked of another origin before a model is chosen, service worker included', async ({ page, context }) => {
  const urls = recordRequests(context);
  const workerRequests: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.push(request.url());
  });
  await onboard(page);
  await waitForOffline(page);
  await page.getByTestId('settings-toggle').click();
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready');
  const origin = new URL(page.url()).origin;
  expect(workerRequests.length, 'the service worker downloaded the app').toBeGreaterThan(5);
  expect(urls.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
});

test('a new version is found, said, and used only after Reload', async ({ page }) => {
  await onboard(page);
  await waitForOffline(page);
  const versions = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('companion-app-')).sort());
  await expect.poll(versions).toHaveLength(1);
  await withNextRelease(async () => {
    await checkForUpdate(page);
    await expect(page.getByTestId('update-ready')).toBeVisible();
    // Downloaded whole and waiting; the page keeps running the version it opened with.
    await expect.poll(versions).toHaveLength(2);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await checkForUpdate(page);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    const reloaded = page.waitForEvent('load');
    await page.getByTestId('update-reload').click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker ?? null)).toBeNull();
    await expect(page.getByTestId('ai-notice')).toBeVisible();
    await expect(page.getByTestId('update-ready')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await page.evaluate(async () => (await caches.keys()).some((name) => name.endsWith('-next')))).toBe(true);
  });
});

test('Reload pressed while she writes waits for the reply to finish', async ({ page }) => {
  await onboard(page, { query: '?tokenMs=150' });
  await waitForOffline(page);
  await loadModel(page);
  await withNextRelease(async () => {
    await checkForUpdate(page);
    await expect(page.getByTestId('update-ready')).toBeVisible();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByTestId('composer-input').fill('tell me about your day, slowly');
    await page.getByTestId('send').click();
    await expect(page.getByTestId('stop')).toBeVisible();
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.getByTestId('update-reload').click();
    await expect(page.getByTestId('update-ready')).toContainText('as soon as her reply is finished');
    // Still the same page while she writes…
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await expect(page.getByTestId('stop')).toBeVisible();
    // …then the new version loads, and her reply was kept whole.
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker ?? null)).toBeNull();
    await expect(lastReply(page)).toHaveAttribute('data-status', 'complete');
  });
});

test('initial JavaScript stays within 200 KB gzipped', () => {
  expect(initialJsGzipKb('dist-e2e')).toBeLessThanOrEqual(200);
});

test("installing is offered in the app's own menu only when the browser allows it, and never as a banner", async ({ page }) => {
  await onboard(page);
  await page.getByTestId('settings-toggle').click();
  await expect(page.getByTestId('device-settings')).toBeVisible();
  await expect(page.getByTestId('install')).toHaveCount(0);
  // Chromium's install prompt, as the browser fires it when the app is installable.
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    const record = { prompted: 0 };
    Object.assign(window, { installRecord: record });
    Object.assign(event, { prompt: async () => void (record.prompted += 1), userChoice: Promise.resolve({ outcome: 'accepted' }) });
    dispatchEvent(event);
    Object.assign(record, { prevented: event.defaultPrevented });
  });
  // The browser's own mini-infobar is held back; the app shows one quiet button in Settings.
  expect(await page.evaluate(() => (window as unknown as { installRecord: { prevented: boolean; prompted: number } }).installRecord)).toEqual({ prevented: true, prompted: 0 });
  await page.getByTestId('install').click();
  expect(await page.evaluate(() => (window as unknown as { installRecord: { prompted: number } }).installRecord.prompted)).toBe(1);
  await expect(page.getByTestId('install')).toHaveCount(0);
  await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
  await expect(page.getByTestId('installed')).toBeVisible();
});

test('offline, a model that is not on this device is named as what is missing', async ({ page, context }) => {
  await page.goto('./?engine=webllm');
  await waitForOffline(page);
  await onboard(page, { query: '?engine=webllm' });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('ai-notice')).toBeVisible();
  await expect(page.getByTestId('offline-model')).toContainText('not on this device');
  await context.setOffline(false);
});
