import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVersion, precacheFiles, renderServiceWorker } from './service-worker-build.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('precacheFiles', () => {
  it('keeps the page, hashed assets, worker scripts, reader weights and icons, sorted', () => {
    expect(precacheFiles(['index.html', 'assets/worker-abc.js', 'assets/messages-x1.rdr', 'manifest.webmanifest', 'icons/icon-192.png', 'assets/main-1.css'])).toEqual([
      'assets/main-1.css',
      'assets/messages-x1.rdr',
      'assets/worker-abc.js',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
    ]);
  });
  it('leaves out the service worker itself, source maps and dotfiles', () => {
    expect(precacheFiles(['sw.js', 'assets/main-1.js.map', '.nojekyll', '.well-known/x', 'index.html'])).toEqual(['index.html']);
  });
});

describe('buildVersion', () => {
  const page = { path: 'index.html', bytes: bytes('<html>') };
  const files = [page, { path: 'assets/a.js', bytes: bytes('a') }];
  it('is the same for the same files in any order', () => {
    expect(buildVersion(files)).toBe(buildVersion([...files].reverse()));
  });
  it('changes when a file changes, is renamed, or is added', () => {
    const base = buildVersion(files);
    expect(buildVersion([page, { path: 'assets/a.js', bytes: bytes('b') }])).not.toBe(base);
    expect(buildVersion([page, { path: 'assets/b.js', bytes: bytes('a') }])).not.toBe(base);
    expect(buildVersion([...files, { path: 'x.png', bytes: bytes('') }])).not.toBe(base);
  });
});

describe('renderServiceWorker', () => {
  const template = readFileSync('src/adapters/offline/service-worker.js', 'utf8');
  it('fills the real template with the version and files, as valid script', () => {
    const source = renderServiceWorker(template, 'v123', ['index.html', "assets/it's.js"]);
    expect(source).toContain('const VERSION = "v123"');
    expect(source).not.toContain('__COMPANION_');
    // It parses (a syntax error would throw here), and the file list reads back exactly.
    expect(() => new Function(source)).not.toThrow();
    const match = /const FILES = JSON\.parse\((.+)\);/.exec(source);
    expect(JSON.parse(JSON.parse(match?.[1] ?? '""') as string)).toEqual(['index.html', "assets/it's.js"]);
  });
  it('refuses a template that has lost its slots', () => {
    expect(() => renderServiceWorker('const VERSION = 1;', 'v', [])).toThrow(/slot/);
  });
  it('never names another origin in the worker', () => {
    expect(template).not.toMatch(/https?:\/\//);
  });
});
