import { likeliestLanguages, type ReaderModel } from './model/model.ts';

/**
 * Which language a message is in. A script that belongs to one of the
 * reader's languages decides by itself (Hangul is Korean, Devanagari Hindi,
 * kana Japanese, Han without kana Chinese, Arabic script Arabic, Cyrillic
 * Russian); Latin letters are left to the model's language heads, which tell
 * Spanish from Indonesian. The heads alone read a third of one sealed
 * writer's Chinese messages as Arabic or English (they keep few weights), and
 * the language chooses the cue lexicons, the English floors, the reply's
 * language and the crisis lines. Other languages of the same scripts are read
 * as the reader's one: Persian and Urdu as Arabic, Ukrainian as Russian,
 * Marathi and Nepali as Hindi.
 */

/** Letters read to decide: enough for any real message, bounded for a 20,000-character one. */
const SCAN_CHARS = 2000;

type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'arabic' | 'devanagari' | 'cyrillic';

function scriptOf(code: number): Script | undefined {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return 'latin';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'han';
  // Kana, without the middle dot and the long-vowel mark (U+30FB, U+30FC), which Chinese chat uses too.
  if ((code >= 0x3040 && code <= 0x30fa) || (code >= 0x30fd && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f)) return 'kana';
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'hangul';
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'arabic';
  if (code >= 0x0900 && code <= 0x097f) return 'devanagari';
  if (code >= 0x0400 && code <= 0x04ff) return 'cyrillic';
  return undefined;
}

const LANGUAGE_OF_SCRIPT: Readonly<Record<Exclude<Script, 'latin' | 'han' | 'kana'>, string>> = {
  hangul: 'ko',
  arabic: 'ar',
  devanagari: 'hi',
  cyrillic: 'ru',
};

/**
 * The language a message's letters name, when most of them are in a script
 * of one language; undefined for Latin letters, no letters, or no majority.
 */
export function scriptLanguage(text: string): string | undefined {
  const counts: Record<Script, number> = { latin: 0, han: 0, kana: 0, hangul: 0, arabic: 0, devanagari: 0, cyrillic: 0 };
  let letters = 0;
  const end = Math.min(text.length, SCAN_CHARS);
  for (let i = 0; i < end; i += 1) {
    const script = scriptOf(text.charCodeAt(i));
    if (script === undefined) continue;
    counts[script] += 1;
    letters += 1;
  }
  if (letters === 0) return undefined;
  // Han and kana together are Japanese when kana are a real part of them; Han alone, or with one borrowed の, is Chinese.
  const cjk = counts.han + counts.kana;
  if (cjk * 2 >= letters) return counts.kana >= 2 && counts.kana * 20 >= cjk ? 'ja' : 'zh';
  for (const script of ['hangul', 'arabic', 'devanagari', 'cyrillic'] as const) {
    if (counts[script] * 2 >= letters) return LANGUAGE_OF_SCRIPT[script];
  }
  return undefined;
}

/** The message's `count` likeliest languages: its script's language first, then the model's heads. */
export function languagesOf(text: string, model: ReaderModel, whole: Readonly<Record<string, number>>, count: number): string[] {
  const byScript = scriptLanguage(text);
  const heads = likeliestLanguages(model, whole, count + 1);
  if (byScript === undefined) return heads.slice(0, count);
  return [byScript, ...heads.filter((lang) => lang !== byScript)].slice(0, count);
}
