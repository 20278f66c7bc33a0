import { z } from 'zod';
import { Forbidden } from '../vocabulary.ts';

/**
 * What the guard says of a reply, as records: kept apart from the guard itself
 * so that storage can validate them without loading the reply reader.
 */

export const Violation = z.strictObject({
  rule: Forbidden,
  excerpt: z.string(),
});
export type Violation = z.infer<typeof Violation>;

export const GuardVerdict = z.strictObject({
  verdict: z.enum(['pass', 'flag']),
  violations: z.array(Violation),
});
export type GuardVerdict = z.infer<typeof GuardVerdict>;
