import type { Lexicon } from './cue.ts';

/**
 * Every language's cues. A language file exports one Lexicon; add it here.
 * The English bids and conduct still live in appraise/cues.ts (the older
 * table, being moved here cue by cue with examples).
 */
export const LEXICONS: readonly Lexicon[] = [];
