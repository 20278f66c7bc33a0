import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/e2e/chromium.ts';

/**
 * Makes sure a system Chromium exists before the browser tests run. On Debian
 * as root (CI, a fresh machine) it installs the `chromium` package; elsewhere it
 * says what to install instead of failing obscurely inside Playwright.
 */
function main(): void {
  const found = findChromium();
  if (found) {
    console.log(`browser tests use ${found}`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && hasCommand('apt-get')) {
    console.log('no Chromium found: installing Debian package "chromium" (apt-get)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    }
    const installed = findChromium();
    if (installed) {
      console.log(`browser tests use ${installed}`);
      return;
    }
  }
  console.error(
    'No Chromium found for the browser tests. Install Chromium or Chrome (Debian: `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to its binary.',
  );
  process.exitCode = 1;
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

main();
