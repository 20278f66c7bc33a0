import { describe, expect, it } from 'vitest';
import { MAX_LITERAL_LENGTH, requiredLiterals } from './required-literals.ts';

const literals = (source: string, flags = 'u') => {
  const found = requiredLiterals(new RegExp(source, flags));
  return found === undefined ? undefined : [...found].sort();
};

describe('requiredLiterals', () => {
  it('names the literal of a plain word, cut to the index depth', () => {
    expect(literals('pills')).toEqual(['pills']);
    expect(literals('\\bsuicidal\\b')).toEqual(['suicid'.slice(0, MAX_LITERAL_LENGTH)]);
  });

  it('needs one literal from every branch of an alternation', () => {
    expect(literals('\\b(?:pills|tablets|rope)\\b')).toEqual(['pills', 'rope', 'tablet']);
    expect(literals('kill myself|end it all')).toEqual(['end it', 'kill m']);
  });

  it('names nothing when one branch has no literal: that branch could match any text', () => {
    expect(literals('pills|\\d+')).toBeUndefined();
    expect(literals('pills|(?:x)?')).toBeUndefined();
  });

  it('spells out optional parts and small classes, and keeps the strongest run', () => {
    expect(literals('(?:my )?mum')).toEqual(['mum', 'my mum']);
    expect(literals('ह[ूु]ं')).toEqual(['हुं', 'हूं']);
    expect(literals('year [7-9]')).toEqual(['year 7', 'year 8', 'year 9']);
  });

  it('does not carry a literal across a gap of unknown words', () => {
    expect(literals('\\bgave (?:away )?(?:\\w+ ){0,3}things\\b')).toEqual(['things']);
    expect(literals('\\bi(?: [a-z]+){0,8} ok')).toEqual([' ok']);
  });

  it('adds nothing for look-arounds and anchors', () => {
    expect(literals('(?<![\\p{L}\\p{N}])ich bin(?! nicht)')).toEqual(['ich bi']);
    expect(literals('^\\s*system:')).toEqual(['system']);
  });

  it('takes a repeated atom as required once, and an optional one not at all', () => {
    expect(literals('(?:ha)+')).toEqual(['ha']);
    expect(literals('(?:ha){2,}')).toEqual(['ha']);
    expect(literals('x*')).toBeUndefined();
    expect(literals('(?:abc){0,2}')).toBeUndefined();
  });

  it('reads escapes, unicode escapes and characters outside the BMP as whole characters', () => {
    expect(literals('\\u0928\\u093E')).toEqual(['ना']);
    expect(literals('\\u{1F480}\\.')).toEqual(['💀.']);
    // An optional emoji is optional as a whole, not half a surrogate pair.
    expect(literals('ok😀?')).toEqual(['ok', 'ok😀']);
    expect(literals('a\\.b')).toEqual(['a.b']);
  });

  it('names nothing for what it cannot be sure of', () => {
    expect(literals('([a-z])\\1{2,}')).toBeUndefined();
    expect(literals('[^abc]+')).toBeUndefined();
    expect(literals('\\p{L}+')).toBeUndefined();
    expect(literals('hello', 'iu')).toBeUndefined();
    expect(literals('(?<word>\\w+) \\k<word>')).toBeUndefined();
  });

  it('never names a literal that a match lacks', () => {
    const patterns = [
      '\\b(?:giving|gave) (?:away )?(?:all )?(?:of )?(?:my|most of my) (?:stuff|things)\\b',
      '(?<![\\p{L}\\p{N}])(?:मैं?\\s+)?(?:बस\\s+)?मरना\\s+चाहत[ाी]',
      '(?:好|真的)?想(?:去)?死(?!你)',
      '\\b(?:im|i am) (?:in )?(?:year|yr) ?(?:[7-9]|1[01])\\b',
      'a(?:b|c(?:d|e)?)f?g',
    ];
    const texts = [
      'im giving away all of my stuff', 'gave my things', 'मैं बस मरना चाहता', 'मरना चाहती', '想死', '真的想去死了',
      'i am in year 10', 'im yr7', 'abg', 'acg', 'acdfg', 'aceg',
    ];
    for (const source of patterns) {
      const pattern = new RegExp(source, 'u');
      const required = requiredLiterals(pattern);
      for (const text of texts) {
        if (!pattern.test(text)) continue;
        expect(required === undefined || required.some((literal) => text.includes(literal)), `${source} on ${text}`).toBe(true);
      }
    }
  });

  it('stays sound on the syntax a review found misread: empty and any-character classes, surrogate escapes, non-unicode patterns, octal, the v flag', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ['x[^]|y[a]', 'u', 'ya'],
      ['x[]|y[b]', 'u', 'yb'],
      ['x[^]|y]', '', 'y]'],
      ['ok\\uD83D\\uDE00?', 'u', 'ok'],
      ['\\uD83D\\uDE00{0}x', 'u', 'x'],
      ['[😀-\\uD83D\\uDE02]', 'u', '😀'],
      ['\\u{2}', '', 'uu'],
      ['[\\u{31}中]', '', '}'],
      ['a\\01', '', 'a\u0001'],
      ['[\\01]', '', '\u0001'],
      ['[😀]', '', '\uD83D'],
      ['a😀?b', '', 'a\uD83Db'],
      ['[a[bc]]x', 'v', 'ax'],
      ['\\uD83D?', 'u', 'abc'],
    ];
    for (const [source, flags, text] of cases) {
      const pattern = new RegExp(source, flags);
      expect(pattern.test(text), `${source} should match ${JSON.stringify(text)}`).toBe(true);
      const required = requiredLiterals(pattern);
      expect(required === undefined || required.some((literal) => text.includes(literal)), `${source} /${flags} on ${JSON.stringify(text)}: ${JSON.stringify(required)}`).toBe(true);
    }
  });

  it('names nothing, without throwing, for escapes it cannot read', () => {
    for (const source of ['\\u{zz}', '\\u{110000}', 'a\\u{FFFFFF}']) {
      expect(() => requiredLiterals(new RegExp(source)), source).not.toThrow();
    }
  });
});

