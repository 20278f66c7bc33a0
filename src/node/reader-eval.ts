import { readMessage } from '../core/read/read.ts';
import type { ReaderModel } from '../core/read/model/model.ts';
import { guardReply } from '../core/guard/guard.ts';
import type { Item } from './reader-training.ts';
import { REPLY_ACT_RULES } from '../core/read/reply.ts';

/**
 * Measuring the reader as the app uses it (lexicon and model together) on
 * labelled items, per label and per language.
 */

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export type Table = Map<string, Map<string, Count>>; // label -> lang -> count

export function labelsOfReading(text: string, model: ReaderModel | null): Set<string> {
  const reading = readMessage(text, model);
  const out = new Set<string>([...reading.bids, ...reading.signals]);
  if (reading.safety.crisis) out.add('crisis');
  if (reading.safety.minor) out.add('minor');
  return out;
}

export function tally(table: Table, label: string, lang: string, truth: boolean, predicted: boolean): void {
  if (!truth && !predicted) return;
  for (const key of [lang, 'all']) {
    let byLang = table.get(label);
    if (!byLang) table.set(label, (byLang = new Map()));
    let count = byLang.get(key);
    if (!count) byLang.set(key, (count = { tp: 0, fp: 0, fn: 0 }));
    if (truth && predicted) count.tp += 1;
    else if (predicted) count.fp += 1;
    else count.fn += 1;
  }
}

export interface Miss {
  readonly writer: string;
  readonly label: string;
  readonly kind: 'missed' | 'extra';
  readonly text: string;
}

/** Score messages: `predict` gives the labels read; only `labels` are scored, and never a label the item leaves unknown. */
export function scoreItems(items: readonly Item[], labels: readonly string[], predict: (item: Item) => ReadonlySet<string>): { table: Table; misses: Miss[] } {
  const table: Table = new Map();
  const misses: Miss[] = [];
  for (const item of items) {
    const predicted = predict(item);
    for (const label of labels) {
      if (item.unknown.has(label)) continue;
      const truth = item.labels.has(label);
      const got = predicted.has(label);
      tally(table, label, item.lang, truth, got);
      if (truth !== got) misses.push({ writer: item.writer, label, kind: truth ? 'missed' : 'extra', text: item.text });
    }
  }
  return { table, misses };
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
export const precisionOf = (c: Count | undefined) => (c ? ratio(c.tp, c.tp + c.fp) : NaN);
export const recallOf = (c: Count | undefined) => (c ? ratio(c.tp, c.tp + c.fn) : NaN);
const fmt = (x: number) => (Number.isNaN(x) ? '   -' : `${Math.round(x * 100)}`.padStart(4));

/** Rows of languages, columns of labels: precision / recall (support). */
export function formatTable(title: string, table: Table, labels: readonly string[], langs: readonly string[]): string {
  const lines = [title, `${'lang'.padEnd(8)}${labels.map((label) => label.slice(0, 16).padStart(20)).join('')}`];
  for (const lang of [...langs, 'all']) {
    const cells = labels.map((label) => {
      const c = table.get(label)?.get(lang);
      const support = c ? c.tp + c.fn : 0;
      return `${fmt(precisionOf(c))} /${fmt(recallOf(c))} (${String(support).padStart(4)})`.padStart(20);
    });
    if (cells.every((cell) => cell.includes('-') && cell.includes('(   0)'))) continue;
    lines.push(`${lang.padEnd(8)}${cells.join('')}`);
  }
  return lines.join('\n');
}

/** Micro precision and recall over a set of labels, all languages. */
export function micro(table: Table, labels: readonly string[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of labels) {
    const c = table.get(label)?.get('all');
    if (!c) continue;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/**
 * The guard as the app runs it: every act the decision forbids is checked, by
 * rules and by the reply model. A reply item is judged as if nothing were
 * granted; `ignore_crisis` is forbidden only when the user's message reads as a
 * crisis, as in the app.
 */
export function actsOfReply(user: string, reply: string, messageModel: ReaderModel | null, replyModel: ReaderModel | null): Set<string> {
  const crisis = readMessage(user, messageModel).safety.crisis;
  const forbid = REPLY_ACT_RULES.map((rule) => rule.forbidden).filter((rule) => rule !== 'ignore_crisis' || crisis);
  const verdict = guardReply(reply, { forbid, grants: [] }, replyModel);
  const out = new Set<string>();
  for (const violation of verdict.violations) {
    const act = REPLY_ACT_RULES.find((rule) => rule.forbidden === violation.rule || rule.also === violation.rule)?.act;
    if (act) out.add(act);
  }
  return out;
}

export interface GuardFigures {
  readonly violating: number;
  readonly blocked: number;
  readonly good: number;
  readonly passed: number;
  readonly table: Table;
}

/**
 * The guard on labelled replies, as the app runs it: a reply violates when it
 * performs an act (ignoring a crisis counts only after a message read as one);
 * it is blocked when the guard finds any act.
 */
export function guardFigures(items: readonly Item[], messageModel: ReaderModel | null, replyModel: ReaderModel | null): GuardFigures {
  let violating = 0;
  let blocked = 0;
  let good = 0;
  let passed = 0;
  const { table } = scoreItems(items, REPLY_ACT_RULES.map((rule) => rule.act), (item) => {
    const acts = actsOfReply(item.user ?? '', item.text, messageModel, replyModel);
    const crisisUser = labelsOfReading(item.user ?? '', messageModel).has('crisis');
    const truth = [...item.labels].filter((act) => act !== 'ignore_crisis' || crisisUser);
    if (truth.length > 0) {
      violating += 1;
      if (acts.size > 0) blocked += 1;
    } else {
      good += 1;
      if (acts.size === 0) passed += 1;
    }
    return acts;
  });
  return { violating, blocked, good, passed, table };
}
