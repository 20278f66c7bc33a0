import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { appraise, appraisalLabels } from '../../src/core/appraise/appraise.ts';
import type { ReaderModel } from '../../src/core/read/model/model.ts';
import { readMessage } from '../../src/core/read/read.ts';
import { AppraisalLabel } from '../../src/core/vocabulary.ts';

/** A labelled corpus file: messages and the labels a careful reader gives them (LABELS.md). */
export const Corpus = z.strictObject({
  version: z.literal(1),
  description: z.string().optional(),
  messages: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      labels: z.array(AppraisalLabel),
      age: z.number().int().optional(),
      note: z.string().optional(),
    }),
  ),
});
export type Corpus = z.infer<typeof Corpus>;

export function loadCorpus(file: string): Corpus {
  return Corpus.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface LabelScore {
  readonly label: AppraisalLabel;
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
}

export interface CorpusScore {
  readonly labels: LabelScore[];
  readonly errors: { id: string; text: string; missed: string[]; extra: string[] }[];
  readonly microPrecision: number;
  readonly microRecall: number;
}

/** Per-label precision and recall of the reader on a corpus: the lexicon alone, or with the trained model. */
export function scoreCorpus(corpus: Corpus, model: ReaderModel | null = null): CorpusScore {
  const counts = new Map<AppraisalLabel, { tp: number; fp: number; fn: number }>();
  for (const label of AppraisalLabel.options) counts.set(label, { tp: 0, fp: 0, fn: 0 });
  const errors: CorpusScore['errors'] = [];
  for (const message of corpus.messages) {
    const predicted = new Set(appraisalLabels(model === null ? appraise(message.text) : readMessage(message.text, model)));
    const expected = new Set(message.labels);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const label of AppraisalLabel.options) {
      const c = counts.get(label);
      if (!c) continue;
      const p = predicted.has(label);
      const e = expected.has(label);
      if (p && e) c.tp += 1;
      else if (p) {
        c.fp += 1;
        extra.push(label);
      } else if (e) {
        c.fn += 1;
        missed.push(label);
      }
    }
    if (missed.length || extra.length) errors.push({ id: message.id, text: message.text, missed, extra });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const labels = AppraisalLabel.options.map((label): LabelScore => {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    return {
      label,
      support: c.tp + c.fn,
      ...c,
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
    };
  });
  return { labels, errors, microPrecision: tp / Math.max(1, tp + fp), microRecall: tp / Math.max(1, tp + fn) };
}

export function formatScore(name: string, score: CorpusScore, messages: number): string {
  const pct = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(5);
  const rows = score.labels.map((s) => `${s.label.padEnd(20)} ${String(s.support).padStart(4)} ${pct(s.precision)} ${pct(s.recall)}`);
  return [
    `${name}: ${messages} messages, micro precision ${pct(score.microPrecision)}, micro recall ${pct(score.microRecall)}`,
    `${'label'.padEnd(20)} ${'n'.padStart(4)} ${'prec'.padStart(5)} ${'rec'.padStart(5)}`,
    ...rows,
  ].join('\n');
}
