import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function dataCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ADULT = 'tests/fixtures/data/adult.export-v1.json';
const MINOR = 'tests/fixtures/data/minor.export-v1.json';

describe('npm run data -- check', () => {
  it('exits 0 and reports version and counts for importable files (format 1, from the build of 2026-12-07)', () => {
    const { code, stdout } = dataCli('check', '--json', ADULT, MINOR);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as { file: string; ok: boolean; version: number; counts: Record<string, number> }[];
    expect(reports.map((report) => [report.file, report.ok, report.version])).toEqual([
      [ADULT, true, 1],
      [MINOR, true, 1],
    ]);
    expect(reports[0]?.counts).toEqual({ settings: 1, personas: 0, relationships: 1, messages: 36, moments: 14, memories: 2, unreadable: 0 });
  });

  it('exits 2 when any file is refused, naming its first problem, and still reports the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-cli-'));
    const doc = JSON.parse(readFileSync(MINOR, 'utf8')) as { relationships: { state: { user: { age: number; minor: boolean } } }[] };
    const relationship = doc.relationships[0];
    if (relationship) relationship.state.user = { ...relationship.state.user, age: 15, minor: false };
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(doc));
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, '{"format":"companion-export","version":2,"exportedAt":');
    const future = join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ ...doc, version: 9 }));
    const { code, stdout } = dataCli('check', '--json', ADULT, edited, truncated, future);
    expect(code).toBe(2);
    const reports = JSON.parse(stdout) as { ok: boolean; version: number | null; error?: string }[];
    expect(reports.map((report) => report.ok)).toEqual([true, false, false, false]);
    expect(reports[1]?.error).toMatch(/age of 15 means a minor/);
    expect(reports[2]?.error).toMatch(/not valid JSON/);
    expect(reports[3]?.error).toMatch(/newer version of the app/);
    expect(reports[3]?.version).toBe(9);
  });

  it('prints one line per file without --json, and exits 2 on a usage error', () => {
    const { code, stdout } = dataCli('check', ADULT);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK {6}tests\/fixtures\/data\/adult\.export-v1\.json \(format 1\): .*36 messages/);
    expect(dataCli('check').code).toBe(2);
    expect(dataCli('verify', ADULT).stderr).toMatch(/unknown command verify/);
  });
});
