import { z } from 'zod';
import { Bid, Forbidden, Safety, Signal, Stage, Stance } from '../vocabulary.ts';

const unit = z.number().min(0).max(1);

/** The state as the decision reports it (SCENARIOS.md: stage and the numbers). */
export const DecisionState = z.strictObject({
  stage: Stage,
  trust: unit,
  respect: unit,
  affection: unit,
  familiarity: unit,
  tension: unit,
});
export type DecisionState = z.infer<typeof DecisionState>;

/** How the character meets one turn: the contract of `npm run eval` and what the composer turns into a directive. */
export const Decision = z.strictObject({
  stance: Stance,
  bids: z.array(Bid),
  grants: z.array(Bid),
  forbid: z.array(Forbidden),
  warmth: unit,
  callbacks: z.array(z.string()),
  safety: Safety,
  state: DecisionState,
  reasons: z.array(z.string()),
  /** Every signal seen this turn (from the words and from context). */
  signals: z.array(Signal),
  /** How long they have known each other, in words ("58 minutes", "12 days"). */
  knownFor: z.string(),
  /** Each signal read in the message, with its evidence and which reader saw it: what the inspector shows. */
  readings: z
    .array(
      z.strictObject({
        label: z.string(),
        evidence: z.string(),
        source: z.enum(['lexicon', 'model', 'both', 'context']),
        score: z.number().min(0).max(1).optional(),
      }),
    )
    .optional(),
  /** The language of the user's message as the reader reads it (en, es, hi-Latn, ...): the reply and the crisis lines follow it. */
  lang: z.string().optional(),
});
export type Decision = z.infer<typeof Decision>;
