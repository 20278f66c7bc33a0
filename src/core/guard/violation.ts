import { z } from 'zod';
import { Forbidden } from '../vocabulary.ts';

/**
 * What a rejected reply broke: the rule and the words that broke it. Its own module so
 * storage can read stored violations without loading the guard and its reader.
 */
export const Violation = z.strictObject({
  rule: Forbidden,
  excerpt: z.string(),
});
export type Violation = z.infer<typeof Violation>;
