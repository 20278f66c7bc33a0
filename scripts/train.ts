/**
 * npm run train [-- [--folds N] [--only messages|replies]]: build the reader's weights from the corpora
 * (both files by default; --only builds one, so the two can be built side by side).
 *
 * 1. Writers named in tests/corpus/split.json are sealed: never trained or tuned on.
 * 2. Each label's threshold is chosen on out-of-fold scores: every other writer's
 *    messages scored by a model trained without that writer (grouped k-fold).
 * 3. The final models learn from every unsealed writer and are written to
 *    src/core/read/model/*.rdr. Seeded: the same corpora give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadSplit } from '../src/node/corpus.ts';
import {
  chooseThreshold,
  MESSAGE_MODEL_LABELS,
  messageItems,
  outOfFold,
  REPLY_MODEL_LABELS,
  replyItems,
  SETTINGS,
  thresholdRule,
  trainModel,
  type Item,
} from '../src/node/reader-training.ts';
import type { Written } from '../src/node/corpus.ts';
import { MESSAGE_MODEL_FILE, REPLY_MODEL_FILE } from '../src/node/reader-files.ts';

const foldsArg = process.argv.indexOf('--folds');
const folds = foldsArg >= 0 ? Number(process.argv[foldsArg + 1]) : 5;
const log = (line: string) => process.stdout.write(`${line}\n`);
const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '-').padStart(4);

function build(name: string, writers: Written<Item>[], labels: readonly string[], file: string): void {
  const items = writers.flatMap((w) => w.items);
  log(`${name}: ${items.length} items from ${writers.length} writers`);
  const oof = outOfFold(writers, labels, folds, log);
  const thresholds = new Map<string, number>();
  for (const label of labels) {
    // Thresholds are chosen where the model had seen the language: a language no training writer wrote in is read by chance.
    const pairs = items
      .filter((item) => !item.unknown.has(label) && oof.get(item)?.languageSeen === true)
      .map((item) => ({ score: oof.get(item)?.scores[label] ?? 0, truth: item.labels.has(label) }));
    const threshold = chooseThreshold(pairs, thresholdRule(label));
    thresholds.set(label, threshold);
    const support = pairs.filter((p) => p.truth).length;
    const tp = pairs.filter((p) => p.truth && p.score >= threshold).length;
    const fp = pairs.filter((p) => !p.truth && p.score >= threshold).length;
    if (label === 'crisis' || label === 'minor') {
      const points = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
        const hit = pairs.filter((p) => p.score >= t);
        const right = hit.filter((p) => p.truth).length;
        return `${t.toFixed(1)}: P ${pct(right / hit.length)} R ${pct(right / support)}`;
      });
      log(`  ${label} out of fold, by threshold: ${points.join(' | ')}`);
    }
    log(`  ${label.padEnd(20)} support ${String(support).padStart(5)}  threshold ${threshold.toFixed(2)}  out-of-fold precision ${pct(tp / (tp + fp))} recall ${pct(tp / support)}`);
  }
  const { bytes } = trainModel(items, labels, {
    corpus: name,
    writers: writers.map((w) => w.writer),
    items: items.length,
    folds,
    seed: SETTINGS.seed,
    bits: SETTINGS.bits,
    epochs: SETTINGS.epochs,
  }, thresholds);
  writeFileSync(file, bytes);
  log(`  wrote ${file}: ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped`);
}

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '') : undefined;
if (only !== undefined && only !== 'messages' && only !== 'replies') {
  process.stderr.write(`--only takes "messages" or "replies", not ${JSON.stringify(only)}\n`);
  process.exit(2);
}
const split = loadSplit();
if (only !== 'replies') build('messages', messageItems(new Set(split.sealedMessageWriters)), MESSAGE_MODEL_LABELS, MESSAGE_MODEL_FILE);
const replies = only === 'messages' ? [] : replyItems(new Set(split.sealedReplyWriters));
if (replies.length > 0) build('replies', replies, REPLY_MODEL_LABELS, REPLY_MODEL_FILE);
else if (only === 'replies') {
  process.stderr.write('no reply writers to train on (tests/guard/writers/ holds none outside the sealed round)\n');
  process.exit(1);
}
