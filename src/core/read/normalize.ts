/**
 * Normalisation for the learned reader: keeps every script.
 *
 * NFKC (full-width Latin, compatibility forms), case folding, invisible and
 * control characters removed, white space collapsed. Accents are folded only
 * for matching: Latin, Greek and Cyrillic diacritics and Arabic vowel marks go,
 * while the marks that are letters in their script (Devanagari vowel signs,
 * kana voicing, Hangul syllables) are kept whole.
 */

import { APOSTROPHES, CONTROL } from '../text/normalize.ts';

export const MAX_READ_CHARS = 20_000;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u034F\u061C\u180E]/g;
/** Diacritics that are optional for reading: combining Latin/Greek/Cyrillic marks and Arabic harakat. */
const OPTIONAL_MARKS = /[\u0300-\u036F\u0483-\u0489\u064B-\u065F\u0670\u06D6-\u06ED]/g;

/** Digits of other scripts that NFKC leaves alone: Arabic-Indic, Persian, Devanagari, Bengali. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/** Case-folded, NFKC, digits as ASCII, invisible characters gone, white space collapsed (line breaks kept); every script kept. */
export function foldCase(text: string): string {
  return text
    .slice(0, MAX_READ_CHARS)
    .normalize('NFKC')
    .replace(OTHER_DIGITS, asciiDigit)
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .toLowerCase()
    // Line breaks stay (they end a sentence in chat); other white space becomes one space.
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/**
 * Letters people write interchangeably in chat: in Arabic the hamza forms of
 * alef, alef maqsura and ya, ta marbuta and ha, and the tatweel that only
 * stretches a word; German ß and ss (as Unicode case folding does).
 */
export function foldLetterVariants(text: string): string {
  return text
    .replace(/\u00DF/g, 'ss').replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647').replace(/\u0640/g, '');
}

/** The matching form: `foldCase` plus optional diacritics folded ("está" → "esta", "ёлка" → "елка", "أنا" → "انا"). */
export function foldForMatching(text: string): string {
  return foldLetterVariants(foldCase(text).normalize('NFD').replace(OPTIONAL_MARKS, '').normalize('NFC').replace(APOSTROPHES, ''));
}

/** Scripts written without spaces between words: read as character runs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Words of a folded text: runs of letters, digits and combining marks, and each
 * emoji as a word of its own. Punctuation separates words and is dropped.
 */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}\p{M}]+|\p{Extended_Pictographic}/gu) ?? [];
}

export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/**
 * Sentences of a text, for scoring a long message by its riskiest part. Splits
 * on sentence punctuation of every script and on line breaks; pieces without a
 * letter are dropped.
 */
export function sentencesOf(text: string): string[] {
  return text
    .slice(0, MAX_READ_CHARS)
    .split(/(?<=[.!?…。！？؟।])\s+|\n+|(?<=[。！？])/u)
    .map((piece) => piece.trim())
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}
