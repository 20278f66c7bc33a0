/**
 * Browser figures for `npm run bench`: the initial JavaScript a visitor
 * downloads (everything but the worker and web-llm, which load on demand) and
 * the time until the app is usable in headless Chromium, on the built app with
 * the test engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';

const OUT_DIR = 'dist-e2e';

/** Gzipped size of the entry script and everything it preloads, from the built index.html. */
export function initialJsGzipKb(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) if (match[1]) files.add(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) if (match[1]) files.add(match[1]);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(outDir, file.replace(/^\.\//, '')))).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchApp(): Promise<Record<string, number | string>> {
  // Always build: a stale dist-e2e would measure old code.
  await build({ mode: 'e2e', logLevel: 'error', build: { outDir: OUT_DIR } });
  const figures: Record<string, number | string> = { initial_js_gzip_kb: initialJsGzipKb(OUT_DIR) };
  const executablePath = findChromium();
  if (!executablePath) return { ...figures, time_to_chat_ms: 'no chromium' };
  const server = await preview({ preview: { port: 4174, strictPort: false, host: '127.0.0.1' }, build: { outDir: OUT_DIR }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4174/';
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const firstRun: number[] = [];
    const toChat: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.getByTestId('begin').waitFor();
      firstRun.push(performance.now() - started);
      await page.locator('[data-testid="persona-option"]').first().click();
      await page.getByTestId('name-input').fill('Bench');
      await page.getByTestId('age-input').fill('30');
      await page.getByTestId('begin').click();
      await page.getByTestId('composer-input').waitFor();
      // A returning visit: from navigation to the conversation on screen.
      const again = performance.now();
      await page.reload();
      await page.getByTestId('composer-input').waitFor();
      toChat.push(performance.now() - again);
      await context.close();
    }
    figures['time_to_first_run_form_ms'] = Math.round(median(firstRun));
    figures['time_to_chat_ms'] = Math.round(median(toChat));
    // Storage in a real browser's IndexedDB (bench.html, e2e build only).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('bench.html', url).href);
    await page.locator('body[data-ready="true"]').waitFor();
    const storage = await page.evaluate(() => (window as unknown as { runStorageBench: () => Promise<Record<string, number>> }).runStorageBench());
    Object.assign(figures, storage);
    await context.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return figures;
}
