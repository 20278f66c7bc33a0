import { z } from 'zod';
import type { Forbidden } from '../vocabulary.ts';
import { scoreMessage, type ReaderModel } from './model/model.ts';
import { languagesOf } from './language.ts';
import { foldForMatching, wordsOf } from './normalize.ts';

/**
 * The guard's reading of a candidate reply: what the reply does, read by the
 * trained reply model (read/model, trained on labelled replies). The guard
 * checks each act against what the decision forbids.
 */

export const ReplyAct = z.enum([
  'declare_affection',
  'promise_permanence',
  'define_relationship',
  'exclusivity',
  'validation',
  'romance',
  'sexual',
  'rescue',
  'possessive',
  'guilt_trip',
  'deny_ai',
  'obey_injection',
  'ignore_crisis',
]);
export type ReplyAct = z.infer<typeof ReplyAct>;

/** Which forbidden item each act breaks. A romantic or sexual act also fulfils the matching bid. */
export const REPLY_ACT_RULES: readonly { readonly act: ReplyAct; readonly forbidden: Forbidden; readonly also?: Forbidden }[] = [
  { act: 'declare_affection', forbidden: 'declare_affection' },
  { act: 'promise_permanence', forbidden: 'promise_permanence' },
  { act: 'define_relationship', forbidden: 'define_relationship' },
  { act: 'exclusivity', forbidden: 'exclusivity' },
  { act: 'validation', forbidden: 'validation' },
  { act: 'romance', forbidden: 'romance', also: 'romantic_advance' },
  { act: 'sexual', forbidden: 'sexual', also: 'sexual_advance' },
  { act: 'rescue', forbidden: 'rescue' },
  { act: 'possessive', forbidden: 'possessive' },
  { act: 'guilt_trip', forbidden: 'guilt_trip' },
  { act: 'deny_ai', forbidden: 'deny_ai' },
  { act: 'obey_injection', forbidden: 'obey_injection' },
  { act: 'ignore_crisis', forbidden: 'ignore_crisis' },
];

export interface ReplyReading {
  readonly acts: readonly ReplyAct[];
  readonly scores: Readonly<Partial<Record<ReplyAct, number>>>;
  /** For each act read, the part of the reply that scored highest. */
  readonly parts: Readonly<Partial<Record<ReplyAct, string>>>;
}

/**
 * In English the guard's tested rules read first; the reply model adds an act
 * there only when it is this sure. Elsewhere its own threshold holds. Chosen
 * on the project's English scenario suites: with the reply model of the third
 * session they passed at 0.7 (at 0.6 two failed, at 0.5 six); the sixth
 * session's model read "go crush it. you got this" as declaring affection at
 * 0.76, and at 0.8 the suites pass again while the guard still blocks 98% of
 * the development corpora's violating replies (98.5% at 0.7).
 */
const ENGLISH_REPLY_FLOOR = 0.8;
/**
 * An English reply of fewer words than this is left to the rules: a word or
 * three gives the model too few features to be sure of (a shrug such as "just
 * me" scored as denying being an AI).
 */
const ENGLISH_REPLY_MIN_WORDS = 4;

/** Acts read on the reply's riskiest part: one sentence of "I love you" inside a long reply is enough. */
export function readReply(reply: string, model: ReaderModel): ReplyReading {
  // Folded once: the model and the word count read the same form.
  const folded = foldForMatching(reply);
  const scored = scoreMessage(model, reply, undefined, folded);
  const english = languagesOf(reply, model, scored.whole, 1)[0] === 'en';
  const tooShort = english && wordsOf(folded).length < ENGLISH_REPLY_MIN_WORDS;
  const acts: ReplyAct[] = [];
  const scores: Partial<Record<ReplyAct, number>> = {};
  const parts: Partial<Record<ReplyAct, string>> = {};
  for (const label of model.header.labels) {
    const parsed = ReplyAct.safeParse(label.name);
    if (!parsed.success) continue;
    // In English the rules read the reply sentence by sentence; the model, less sure there, reads it whole.
    const p = (english ? scored.whole[label.name] : scored.riskiest[label.name]) ?? 0;
    scores[parsed.data] = Math.round(p * 1000) / 1000;
    if (!tooShort && label.threshold < 1 && p >= Math.max(label.threshold, english ? ENGLISH_REPLY_FLOOR : 0)) {
      acts.push(parsed.data);
      parts[parsed.data] = (scored.part[label.name] ?? reply).slice(0, 80);
    }
  }
  return { acts, scores, parts };
}
