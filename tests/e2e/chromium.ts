import { existsSync } from 'node:fs';

/**
 * Where the browser tests find Chromium: a system install, never a download
 * (`npx playwright install` cannot reach its servers here, and users already
 * have a browser). CHROMIUM_PATH overrides the search.
 */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env['CHROMIUM_PATH'];
  if (override) return existsSync(override) ? override : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Flags for a closed network and a root sandbox (see ../shared/WEBLLM-NOTES.md). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // SwiftShader WebGPU (no shader-f16): lets the tests exercise detection and the f32 fallback.
  '--enable-unsafe-webgpu',
];
