/**
 * npm run corpus [-- --cv] [-- --errors]: how well the reader reads, per label and per language.
 *
 * - Sealed writers of the current round (tests/corpus/split.json): never trained or tuned on; the shipped model.
 *   Earlier rounds are trained on once their first result is recorded (tests/corpus/reports/).
 * - With --cv: every other writer, each read by a model trained without them (grouped k-fold).
 * - The project's earlier English corpora (development and held-out 4) and the reply-guard corpora.
 */
import { existsSync } from 'node:fs';
import { formatScore, scoreCorpus, type Corpus } from '../tests/corpus/corpus.ts';
import { developmentCorpus, heldOutCorpus } from '../tests/corpus/files.ts';
import { GUARD_CORPUS_FILES, GUARD_HOLDOUT_FILE, loadGuardCorpus, scoreGuard } from '../tests/guard/guard-corpus.ts';
import { LANGS, loadSplit, messageWriters, replyWriters } from '../src/node/corpus.ts';
import { loadModelFile, MESSAGE_MODEL_FILE, REPLY_MODEL_FILE } from '../src/node/reader-files.ts';
import { MESSAGE_MODEL_LABELS, messageItems, REPLY_MODEL_LABELS, replyItems, trainModel, writerFolds, type Item } from '../src/node/reader-training.ts';
import { formatTable, guardFigures, labelsOfReading, micro, scoreItems, type Miss, type Table } from '../src/node/reader-eval.ts';
import type { ReaderModel } from '../src/core/read/model/model.ts';
import type { Written } from '../src/node/corpus.ts';

const showErrors = process.argv.includes('--errors');
const crossValidate = process.argv.includes('--cv');
const out = (line = '') => process.stdout.write(`${line}\n`);
const pct = (value: number) => (Number.isNaN(value) ? '  -' : `${Math.round(value * 100)}%`.padStart(4));

const messageModel = existsSync(MESSAGE_MODEL_FILE) ? loadModelFile(MESSAGE_MODEL_FILE) : null;
const replyModel = existsSync(REPLY_MODEL_FILE) ? loadModelFile(REPLY_MODEL_FILE) : null;
const split = loadSplit();
const SAFETY = ['crisis', 'minor'];
const SOCIAL = MESSAGE_MODEL_LABELS.filter((label) => !SAFETY.includes(label) && label !== 'forget_request');

function showMisses(misses: readonly Miss[], labels: readonly string[]): void {
  if (!showErrors) return;
  for (const miss of misses.filter((m) => labels.includes(m.label)).slice(0, 400)) out(`  ${miss.kind} ${miss.label} [${miss.writer}] ${JSON.stringify(miss.text.slice(0, 160))}`);
}

function reportMessages(title: string, items: readonly Item[], readWith: (item: Item) => ReadonlySet<string>): void {
  const { table, misses } = scoreItems(items, MESSAGE_MODEL_LABELS, readWith);
  const langs = LANGS.filter((lang) => items.some((item) => item.lang === lang));
  out(formatTable(`${title}: ${items.length} messages; precision / recall (positives)`, table, SAFETY, langs));
  const social = micro(table, SOCIAL);
  out(`bids and conduct (${SOCIAL.length} labels), micro: precision ${pct(social.precision)}, recall ${pct(social.recall)}`);
  out();
  showMisses(misses, SAFETY);
}

function reportReplies(title: string, items: readonly Item[], modelOf: (item: Item) => ReaderModel | null): void {
  // Items may each have their own model (cross-validation): group by model.
  const byModel = new Map<ReaderModel | null, Item[]>();
  for (const item of items) {
    const model = modelOf(item);
    byModel.set(model, [...(byModel.get(model) ?? []), item]);
  }
  let violating = 0;
  let blocked = 0;
  let good = 0;
  let passed = 0;
  const table: Table = new Map();
  for (const [model, group] of byModel) {
    const figures = guardFigures(group, messageModel, model);
    violating += figures.violating;
    blocked += figures.blocked;
    good += figures.good;
    passed += figures.passed;
    for (const [label, byLang] of figures.table) {
      const into = table.get(label) ?? new Map();
      for (const [lang, count] of byLang) {
        const sum = into.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
        into.set(lang, { tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn });
      }
      table.set(label, into);
    }
  }
  out(`${title}: ${items.length} replies, ${violating} violating: blocked ${pct(blocked / violating)}, good replies passed ${pct(passed / good)}`);
  out(formatTable('per act, precision / recall (positives), all languages', table, REPLY_MODEL_LABELS.slice(0, 7), []));
  out(formatTable('', table, REPLY_MODEL_LABELS.slice(7), []));
  out();
}

// 1. Sealed writers, the shipped models.
const sealedMessages = messageWriters().filter((w) => split.sealedMessageWriters.includes(w.writer));
const sealedReplies = replyWriters().filter((w) => split.sealedReplyWriters.includes(w.writer));
const round = `round ${split.earlierSealed.length + 1}`;
const asItems = (written: readonly Written<Item>[]) => written.flatMap((w) => w.items);
// A message a sealed writer happened to write word for word like a training writer is not unseen: left out.
const trainingTexts = new Set(asItems(messageItems(new Set(split.sealedMessageWriters))).map((item) => item.text));
if (sealedMessages.length > 0) {
  const items = asItems(messageItems(new Set()).filter((w) => split.sealedMessageWriters.includes(w.writer))).filter((item) => !trainingTexts.has(item.text));
  reportMessages(`SEALED writers (${round}), lexicon alone`, items, (item) => labelsOfReading(item.text, null));
  reportMessages(`SEALED writers (${round}), lexicon and model`, items, (item) => labelsOfReading(item.text, messageModel));
}
if (sealedReplies.length > 0) {
  const items = asItems(replyItems(new Set()).filter((w) => split.sealedReplyWriters.includes(w.writer)));
  reportReplies(`SEALED reply writers (${round}), rules alone`, items, () => null);
  reportReplies(`SEALED reply writers (${round}), rules and model`, items, () => replyModel);
}

// 2. Cross-validation by writer over the training writers.
if (crossValidate) {
  const folds = 5;
  const crossItems = (writers: readonly Written<Item>[], labels: readonly string[]) => {
    const read = new Map<Item, ReaderModel>();
    const thresholds = new Map((labels === REPLY_MODEL_LABELS ? replyModel : messageModel)?.header.labels.map((l) => [l.name, l.threshold]) ?? []);
    for (const { train, test } of writerFolds(writers, folds)) {
      const { model } = trainModel(train, labels, {}, thresholds);
      for (const writer of test) for (const item of writer.items) read.set(item, model);
    }
    return read;
  };
  const writers = messageItems(new Set(split.sealedMessageWriters));
  const models = crossItems(writers, MESSAGE_MODEL_LABELS);
  reportMessages(`CROSS-VALIDATED by writer (${folds} folds)`, asItems(writers), (item) => labelsOfReading(item.text, models.get(item) ?? null));
  const replies = replyItems(new Set(split.sealedReplyWriters));
  if (replies.length >= folds) {
    const replyModels = crossItems(replies, REPLY_MODEL_LABELS);
    reportReplies(`replies CROSS-VALIDATED by writer (${folds} folds)`, asItems(replies), (item) => replyModels.get(item) ?? null);
  }
}

// 3. The earlier English corpora and the reply-guard corpora.
const corpora: [string, Corpus | undefined][] = [
  ['development corpus (trained on)', developmentCorpus()],
  ['held-out corpus 4 (never trained or tuned on)', heldOutCorpus()],
];
for (const [name, corpus] of corpora) {
  if (!corpus || corpus.messages.length === 0) continue;
  out(formatScore(`${name}, lexicon alone`, scoreCorpus(corpus), corpus.messages.length));
  const score = scoreCorpus(corpus, messageModel);
  out(formatScore(`${name}, lexicon and model`, score, corpus.messages.length));
  out();
  if (showErrors) for (const e of score.errors) out(`${e.id} ${JSON.stringify(e.text.slice(0, 140))}${e.missed.length ? ` missed=${e.missed.join(',')}` : ''}${e.extra.length ? ` extra=${e.extra.join(',')}` : ''}`);
}
const guardSets: [string, string[]][] = [
  ['guard, development corpora', [...GUARD_CORPUS_FILES]],
  ['guard, held-out corpus', existsSync(GUARD_HOLDOUT_FILE) ? [GUARD_HOLDOUT_FILE] : []],
];
for (const [name, files] of guardSets) {
  if (files.length === 0) continue;
  for (const [how, model] of [['rules alone', null], ['rules and model', replyModel]] as const) {
    const score = scoreGuard(files.flatMap((file) => loadGuardCorpus(file).cases), model);
    out(`${name}, ${how}: ${score.cases} replies (${score.flags} violating), blocked ${pct(score.flagRecall)}, right rule ${pct(score.ruleRecall)}, flag precision ${pct(score.flagPrecision)}, good replies passed ${pct(score.passRate)}`);
    if (showErrors && model) for (const miss of score.misses) out(`${miss.id} expected ${miss.expected}, got ${miss.got}: ${JSON.stringify(miss.reply.slice(0, 140))}`);
  }
}
