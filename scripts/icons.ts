/**
 * Draws the app's icons (public/icons/*.png) from public/favicon.svg in the
 * system Chromium: the plain icon at the sizes browsers ask for, a maskable
 * one (a full-bleed square, the face inside the central safe circle) and
 * Apple's home-screen icon (opaque, square). Run `npx tsx scripts/icons.ts`
 * after changing the favicon; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const BACKGROUND = '#6d5dfc';

/** [file, size, padding as a share of the size, opaque background] */
const ICONS: readonly [string, number, number, boolean][] = [
  ['icon-192.png', 192, 0, false],
  ['icon-512.png', 512, 0, false],
  // Maskable: the platform may cut to a circle of 80% of the size; the face stays inside it.
  ['maskable-512.png', 512, 0.16, true],
  ['apple-touch-icon.png', 180, 0.1, true],
];

const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  for (const [file, size, padding, opaque] of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const inset = Math.round(size * padding);
    await page.setContent(
      `<body style="margin:0;background:${opaque ? BACKGROUND : 'transparent'}"><div style="width:${size - 2 * inset}px;height:${size - 2 * inset}px;margin:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: !opaque, clip: { x: 0, y: 0, width: size, height: size } }));
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
