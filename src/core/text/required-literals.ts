/**
 * Required literals of a regular expression: a set of strings such that every
 * match of the pattern contains at least one of them. A text that contains
 * none of them cannot match, so the pattern need not run (literal.index.ts).
 * This is the literal analysis of code search and RE2, for the syntax the
 * lexicons use: literals, groups, alternation, quantifiers, small character
 * classes, escapes and zero-width assertions.
 *
 * The analysis must never name a literal a match could lack. Where it cannot
 * be sure (a back-reference, a wide class, an unknown construct), it names
 * nothing and the pattern always runs.
 */

/** A set larger than this is not extended by concatenation: a pattern's literals stay few. */
const MAX_SET = 64;
/** Literals are cut to this length: a prefix of a required string is required too, and the index stays shallow. */
export const MAX_LITERAL_LENGTH = 6;
/** A character class expands to its characters only when it has at most this many. */
const MAX_CLASS = 16;

interface Facts {
  /** Every string the node can match, when that set is finite and small. */
  readonly exact?: ReadonlySet<string>;
  /** Strings one of which every match of the node contains. */
  readonly required?: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set(['']);
const NOTHING_KNOWN: Facts = {};

/** A set names something only if none of its strings is empty (the empty string is in every text). */
const usable = (set: ReadonlySet<string> | undefined): set is ReadonlySet<string> => set !== undefined && set.size > 0 && !set.has('');

/** Longer literals are rarer; among equally long ones, fewer are cheaper to look for. */
function strength(set: ReadonlySet<string>): number {
  let shortest = Infinity;
  for (const literal of set) shortest = Math.min(shortest, literal.length);
  return Math.min(shortest, MAX_LITERAL_LENGTH) * 1000 - set.size;
}

function stronger(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!usable(a)) return usable(b) ? b : undefined;
  if (!usable(b)) return a;
  return strength(b) > strength(a) ? b : a;
}

function concatenate(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (a.size * b.size > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

export class UnsupportedPatternError extends Error {
  override readonly name = 'UnsupportedPatternError';
}

class PatternReader {
  private at = 0;
  /** With the u flag a character outside the BMP is one atom; without it each UTF-16 unit is. */
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): Facts {
    const facts = this.alternation();
    if (this.at !== this.source.length) throw new UnsupportedPatternError(`unexpected ${this.source.slice(this.at, this.at + 12)}`);
    return facts;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private alternation(): Facts {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Facts;
    let exact: Set<string> | undefined = new Set();
    let required: Set<string> | undefined = new Set();
    for (const branch of branches) {
      if (exact && branch.exact) for (const s of branch.exact) exact.add(s);
      else exact = undefined;
      // Any branch may be the one that matched: the alternation requires one of any branch's literals.
      const own = stronger(branch.exact, branch.required);
      if (required && own) for (const s of own) required.add(s);
      else required = undefined;
    }
    return { exact: exact && exact.size <= MAX_SET ? exact : undefined, required };
  }

  private sequence(): Facts {
    // `run` is every string the atoms since the last unknown one can spell together.
    let run: ReadonlySet<string> = EMPTY;
    let best: ReadonlySet<string> | undefined;
    let allExact = true;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.quantified();
      if (atom.exact) {
        const longer = concatenate(run, atom.exact);
        if (longer) {
          run = longer;
          continue;
        }
        best = stronger(best, run);
        run = atom.exact;
        allExact = false;
        continue;
      }
      allExact = false;
      best = stronger(stronger(best, run), atom.required);
      run = EMPTY;
    }
    return { exact: allExact ? run : undefined, required: stronger(best, run) };
  }

  private quantified(): Facts {
    const atom = this.atom();
    let min: number;
    let max: number;
    const next = this.peek();
    if (next === '?') [min, max] = [0, 1];
    else if (next === '*') [min, max] = [0, Infinity];
    else if (next === '+') [min, max] = [1, Infinity];
    else if (next === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!bounds) return atom;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
      this.at += bounds[0].length - 1;
    } else return atom;
    this.at += 1;
    if (this.peek() === '?') this.at += 1; // lazy: same strings
    if (min === 0) {
      if (max === 0) return { exact: EMPTY };
      if (max === 1 && atom.exact) return { exact: new Set([...atom.exact, '']) };
      return NOTHING_KNOWN;
    }
    if (min === 1 && max === 1) return atom;
    // Repeated at least once: it occurs, so what it requires is required.
    return { required: stronger(atom.exact, atom.required) };
  }

  private atom(): Facts {
    const char = this.source[this.at] as string;
    this.at += 1;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '.':
        return NOTHING_KNOWN;
      case '^':
      case '$':
        return { exact: EMPTY };
      case '\\':
        return this.escape(false).facts;
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
        throw new UnsupportedPatternError(`unexpected ${char}`);
      default:
        return { exact: new Set([this.wholeCodePoint(char)]) };
    }
  }

  /** With the u flag, a character outside the Basic Multilingual Plane (a surrogate pair) is one atom. */
  private wholeCodePoint(char: string): string {
    const low = this.source[this.at];
    if (this.unicode && char >= '\uD800' && char <= '\uDBFF' && low !== undefined && low >= '\uDC00' && low <= '\uDFFF') {
      this.at += 1;
      return char + low;
    }
    return char;
  }

  private group(): Facts {
    let zeroWidth = false;
    if (this.peek() === '?') {
      const kind = this.peek(1);
      if (kind === ':') this.at += 2;
      else if (kind === '=' || kind === '!') [this.at, zeroWidth] = [this.at + 2, true];
      else if (kind === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) [this.at, zeroWidth] = [this.at + 3, true];
      else if (kind === '<') {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw new UnsupportedPatternError('unterminated group name');
        this.at = close + 1;
      } else throw new UnsupportedPatternError(`group (?${kind ?? ''}`);
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new UnsupportedPatternError('unbalanced parenthesis');
    this.at += 1;
    // A look-around only narrows where the rest may match; it adds no characters.
    return zeroWidth ? { exact: EMPTY } : inner;
  }

  private escape(inClass: boolean): { facts: Facts; char?: string } {
    const letter = this.source[this.at];
    if (letter === undefined) throw new UnsupportedPatternError('trailing backslash');
    this.at += 1;
    if ((letter === 'b' && !inClass) || letter === 'B') return { facts: { exact: EMPTY } };
    if (letter === 'p' || letter === 'P') {
      if (this.peek() === '{') {
        const close = this.source.indexOf('}', this.at);
        if (close < 0) throw new UnsupportedPatternError('unterminated property');
        this.at = close + 1;
      }
      return { facts: NOTHING_KNOWN };
    }
    if ('dDwWsS'.includes(letter) || /[1-9]/.test(letter)) return { facts: NOTHING_KNOWN };
    if (letter === 'k' || letter === 'c') throw new UnsupportedPatternError(`\\${letter}`);
    let char: string;
    const controls: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b' };
    if (letter in controls) char = controls[letter] as string;
    else if (letter === '0') {
      // \0 is NUL; \01 is an octal escape outside the u flag: not worth reading.
      if (/[0-9]/.test(this.peek() ?? '')) throw new UnsupportedPatternError('octal escape');
      char = '\0';
    } else if (letter === 'u' && this.peek() === '{') {
      // Without the u flag "\u{2}" is the letter u twice; with it, a code point.
      const close = this.source.indexOf('}', this.at);
      const hex = close < 0 ? '' : this.source.slice(this.at + 1, close);
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (!this.unicode || !(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new UnsupportedPatternError(`\\u{${hex}}`);
      char = String.fromCodePoint(code);
      this.at = close + 1;
    } else if (letter === 'u' || letter === 'x') {
      const width = letter === 'u' ? 4 : 2;
      const hex = this.source.slice(this.at, this.at + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new UnsupportedPatternError(`\\${letter}${hex}`);
      const code = parseInt(hex, 16);
      // A surrogate written as an escape pairs with the next escape under the u flag: not worth reading.
      if (code >= 0xd800 && code <= 0xdfff) throw new UnsupportedPatternError('surrogate escape');
      char = String.fromCharCode(code);
      this.at += width;
    } else char = this.wholeCodePoint(letter);
    return { facts: { exact: new Set([char]) }, char };
  }

  private classMember(): string | undefined {
    const char = this.source[this.at] as string;
    this.at += 1;
    if (char === '\\') return this.escape(true).char;
    return this.wholeCodePoint(char);
  }

  private characterClass(): Facts {
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const members = new Set<string>();
    let open = false;
    // "[]" matches nothing and "[^]" anything: a first "]" closes the class in JavaScript.
    while (this.at < this.source.length && this.peek() !== ']') {
      const low = this.classMember();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.at += 1;
        const high = this.classMember();
        if (low === undefined || high === undefined) {
          open = true;
          continue;
        }
        const from = low.codePointAt(0) as number;
        const to = high.codePointAt(0) as number;
        if (to - from >= MAX_CLASS) open = true;
        else for (let code = from; code <= to; code += 1) members.add(String.fromCodePoint(code));
      } else if (low === undefined) open = true;
      else members.add(low);
    }
    if (this.peek() !== ']') throw new UnsupportedPatternError('unterminated class');
    this.at += 1;
    if (negated || open || members.size === 0 || members.size > MAX_CLASS) return NOTHING_KNOWN;
    return { exact: members };
  }
}

/**
 * Literals one of which every match of `pattern` contains, each at most
 * MAX_LITERAL_LENGTH long; undefined when none can be named (the pattern must
 * then always run). Case-insensitive and v-flag patterns name none.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  // Case-insensitive patterns match other spellings; the v flag's nested classes are another syntax.
  if (pattern.flags.includes('i') || pattern.flags.includes('v')) return undefined;
  let facts: Facts;
  try {
    facts = new PatternReader(pattern.source, pattern.flags.includes('u')).read();
  } catch (error) {
    if (error instanceof UnsupportedPatternError) return undefined;
    throw error;
  }
  const literals = stronger(facts.exact, facts.required);
  return literals ? [...new Set([...literals].map((literal) => literal.slice(0, MAX_LITERAL_LENGTH)))] : undefined;
}
