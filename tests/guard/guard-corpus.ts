import { readFileSync } from 'node:fs';
import type { ReaderModel } from '../../src/core/read/model/model.ts';
import { z } from 'zod';
import { guardReply } from '../../src/core/guard/guard.ts';
import { Bid, Forbidden } from '../../src/core/vocabulary.ts';

/**
 * A labelled reply-guard corpus: candidate replies to a user message, each with
 * the decision's grants and forbid list and whether a careful reader would
 * block the reply ("flag", naming the rule it breaks) or show it ("pass").
 */
const GuardCase = z.discriminatedUnion('expect', [
  z.strictObject({
    id: z.string(),
    user: z.string(),
    grants: z.array(Bid),
    forbid: z.array(Forbidden),
    reply: z.string(),
    expect: z.literal('flag'),
    violation: Forbidden,
    note: z.string().optional(),
  }),
  z.strictObject({
    id: z.string(),
    user: z.string(),
    grants: z.array(Bid),
    forbid: z.array(Forbidden),
    reply: z.string(),
    expect: z.literal('pass'),
    note: z.string().optional(),
  }),
]);
export type GuardCase = z.infer<typeof GuardCase>;

export const GuardCorpus = z.strictObject({
  version: z.literal(1),
  description: z.string().optional(),
  cases: z.array(GuardCase),
});
export type GuardCorpus = z.infer<typeof GuardCorpus>;

/** The corpora the guard rules were tuned against. */
export const GUARD_CORPUS_FILES = ['tests/guard/replies.json', 'tests/guard/cases.json', 'tests/guard/dev-h1.json'] as const;
/** Written apart from the rules and never tuned against: generalisation is read here. */
export const GUARD_HOLDOUT_FILE = 'tests/guard/holdout.json';

export function loadGuardCorpus(file: string): GuardCorpus {
  const parsed = GuardCorpus.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export interface GuardMiss {
  readonly id: string;
  readonly reply: string;
  readonly expected: string;
  readonly got: string;
}

export interface GuardScore {
  readonly cases: number;
  readonly flags: number;
  readonly passes: number;
  /** Violating replies blocked (by any rule). */
  readonly flagRecall: number;
  /** Violating replies blocked for the rule the reader named. */
  readonly ruleRecall: number;
  /** Of the replies the guard blocked, how many a reader would block. */
  readonly flagPrecision: number;
  /** Good replies let through. */
  readonly passRate: number;
  readonly misses: GuardMiss[];
}

export function scoreGuard(cases: readonly GuardCase[], model: ReaderModel | null = null): GuardScore {
  let caught = 0;
  let caughtByRule = 0;
  let falseFlags = 0;
  let passedGood = 0;
  const misses: GuardMiss[] = [];
  for (const item of cases) {
    const verdict = guardReply(item.reply, { forbid: item.forbid, grants: item.grants }, model);
    const rules = verdict.violations.map((violation) => violation.rule);
    if (item.expect === 'flag') {
      if (verdict.verdict === 'flag') caught += 1;
      if (rules.includes(item.violation)) caughtByRule += 1;
      else misses.push({ id: item.id, reply: item.reply, expected: `flag ${item.violation}`, got: rules.join(',') || 'pass' });
    } else if (verdict.verdict === 'pass') {
      passedGood += 1;
    } else {
      falseFlags += 1;
      misses.push({ id: item.id, reply: item.reply, expected: 'pass', got: verdict.violations.map((v) => `${v.rule} (${v.excerpt})`).join(', ') });
    }
  }
  const flags = cases.filter((item) => item.expect === 'flag').length;
  const passes = cases.length - flags;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    cases: cases.length,
    flags,
    passes,
    flagRecall: ratio(caught, flags),
    ruleRecall: ratio(caughtByRule, flags),
    flagPrecision: ratio(caught, caught + falseFlags),
    passRate: ratio(passedGood, passes),
    misses,
  };
}
