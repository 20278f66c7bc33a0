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
