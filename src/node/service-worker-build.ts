import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes the service worker (src/adapters/offline/service-worker.js) into a
 * build as `sw.js`, with the version and the list of files to keep offline.
 * The list is every file the build wrote (the page, hashed scripts and
 * styles, the model worker, the reader weights, the manifest and icons),
 * read from the output folder after Vite has written it, so public files and
 * lazily loaded assets are included without a list to keep up to date.
 */

export const SERVICE_WORKER_FILE = 'sw.js';
const TEMPLATE = 'src/adapters/offline/service-worker.js';

/** The files a version keeps offline: everything built, except the worker itself, source maps and dotfiles. */
export function precacheFiles(paths: readonly string[]): string[] {
  return paths
    .filter((path) => path !== SERVICE_WORKER_FILE && !path.endsWith('.map') && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** A version name that changes when any file's name or bytes change, and only then. */
export function buildVersion(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(createHash('sha256').update(file.bytes).digest('hex')).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The worker's source with its version and file list filled in. */
export function renderServiceWorker(template: string, version: string, files: readonly string[]): string {
  const versionSlot = "'__COMPANION_VERSION__'";
  const filesSlot = "'__COMPANION_FILES__'";
  if (!template.includes(versionSlot) || !template.includes(filesSlot)) throw new Error(`${TEMPLATE} has lost its version or file slot`);
  return template.replace(versionSlot, JSON.stringify(version)).replace(filesSlot, JSON.stringify(JSON.stringify(files)));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The Vite plugin: after a build is written, add sw.js to it. */
export function serviceWorker(): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'companion-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const paths = precacheFiles(listFiles(outDir).map((path) => relative(outDir, path).split(sep).join('/')));
      const version = buildVersion(paths.map((path) => ({ path, bytes: readFileSync(join(outDir, path)) })));
      const template = readFileSync(resolve(root, TEMPLATE), 'utf8');
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), renderServiceWorker(template, version, paths));
    },
  };
}
