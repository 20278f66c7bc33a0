import { foldLetterVariants, foldForMatching, hasUnspacedScript } from '../normalize.ts';
import { LiteralIndex } from '../../text/literal-index.ts';

/**
 * The lexicon as tested data: each cue names what it reads, the pattern, and
 * sentences it must read (examples) and must not (counterexamples). Tests are
 * generated from them (lexicon.test.ts), so a cue cannot drift from its
 * meaning unnoticed, and no cue restates a test sentence from elsewhere.
 *
 * Patterns run on the matching form (read/normalize.ts: lower case, NFKC,
 * accents folded, every script kept) with the `u` flag. Macros keep them
 * readable in every script, where `\b` does not work:
 *   {b}  start of a word   (?<![\p{L}\p{N}])
 *   {e}  end of a word     (?![\p{L}\p{N}])
 *   {w}  one word          [\p{L}\p{N}\p{M}]+
 *   {g3} up to three more words, bounded (never an unbounded gap)
 * Every gap is bounded, so matching stays linear in the message.
 */

export type CueLabel =
  /** Explicit words of risk to the writer's life: read recall-first. */
  | 'crisis'
  /** First-person, present evidence of being under 18, other than a stated age. */
  | 'minor'
  /** The writer's own age stated: the first capture group is the number. */
  | 'age'
  /**
   * The writer speaks as a parent or teacher ("mi hija", "ich unterrichte",
   * "我是初中老师"): school words in the same message are about someone else,
   * never a minor read, unless the writer states an age under 18. English has
   * its role words in read.ts instead.
   */
  | 'adult_role'
  /**
   * Words that make an age or school year read next to them not the writer's
   * own, now: someone else's ("my little brother is in year 9", "adek gue
   * kelas 10"), the past ("when I was 15", "ملي كان عندي 15"), or a
   * comparison ("feel like I'm 16 again", "気持ちだけは17歳"). Read only in a
   * window just before (or, with `near: 'after'`, just after) an age or minor
   * cue's match, never on their own.
   */
  | 'not_own';

export interface Cue {
  readonly id: string;
  readonly label: CueLabel;
  readonly pattern: string;
  readonly examples: readonly string[];
  readonly counterexamples: readonly string[];
  /** For `age` cues: the age each example states, in order. */
  readonly ages?: readonly number[];
  /** For `not_own` cues: whether the words come before the age or school year (the default) or after it. */
  readonly near?: 'before' | 'after';
  /**
   * For `not_own` cues: what the words make the age or school year. Someone
   * else's words never outweigh the writer's own first person ("i told her
   * im 15"); the past's and a comparison's do ("like im 12"), and so does a
   * possessor where the possessive follows the noun (Indonesian "adek gue
   * kelas 10": my little brother, class 10).
   */
  readonly whose?: 'someone_else' | 'past' | 'comparison' | 'possessor';
}

export interface Lexicon {
  /** The language the cues are written for (a BCP-47 tag as the corpus uses them). */
  readonly lang: string;
  readonly cues: readonly Cue[];
}

const MACROS: Readonly<Record<string, string>> = {
  b: '(?<![\\p{L}\\p{N}])',
  e: '(?![\\p{L}\\p{N}])',
  w: '[\\p{L}\\p{N}\\p{M}]+',
  g1: '(?:[\\s,]+[\\p{L}\\p{N}\\p{M}]+)?',
  g2: '(?:[\\s,]+[\\p{L}\\p{N}\\p{M}]+){0,2}',
  g3: '(?:[\\s,]+[\\p{L}\\p{N}\\p{M}]+){0,3}',
  g5: '(?:[\\s,]+[\\p{L}\\p{N}\\p{M}]+){0,5}',
};

export class CueError extends Error {
  override readonly name = 'CueError';
}

export function compileCue(cue: Cue): RegExp {
  // Patterns are written with every letter; the text they read has letter variants folded (normalize.ts).
  const source = foldLetterVariants(cue.pattern).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const macro = MACROS[name];
    if (macro === undefined) throw new CueError(`cue ${cue.id}: unknown macro ${whole}`);
    return macro;
  });
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new CueError(`cue ${cue.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface CueHit {
  readonly cue: Cue;
  readonly excerpt: string;
  /** Where the match starts and ends in the text the cue read. */
  readonly start: number;
  readonly end: number;
  /** For `age` cues, the age stated. */
  readonly age?: number;
}

export interface CompiledLexicon {
  readonly cues: readonly { readonly lang: string; readonly cue: Cue; readonly pattern: RegExp }[];
  /** Which cues can match a text at all, by their required literals. */
  readonly index: LiteralIndex;
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const cues = lexicons.flatMap((lexicon) => lexicon.cues.map((cue) => ({ lang: lexicon.lang, cue, pattern: compileCue(cue) })));
  return { cues, index: new LiteralIndex(cues.map(({ pattern }) => pattern)) };
}

/**
 * Every cue that reads the text, with its excerpt; the text is folded here.
 * With `langs`, only those languages' cues run (the message's languages as the
 * model reads them): a cue of another language rarely matches, and running
 * every language's cues on every message costs more than the rest of reading.
 */
export function matchCues(compiled: CompiledLexicon, text: string, langs?: ReadonlySet<string>, folded: string = foldForMatching(text)): CueHit[] {
  const hits: CueHit[] = [];
  const mayMatch = compiled.index.scan(folded);
  for (let index = 0; index < compiled.cues.length; index += 1) {
    const { lang, cue, pattern } = compiled.cues[index] as CompiledLexicon['cues'][number];
    if ((langs && !langs.has(lang)) || cue.label === 'not_own' || !mayMatch(index)) continue;
    const match = pattern.exec(folded);
    if (match === null) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    if (cue.label === 'age') {
      const age = Number(match[1]);
      if (!Number.isInteger(age) || age < 5 || age > 99) continue;
      hits.push({ cue, excerpt: match[0].slice(0, 80), ...span, age });
    } else {
      hits.push({ cue, excerpt: match[0].slice(0, 80), ...span });
    }
  }
  return hits;
}

/** How far before and after an age or school year the words that make it someone else's are looked for. */
const NOT_OWN_CLAUSE_CHARS = 60;
const NOT_OWN_BEFORE_WORDS = 6;
const NOT_OWN_BEFORE_UNSPACED = 12;
const NOT_OWN_AFTER = 24;
/** The last NOT_OWN_BEFORE_WORDS words of a clause, with the space after them. */
const LAST_WORDS = new RegExp(`(?:\\S+\\s+){0,${NOT_OWN_BEFORE_WORDS}}\\S*$`, 'u');
/** Punctuation that ends a clause, in every script. */
const CLAUSE_END = /[.!?;,\n\u060C\u061B\u061F\u3001\u3002\uFF01\uFF0C\uFF1B\uFF1F\u0964]/u;
/** Words that turn a sentence ("i used to love it but im 14 now"): what came before them is another clause. */
const TURN = /(?<![\p{L}\p{N}])(?:but|so|pero|mais|aber|maar|ale|ama|но|لكن|lekin|magar|tapi|でも|但是|하지만)(?![\p{L}\p{N}])/u;
/** A match that begins with the writer's own first person, in any of the languages: "im 15", "ich bin", "나 중2", "我初三". */
const FIRST_PERSON_START =
  /^(?:i|im|i\s+am|ive|ich|je|jai|jsuis|yo|estoy|tengo|eu|to|tou|io|sono|faccio|ho|ik|zit|ja|jestem|mam|ben|я|мне|у\s+меня|انا|عندي|عمري|मैं|मेरी|main|mai|mein|aku|gue|gw|saya|私|僕|俺|あたし|うち|나|저|난|전|我)(?![\p{L}\p{N}])|^(?:私|僕|俺|あたし|うち|나|저|난|전|我)/u;

/**
 * The `not_own` words next to the span start..end of a text in the matching
 * form, if any: "my little brother is " just before "in year 9", " again"
 * just after "I'm 16". Only the same clause, and only its last few words
 * before the match: "my brother keeps stealing my hoodies im 14" is still the
 * writer's 14.
 */
export function notOwnNear(compiled: CompiledLexicon, text: string, start: number, end: number, langs?: ReadonlySet<string>): CueHit | undefined {
  const clause = text.slice(Math.max(0, start - NOT_OWN_CLAUSE_CHARS), start).split(CLAUSE_END).at(-1)?.split(TURN).at(-1) ?? '';
  const before = hasUnspacedScript(clause) ? clause.slice(-NOT_OWN_BEFORE_UNSPACED) : (LAST_WORDS.exec(clause)?.[0] ?? '');
  // A dot straight after a number is an ordinal ("im 7. Stock"), not a clause's end.
  const after = text.slice(end, end + NOT_OWN_AFTER).replace(/^(\s*)\./, '$1').split(CLAUSE_END)[0] ?? '';
  const firstPerson = FIRST_PERSON_START.test(text.slice(start, end).trimStart());
  for (const { lang, cue, pattern } of compiled.cues) {
    if (cue.label !== 'not_own' || (langs && !langs.has(lang))) continue;
    if (firstPerson && cue.whose === 'someone_else') continue;
    const window = cue.near === 'after' ? after : before;
    const match = pattern.exec(window);
    if (match !== null) return { cue, excerpt: match[0].slice(0, 80), start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
