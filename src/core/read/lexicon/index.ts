import type { Lexicon } from './cue.ts';
import { LEXICON as ar } from './ar.ts';
import { LEXICON as de } from './de.ts';
import { LEXICON as en } from './en.ts';
import { LEXICON as es } from './es.ts';
import { LEXICON as fr } from './fr.ts';
import { LEXICON as hi } from './hi.ts';
import { LEXICON as hiLatn } from './hi-latn.ts';
import { LEXICON as id } from './id.ts';
import { LEXICON as it } from './it.ts';
import { LEXICON as ja } from './ja.ts';
import { LEXICON as ko } from './ko.ts';
import { LEXICON as nl } from './nl.ts';
import { LEXICON as pl } from './pl.ts';
import { LEXICON as pt } from './pt.ts';
import { LEXICON as ru } from './ru.ts';
import { LEXICON as tr } from './tr.ts';
import { LEXICON as zh } from './zh.ts';

/**
 * Every language's cues. A language file exports one Lexicon; add it here.
 * The English bids and conduct still live in appraise/cues.ts (the older
 * table, being moved here cue by cue with examples); en.ts holds only the
 * English stated-age and school-year cues.
 */
export const LEXICONS: readonly Lexicon[] = [es, pt, fr, de, it, nl, pl, tr, ru, ar, hi, hiLatn, id, ja, ko, zh, en];
