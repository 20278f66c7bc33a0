import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function evalCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}


describe('npm run eval', () => {
  it('exits 0 and prints a JSON report for passing files', () => {
    const files = ['tests/fixtures/valid-minimal.json'];
    const { code, stdout } = evalCli('--json', ...files);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { id: string; passed: boolean; turns: { decision: { stance: string; state: { stage: string } } }[] }[];
    expect(report[0]?.passed).toBe(true);
    expect(report[0]?.turns[0]?.decision.state.stage).toBe('stranger');
  });

  it('exits 1 when an expectation fails, and says which', () => {
    const { code, stdout } = evalCli('tests/fixtures/failing.json');
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL deliberately-failing/);
    expect(stdout).toMatch(/grants \[\] lack declare_affection/);
  });

  it.each([
    ['unknown-key.json', /turns\.0\.expect.*stanceIN/],
    ['backwards.json', /turns\.1\.at: goes backwards/],
    ['no-persona.json', /persona: .*no such persona file/],
    ['truncated.json', /not valid JSON/],
    ['does-not-exist.json', /cannot read the file/],
  ])('exits 2 on an invalid file (%s) naming the file and field, without a stack trace', (file, message) => {
    const { code, stderr } = evalCli(`tests/fixtures/invalid/${file}`);
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
