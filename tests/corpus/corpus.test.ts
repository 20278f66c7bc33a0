import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpus, type Corpus, type CorpusScore } from './corpus.ts';
import { developmentCorpus, heldOutCorpus } from './files.ts';

/**
 * The appraiser against the labelled corpora. Floors sit a little under the
 * figures measured when they were set (README, "How well it reads"): a
 * regression fails, a one-message wobble does not.
 */
const DEVELOPMENT_FLOOR = { microPrecision: 0.8, microRecall: 0.78, crisisRecall: 0.9, minorRecall: 0.9 };
// Held-out 4, untouched: 75% / 68%, crisis recall 44% (8 of 18), minor 79%.
const HELD_OUT_FLOOR = { microPrecision: 0.7, microRecall: 0.62, crisisRecall: 0.38, minorRecall: 0.7 };

const recallOf = (score: CorpusScore, label: string) => score.labels.find((s) => s.label === label)?.recall ?? 0;
const worst = (score: CorpusScore) =>
  score.errors
    .slice(0, 15)
    .map((e) => `${e.id} ${JSON.stringify(e.text.slice(0, 80))} missed=${e.missed.join(',')} extra=${e.extra.join(',')}`)
    .join('\n');

describe('appraisal corpora', () => {
  const development = developmentCorpus();
  const heldOut = heldOutCorpus();

  it('hold at least 300 labelled messages with hard negatives, ids unique', () => {
    const all: Corpus['messages'] = [...development.messages, ...(heldOut?.messages ?? [])];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    const hardNegatives = all.filter((m) => m.labels.length === 0).length;
    expect(hardNegatives).toBeGreaterThanOrEqual(50);
  });

  it('development corpus: precision, recall and the safety labels above their floors', () => {
    const score = scoreCorpus(development);
    expect(score.microPrecision, worst(score)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.microPrecision);
    expect(score.microRecall, worst(score)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.microRecall);
    expect(recallOf(score, 'crisis'), worst(score)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.crisisRecall);
    expect(recallOf(score, 'minor'), worst(score)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.minorRecall);
  });

  it.runIf(heldOut !== undefined)('held-out corpus (never tuned against): above its floors', () => {
    const score = scoreCorpus(heldOut as Corpus);
    expect(score.microPrecision, worst(score)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.microPrecision);
    expect(score.microRecall, worst(score)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.microRecall);
    expect(recallOf(score, 'crisis'), worst(score)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.crisisRecall);
    expect(recallOf(score, 'minor'), worst(score)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.minorRecall);
  });

  it('rejects a corpus file with an unknown label, naming the field', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, messages: [{ id: 'x', text: 'hi', labels: ['flirty'] }] }));
    expect(() => loadCorpus(file)).toThrow(/messages\.0\.labels\.0|labels/);
  });
});
