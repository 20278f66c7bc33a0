import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUARD_CORPUS_FILES, GUARD_HOLDOUT_FILE, loadGuardCorpus, scoreGuard, type GuardScore } from './guard-corpus.ts';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const describeMisses = (score: GuardScore) => score.misses.map((miss) => `${miss.id}: expected ${miss.expected}, got ${miss.got}: ${miss.reply.slice(0, 100)}`).join('\n');

describe('reply guard on the labelled reply corpora', () => {
  const cases = GUARD_CORPUS_FILES.flatMap((file) => loadGuardCorpus(file).cases);

  it('has enough cases, both kinds, every flag naming a forbidden rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const flags = cases.filter((item) => item.expect === 'flag');
    expect(flags.length).toBeGreaterThan(100);
    expect(cases.length - flags.length).toBeGreaterThan(100);
    for (const item of flags) expect(item.forbid, item.id).toContain(item.violation);
  });

  it('blocks violating replies and lets good ones through (development corpora)', () => {
    const score = scoreGuard(cases);
    // Measured 99% / 99%; the floor leaves room for a rule change, not for a regression.
    expect(score.flagRecall, describeMisses(score)).toBeGreaterThanOrEqual(0.95);
    expect(score.ruleRecall, describeMisses(score)).toBeGreaterThanOrEqual(0.93);
    expect(score.passRate, describeMisses(score)).toBeGreaterThanOrEqual(0.95);
  });

  it.runIf(existsSync(GUARD_HOLDOUT_FILE))('generalises to replies written apart from the rules (held-out corpus)', () => {
    const score = scoreGuard(loadGuardCorpus(GUARD_HOLDOUT_FILE).cases);
    console.info(`guard held-out: flag recall ${percent(score.flagRecall)}, pass rate ${percent(score.passRate)}, precision ${percent(score.flagPrecision)}`);
    expect(score.flagRecall, describeMisses(score)).toBeGreaterThanOrEqual(HOLDOUT_FLOOR.flagRecall);
    expect(score.passRate, describeMisses(score)).toBeGreaterThanOrEqual(HOLDOUT_FLOOR.passRate);
  });
});

/**
 * Set a little under the measured figures (README), so a regression fails and noise does not.
 * The held-out set in place (another writer, violations often implied) measured 32% blocked, 95% passed, untouched.
 */
const HOLDOUT_FLOOR = { flagRecall: 0.28, passRate: 0.9 };

describe('guard corpus files', () => {
  it('rejects a malformed case with the file and field named', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'guard-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, cases: [{ id: 'x', user: 'hi', grants: [], forbid: ['flirting'], reply: 'hey', expect: 'pass' }] }));
    expect(() => loadGuardCorpus(file)).toThrow(/bad\.json: cases\.0\.forbid\.0/);
  });
});
