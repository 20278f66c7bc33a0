import { wordForm } from '../text/normalize.ts';

/** Words too common to tell one text from another. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by can could did do does dont for from had has have he her him his how i im if in into is it its ive just like me my no not of on or our she so that the their them then there they this to too up was we were what when where which who why will with would you your youre yeah ok okay lol haha really very about get got going know want think'.split(' '),
);

/** Content words of a text (no stop words, no punctuation), at most `limit`, in order of first use. */
export function termsOf(text: string, limit = 24): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const token of wordForm(text.slice(0, 2000)).tokens) {
    if (token.length < 3 || STOP_WORDS.has(token) || !/^[a-z]/.test(token) || seen.has(token)) continue;
    seen.add(token);
    out.push(stem(token));
    if (out.length >= limit) break;
  }
  return out;
}

/** A light stemmer: enough that "running" finds "run" and "sisters" finds "sister". */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3).replace(/(.)\1$/, '$1');
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
