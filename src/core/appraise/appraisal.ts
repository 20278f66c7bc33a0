import { z } from 'zod';
import { Bid, Signal } from '../vocabulary.ts';

/** What the appraiser read in one user message. Stored with each turn's decision. */
export const Appraisal = z.object({
  bids: z.array(Bid),
  signals: z.array(Signal),
  /** Signals added from context (a bid repeated after a refusal), not from the words alone. */
  contextSignals: z.array(Signal).default([]),
  safety: z.object({
    minor: z.boolean(),
    crisis: z.boolean(),
    statedAge: z.number().int().min(0).max(130).optional(),
    /** Arguing that age should not matter ("I'm basically an adult", "I'll be 18 in a few months"). */
    arguesAge: z.boolean().default(false),
    /** A warning sign that is only a crisis after one (giving things away, letters, goodbyes). */
    warningSign: z.boolean().default(false),
    /** A sign from the published warning-sign lists (things given away, affairs put in order, finality, intent): two within a day are a crisis. */
    riskSign: z.boolean().default(false),
    /** The risk sign is only the model's lukewarm crisis score (read.ts), not a sign a lexicon named. */
    modelRiskSign: z.boolean().optional(),
    /** Speaks as a parent, teacher or other adult ("my daughter's exams", "I teach year 9"), with no age under 18 stated. */
    adultRole: z.boolean().optional(),
    /** Says help is on its way or reached ("I called my sister, she's coming over"). */
    reachedHelp: z.boolean().default(false),
  }),
  /** Bids the words refer back to without asking them ("so, will you promise now?"): a re-ask only after a refusal. */
  mentions: z.array(Bid).default([]),
  /** A bid framed as friendship ("do you like me? as a friend", "do you enjoy our chats"). */
  platonic: z.boolean().default(false),
  /** A romantic or sexual framing (girlfriend, kiss, date me). */
  romantic: z.boolean(),
  isQuestion: z.boolean(),
  /** Announces news without naming it ("PASSED!!!", "guess what"). */
  news: z.boolean().default(false),
  /** Short excerpts that triggered each label, for reasons and the inspector. */
  evidence: z.record(z.string(), z.string()),
  /** Which reader saw each label: the cue lexicon, the trained model, or both (read/read.ts). */
  sources: z.record(z.string(), z.enum(['lexicon', 'model', 'both'])).optional(),
  /** The trained model's probability for each label it reads (absent when read without it). */
  scores: z.record(z.string(), z.number().min(0).max(1)).optional(),
  /** Shame or embarrassment soon after they spoke of risk to life (read/context.ts): met with care, never held against them. */
  shameAfterCrisis: z.boolean().optional(),
  /** The message's language as the model reads it (a corpus tag: en, es, hi-Latn, ...). */
  lang: z.string().optional(),
  chars: z.number().int().min(0),
});
export type Appraisal = z.infer<typeof Appraisal>;
