import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../src/node/scenarios.ts';

/** Our own scenarios, and the public ones when the shared folder sits beside the repo (as in CI). */
const folders = [resolve('tests/scenarios'), resolve('../shared/scenarios')].filter((folder) => existsSync(folder));
const files = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => join(folder, name)));

describe('scenarios', () => {
  it('finds our own scenarios', () => {
    expect(files.filter((file) => file.includes('tests/scenarios')).length).toBeGreaterThanOrEqual(30);
  });

  it.each(files.map((file) => [file.split('/').slice(-2).join('/'), file]))('%s', (_name, file) => {
    const report = runScenarioFile(file);
    const failures = [
      ...report.turns.flatMap((turn) => turn.failures.map((failure) => `turn ${turn.index} (${turn.at}) "${turn.user.slice(0, 50)}": ${failure}`)),
      ...report.final.failures,
    ];
    expect(failures).toEqual([]);
  });
});

/**
 * Conversations from independent writers that the layer still gets partly wrong (README "Scenarios").
 * They are kept, not hidden: the count of unmet expectations may only go down.
 */
const GAPS_FOLDER = resolve('tests/scenario-gaps');
const GAP_CEILING = 30;
describe('known gaps', () => {
  it(`unmet expectations in tests/scenario-gaps stay at or under ${GAP_CEILING}`, () => {
    const gapFiles = readdirSync(GAPS_FOLDER).filter((name) => name.endsWith('.json'));
    const unmet = gapFiles.flatMap((name) => {
      const report = runScenarioFile(join(GAPS_FOLDER, name));
      return [...report.turns.flatMap((turn) => turn.failures.map((failure) => `${name} turn ${turn.index}: ${failure}`)), ...report.final.failures.map((failure) => `${name}: ${failure}`)];
    });
    expect(unmet.length, unmet.join('\n')).toBeLessThanOrEqual(GAP_CEILING);
  });
});

