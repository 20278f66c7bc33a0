/**
 * Text normalisation for appraisal and the reply guard.
 *
 * Everything here is linear in the input: one pass of simple character-class
 * replacements, then a token loop. Input is cut to MAX_CHARS first so the cost
 * of appraising any message is bounded.
 */

export const MAX_CHARS = 20_000;
const MAX_TOKEN_LENGTH = 40;

const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2764\u2665\u{1F493}\u{1F495}-\u{1F49F}\u{1F60D}\u{1F618}\u{1F970}\u{1F48B}\u{1F63B}\u{1FA77}\u{1F9E1}\u{1F90D}\u{1F90E}\u{1F5A4}\u{1F499}\u{1F49A}\u{1F49B}\u{1F49C}]/gu, ' emolove '],
  [/[\u{1F97A}\u{1F622}\u{1F625}\u{1F614}\u{1F61E}\u{1F494}]/gu, ' emosad '],
  [/\u{1F62D}/gu, ' emosob '],
  [/[\u{1F602}\u{1F923}\u{1F606}\u{1F639}\u{1F480}]/gu, ' emolaugh '],
  [/[\u{1F609}\u{1F60F}\u{1F61C}\u{1F61D}]/gu, ' emowink '],
  [/\u{1F644}/gu, ' emoeyeroll '],
  [/[\u{1F621}\u{1F620}\u{1F92C}\u{1F595}]/gu, ' emoangry '],
  [/[\u{1F346}\u{1F351}\u{1F4A6}\u{1F445}]/gu, ' emolewd '],
  [/[\u{1F975}\u{1F608}]/gu, ' emohot '],
  [/[\u{1F633}\u{1F648}]/gu, ' emoblush '],
];

/** Slang and shorthand, expanded token by token (after apostrophes are dropped). */
const SLANG: Readonly<Record<string, string>> = {
  u: 'you', ya: 'you', yu: 'you', yoy: 'you', uu: 'you',
  ur: 'your', yr: 'your', youre: 'youre', yur: 'your',
  r: 'are', n: 'and', y: 'why', k: 'ok', kk: 'ok', okay: 'ok', okk: 'ok',
  pls: 'please', plz: 'please', plox: 'please', pleas: 'please', pleasee: 'please', pleaseee: 'please', plss: 'please',
  wanna: 'want to', gonna: 'going to', gotta: 'got to', hafta: 'have to', tryna: 'trying to', lemme: 'let me', gimme: 'give me',
  luv: 'love', lov: 'love', ily: 'i love you', ilysm: 'i love you', ilu: 'i love you',
  idk: 'i dont know', ik: 'i know', idc: 'i dont care', ikr: 'i know right',
  rn: 'right now', tbh: 'to be honest', tbf: 'to be fair', ngl: 'not going to lie', imo: 'in my opinion', fr: 'for real', frfr: 'for real',
  bc: 'because', b4: 'before', cuz: 'because', coz: 'because', cos: 'because', bcuz: 'because', becuz: 'because', bcz: 'because',
  gf: 'girlfriend', bf: 'boyfriend', bff: 'best friend', bday: 'birthday',
  tho: 'though', thx: 'thanks', ty: 'thank you', tysm: 'thank you', thnx: 'thanks', thanx: 'thanks',
  msg: 'message', txt: 'text', ppl: 'people', sry: 'sorry', soz: 'sorry', srry: 'sorry', sorrry: 'sorry',
  nite: 'night', gn: 'good night', gnight: 'good night', goodnight: 'good night', ttyl: 'talk to you later', cya: 'see you', brb: 'be right back', gtg: 'got to go', g2g: 'got to go', w: 'with',
  wo: 'without', wat: 'what', urself: 'yourself', uself: 'yourself', yourslef: 'yourself', wut: 'what', wht: 'what', abt: 'about', bout: 'about', smth: 'something', sth: 'something', sm: 'so much', rly: 'really', rlly: 'really',
  prolly: 'probably', def: 'definitely', obv: 'obviously', whatev: 'whatever', nvm: 'never mind', dunno: 'dont know', kinda: 'kind of', sorta: 'sort of',
  hs: 'high school', yrs: 'years', mins: 'minutes', hrs: 'hours',
  im: 'im', iam: 'im', ima: 'im going to', imma: 'im going to',
  thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  twelve: '12', eleven: '11', ten: '10', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
  '2day': 'today', '2nite': 'tonight', '2morrow': 'tomorrow', tmrw: 'tomorrow', tmr: 'tomorrow', tmw: 'tomorrow',
  ai: 'ai', bot: 'bot', chatbot: 'bot',
  // Caribbean and West African English spellings whose meaning is not in doubt ("mi a go kill miself", "tek all di tablets").
  miself: 'myself', meself: 'myself', mehself: 'myself', maself: 'myself', mahself: 'myself', misef: 'myself',
  yuhself: 'yourself', yuh: 'you', tek: 'take', teking: 'taking', wid: 'with', cyaan: 'cant', cyan: 'cant', cyah: 'cant',
  pon: 'on', inna: 'in', likkle: 'little', wetin: 'what',
};

const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;
const COMBINING = /\p{M}+/gu;

/** Lower-cased, NFKC-normalised, invisible characters removed; punctuation kept (for injection cues). */
export function lightNormalize(text: string): string {
  return text
    .slice(0, MAX_CHARS)
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, ' ')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words people mask with symbols ("f***", "st*pid", "b#tch"): read as the word they stand for. */
const MASKABLE = ['fuck', 'fucking', 'fucker', 'shit', 'stupid', 'bitch', 'idiot', 'asshole', 'dumb', 'moron', 'loser', 'cunt', 'bastard', 'retard', 'whore', 'slut', 'dick', 'prick', 'twat', 'wanker', 'damn', 'crap', 'ass', 'useless', 'pathetic', 'trash'];
const MASK = /[*#@$%]/;
/** A token's masked core, with what leads and trails it ("(f***!" -> "(", "f***", "!"); anchored, so linear. */
const MASKED_CORE = /^([^a-z*#@$%]*)([a-z*#@$%]{3,12})([^a-z*#@$%]*)$/;

/** "f**k" -> "fuck" when exactly one maskable word fits the letters shown; anything else is left alone. */
function unmask(token: string): string {
  if (!MASK.test(token)) return token;
  const parts = MASKED_CORE.exec(token);
  const core = parts?.[2];
  if (core === undefined || !/[a-z]/.test(core)) return token;
  const fits = MASKABLE.filter((word) => word.length === core.length && [...core].every((ch, i) => !/[a-z]/.test(ch) || ch === word[i]));
  return fits.length === 1 ? `${parts?.[1] ?? ''}${fits[0] as string}${parts?.[3] ?? ''}` : token;
}

/** Repeated letters ("pleeease", "sooooo") squashed to at most two. */
function squashRepeats(token: string): string {
  return token.replace(/([a-z])\1{2,}/g, '$1$1');
}

export interface WordForm {
  /** Space-separated tokens with a leading and trailing space: " just say you like me ? ". */
  readonly text: string;
  readonly tokens: readonly string[];
}

/**
 * Word form: apostrophes dropped ("don't" → "dont"), emoji mapped to words,
 * Latin letters reduced to their base letter, letters of other scripts kept,
 * slang expanded, sentence punctuation kept as its own token.
 */
export function wordForm(text: string, correct?: (token: string) => string): WordForm {
  let s = lightNormalize(text).replace(/\S+/g, unmask);
  for (const [pattern, word] of EMOJI_WORDS) s = s.replace(pattern, word);
  s = s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(APOSTROPHES, '')
    .replace(/[?]+/g, ' ? ')
    .replace(/[!]+/g, ' ! ')
    .replace(/[.;]+/g, ' . ')
    .replace(/(\d)[.,](\d)/g, '$1$2')
    // Letters of every script stay (a Cyrillic or Devanagari word is a word, not a placeholder).
    .replace(/[^\p{L}\p{N}?!. ]+/gu, ' ');
  const tokens: string[] = [];
  for (const raw of s.split(' ')) {
    if (raw === '') continue;
    let token = raw.length > MAX_TOKEN_LENGTH ? 'zz' : squashRepeats(raw);
    const expanded = SLANG[token];
    if (expanded !== undefined) {
      for (const part of expanded.split(' ')) tokens.push(part);
      continue;
    }
    if (correct) token = correct(token);
    tokens.push(token);
  }
  return { text: ` ${tokens.join(' ')} `, tokens };
}
