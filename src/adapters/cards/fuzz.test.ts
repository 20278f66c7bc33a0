import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardError } from './errors.ts';
import { importCard } from './import.ts';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'tests/fixtures/cards');
const files = readdirSync(FIXTURES).filter((name) => /\.(json|png|charx)$/.test(name));
const originals = files.map((name) => new Uint8Array(readFileSync(join(FIXTURES, name))));

/** Import, and say how it ended: a persona, or a CardError; anything else fails the property. */
async function outcome(bytes: Uint8Array): Promise<'imported' | 'refused'> {
  try {
    await importCard(bytes);
    return 'imported';
  } catch (error) {
    if (error instanceof CardError) return 'refused';
    throw error;
  }
}

describe('damaged cards end in a persona or a CardError, never anything else', () => {
  it('flipped bytes and cut files of every fixture', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: originals.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (which, flips, cut) => {
          const original = originals[which] ?? new Uint8Array();
          const bytes = original.slice(0, cut === undefined ? original.length : Math.max(1, cut % (original.length + 1)));
          for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
          expect(['imported', 'refused']).toContain(await outcome(bytes));
        },
      ),
      { numRuns: 400, seed: 13 },
    );
  });

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(['imported', 'refused']).toContain(await outcome(bytes));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
