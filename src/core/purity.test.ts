import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The pure core: no DOM, storage, model or UI, and no clock of its own. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('src/core is pure', () => {
  const files = sources('src/core');
  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
    for (const source of imports) {
      expect(source.startsWith('.') || source === 'zod', `${file} imports ${source}`).toBe(true);
    }
    expect(text).not.toMatch(/\b(?:window|document|localStorage|indexedDB|navigator)\./);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/);
  });
});
