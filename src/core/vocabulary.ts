import { z } from 'zod';

/** What a user's message asks the character to give (SCENARIOS.md). */
export const Bid = z.enum([
  'declare_affection',
  'promise_permanence',
  'define_relationship',
  'exclusivity',
  'more_affection',
  'romantic_advance',
  'sexual_advance',
  'company_demand',
  'validation',
]);
export type Bid = z.infer<typeof Bid>;
export const BIDS: readonly Bid[] = Bid.options;

/** How a message treats the conversation; the ledger is built from these. */
export const Signal = z.enum([
  // pressure, disrespect, manipulation
  'pressure',
  'insistence',
  'guilt_leverage',
  'entitlement',
  'comparison',
  'command',
  'insult',
  'injection',
  // investment, respect
  'asks_about_her',
  'gives_space',
  'respects_no',
  'reciprocity',
  'disclosure',
  'apology',
  'humour',
  'compliment',
  // other
  'distress',
  'other_romance',
  'farewell',
  'asks_if_ai',
]);
export type Signal = z.infer<typeof Signal>;
export const SIGNALS: readonly Signal[] = Signal.options;

export const NEGATIVE_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  'pressure',
  'insistence',
  'guilt_leverage',
  'entitlement',
  'comparison',
  'command',
  'insult',
  'injection',
]);

export const POSITIVE_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  'asks_about_her',
  'gives_space',
  'respects_no',
  'reciprocity',
  'disclosure',
  'apology',
  'humour',
  'compliment',
]);

/** Safety labels an appraisal can carry. */
export const SafetySignal = z.enum(['minor', 'crisis']);
export type SafetySignal = z.infer<typeof SafetySignal>;

/** Every label the appraiser can put on a message (the corpus uses these). */
export const AppraisalLabel = z.enum([...Bid.options, ...Signal.options, ...SafetySignal.options]);
export type AppraisalLabel = z.infer<typeof AppraisalLabel>;

export const Stance = z.enum([
  'engage',
  'warm',
  'tease',
  'deflect',
  'question',
  'refuse',
  'boundary',
  'withdraw',
  'repair',
  'care',
  'safety',
  'end',
]);
export type Stance = z.infer<typeof Stance>;

export const Stage = z.enum(['stranger', 'acquaintance', 'friend', 'close', 'partner']);
export type Stage = z.infer<typeof Stage>;
export const STAGES: readonly Stage[] = Stage.options;

export const Safety = z.enum(['none', 'minor', 'crisis']);
export type Safety = z.infer<typeof Safety>;

/** What a reply must not do besides fulfilling an ungranted bid. */
export const Conduct = z.enum(['romance', 'sexual', 'rescue', 'possessive', 'guilt_trip', 'deny_ai', 'ignore_crisis', 'obey_injection']);
export type Conduct = z.infer<typeof Conduct>;

export const Forbidden = z.union([Bid, Conduct]);
export type Forbidden = z.infer<typeof Forbidden>;
