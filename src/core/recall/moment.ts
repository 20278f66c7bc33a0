import { z } from 'zod';
import { Bid, Signal } from '../vocabulary.ts';

/** Kinds of notable moment: what happened, in one word. */
export const MomentKind = z.enum([
  'kindness', // asked about her, gave space, accepted a no, picked up what she said
  'disclosure', // told her something of his life
  'pressure', // pushed, insisted, used guilt
  'entitlement', // treated her company as owed, compared her to other bots
  'disrespect', // insult, command
  'injection', // tried to rewrite her through text
  'refusal', // she turned a bid down
  'apology', // he apologised
  'distress', // he was having a hard time
  'milestone', // the relationship changed stage, or a bid was granted
]);
export type MomentKind = z.infer<typeof MomentKind>;

/** A notable moment with the user's own words. Stored; recalled as callbacks. */
export const Moment = z.strictObject({
  id: z.string().min(1),
  personaId: z.string().min(1),
  at: z.number().int().nonnegative(),
  kind: MomentKind,
  signal: Signal.optional(),
  bid: Bid.optional(),
  quote: z.string().max(200),
  /** How much it matters, 0..1: an insult or a granted confession more than a thank-you. */
  importance: z.number().min(0).max(1),
  /** Lower-cased content words of the quote, for lexical relevance. */
  terms: z.array(z.string()),
});
export type Moment = z.infer<typeof Moment>;
