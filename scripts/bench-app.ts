/**
 * Browser figures for `npm run bench`: the initial JavaScript a visitor
 * downloads (everything but the worker and web-llm, which load on demand) and
 * the time until the app is usable in headless Chromium, on the built app with
 * the test engine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { preview } from 'vite';
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

const HISTORY = 5_000;

/**
 * Streaming with a 5,000-message history: the app opens on it (paged, so only
 * the latest page is in the DOM) and streams a reply from the test engine; we
 * record every animation frame while tokens arrive. Smooth means frames stay
 * near 16 ms; the figure is their 95th percentile.
 */
async function streamingWithLongHistory(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator('[data-testid="persona-option"]').first().click();
    await page.getByTestId('name-input').fill('Bench');
    await page.getByTestId('age-input').fill('30');
    await page.getByTestId('begin').click();
    await page.getByTestId('composer-input').waitFor();
    await page.goto(new URL('bench.html', url).href);
    await page.locator('body[data-ready="true"]').waitFor();
    const seeded = await page.evaluate((count) => (window as unknown as { seedHistory: (n: number) => Promise<number> }).seedHistory(count), HISTORY);
    const opened = performance.now();
    await page.goto(url);
    await page.getByTestId('composer-input').waitFor();
    await page.getByTestId('message').first().waitFor();
    const timeToChat = performance.now() - opened;
    await page.getByTestId('load-model').click();
    await page.locator('[data-testid="model-manager-toggle"][data-model-state="ready"]').waitFor({ timeout: 30_000 });
    // A string, not a function: tsx would wrap a named closure in a helper the page does not have.
    await page.evaluate(`(() => {
      const frames = [];
      window.benchFrames = frames;
      let last = performance.now();
      const tick = (now) => { frames.push(now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.getByTestId('composer-input').fill('how was your day? tell me everything, the long version');
    await page.getByTestId('send').click();
    await page.getByTestId('stop').waitFor();
    await page.getByTestId('stop').waitFor({ state: 'detached', timeout: 60_000 });
    const frames = await page.evaluate(() => (window as unknown as { benchFrames: number[] }).benchFrames.slice(1));
    const sorted = [...frames].sort((a, b) => a - b);
    const rendered = await page.getByTestId('message').count();
    return {
      history_messages: seeded,
      time_to_chat_5k_history_ms: Math.round(timeToChat),
      messages_in_dom_5k_history: rendered,
      stream_frame_p50_ms: Math.round((sorted[Math.floor(sorted.length * 0.5)] ?? 0) * 10) / 10,
      stream_frame_p95_ms: Math.round((sorted[Math.floor(sorted.length * 0.95)] ?? 0) * 10) / 10,
      stream_frames: frames.length,
    };
  } finally {
    await context.close();
  }
}

export async function benchApp(): Promise<Record<string, number | string>> {
  // Always build: a stale dist-e2e would measure old code. In a child process: Vite's worker
  // bundling overflows the stack when run in this process after the Node benches' regex load.
  execFileSync(process.execPath, [join(process.cwd(), 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'e2e', '--outDir', OUT_DIR, '--logLevel', 'error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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
    Object.assign(figures, await streamingWithLongHistory(browser, url));
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
