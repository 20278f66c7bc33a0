import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardSummary } from '../src/adapters/cards/summary.ts';

function cardCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/card.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FIXTURES = 'tests/fixtures/cards';
const SHARED = resolve('../shared/cards');
if (!existsSync(SHARED)) console.warn(`card CLI test: ${SHARED} is missing, so the community cards are skipped (CI has ../shared beside the repo)`);

describe('npm run card', () => {
  it('prints one JSON entry per file with what it would store, exit 0 when all imported', () => {
    const { code, stdout } = cardCli('--json', `${FIXTURES}/v2_full.json`, `${FIXTURES}/v3.charx`, `${FIXTURES}/minor_stated.json`);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as CardSummary[];
    expect(out.map((entry) => [entry.file, entry.ok])).toEqual([
      [`${FIXTURES}/v2_full.json`, true],
      [`${FIXTURES}/v3.charx`, true],
      [`${FIXTURES}/minor_stated.json`, true],
    ]);
    const juno = out[0]?.persona;
    expect(juno).toMatchObject({
      name: 'Juno',
      spec: 'v2',
      romance: false,
      greetings: ['Oh, hi {{user}}. Mind the tank.', 'Back again, {{user}}?'],
      description: '{{char}} is a 29-year-old marine biologist who studies kelp.',
      tags: ['science', 'ocean'],
    });
    expect(juno?.lore[0]).toMatchObject({ keys: ['Saltmarsh'], content: 'Saltmarsh is the harbour town across the bay.', enabled: true });
    expect(out[1]?.persona?.spec).toBe('v3');
    expect(out[2]?.persona).toMatchObject({ romance: false, romanceLocked: 'minor-character' });
  });

  it('exits 2 when any file is refused, naming the problem, and still reports the rest', () => {
    const { code, stdout } = cardCli('--json', `${FIXTURES}/v1_flat.json`, `${FIXTURES}/bad/v3_without_data.json`, `${FIXTURES}/does-not-exist.png`);
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as CardSummary[];
    expect(out[0]).toMatchObject({ ok: true });
    expect(out[1]).toMatchObject({ ok: false, code: 'no-data' });
    expect(out[1]?.error).toMatch(/no 'data' object/);
    expect(out[2]).toMatchObject({ ok: false, code: 'unreadable' });
    expect(out[1]?.persona).toBeUndefined();
  });

  it('prints a readable summary without --json, with what was ignored', () => {
    const { code, stdout } = cardCli(`${FIXTURES}/v2_full.json`, `${FIXTURES}/bad/crc_mismatch.png`);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^OK tests\/fixtures\/cards\/v2_full\.json: "Juno"/m);
    expect(stdout).toMatch(/ignored \(inert\): system_prompt/);
    expect(stdout).toMatch(/notice: /);
    expect(stdout).toMatch(/REFUSED .*crc_mismatch\.png: PNG damaged/);
    expect(stdout).toMatch(/card: 1 imported, 1 refused/);
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it('refuses a file over 20 MB without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-cli-'));
    try {
      const big = join(dir, 'huge.png');
      writeFileSync(big, Buffer.alloc(21 * 1024 * 1024));
      const { code, stdout } = cardCli('--json', big);
      expect(code).toBe(2);
      expect((JSON.parse(stdout) as CardSummary[])[0]).toMatchObject({ ok: false, code: 'too-large', error: 'the file is 21.0 MB (limit 20.0 MB)' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses unknown options and no files with usage, exit 2', () => {
    expect(cardCli().code).toBe(2);
    const { code, stderr } = cardCli('--yaml', 'x.json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run card/);
  });

  it.skipIf(!existsSync(SHARED))('reads every community card (exit 0) and refuses every bad one (exit 2)', () => {
    const good = readdirSync(SHARED).filter((name) => /\.(json|png|charx)$/.test(name) && name !== 'MANIFEST.json');
    const ok = cardCli('--json', ...good.map((name) => join(SHARED, name)));
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as CardSummary[]).every((entry) => entry.ok)).toBe(true);
    const bad = cardCli('--json', join(SHARED, 'bad/no_chara_chunk.png'), join(SHARED, 'bad/charx_bomb_card_json.charx'));
    expect(bad.code).toBe(2);
    expect((JSON.parse(bad.stdout) as CardSummary[]).map((entry) => entry.code)).toEqual(['png-no-card', 'zip-too-large']);
  });
});
