import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../normalize.ts';
import { compileCue, compileLexicons, matchCues, notOwnNear, type Cue } from './cue.ts';
import { LEXICONS } from './index.ts';

/** Tests generated from the lexicon's own data: every cue reads its examples and none of its counterexamples. */
const all = LEXICONS.flatMap((lexicon) => lexicon.cues.map((cue) => ({ lang: lexicon.lang, cue })));
const compiled = compileLexicons(LEXICONS);
const labelOf = (text: string, label: Cue['label']) => matchCues(compiled, text).filter((hit) => hit.cue.label === label);

describe('lexicon data', () => {
  it('has unique cue ids, each with at least two examples and one counterexample', () => {
    const ids = all.map(({ cue }) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { cue } of all) {
      expect(cue.examples.length, cue.id).toBeGreaterThanOrEqual(2);
      expect(cue.counterexamples.length, cue.id).toBeGreaterThanOrEqual(1);
      if (cue.label === 'age') expect(cue.ages?.length, `${cue.id}: one age per example`).toBe(cue.examples.length);
    }
  });

  it('rejects an unknown macro with the cue named', () => {
    expect(() => compileCue({ id: 'x-bad', label: 'crisis', pattern: '{nope}', examples: [], counterexamples: [] })).toThrow(/x-bad.*\{nope\}/);
  });
});

const ageCues = all.filter(({ cue }) => cue.label !== 'not_own');
const notOwnCues = all.filter(({ cue }) => cue.label === 'not_own');

/** The cue's words next to the [bracketed] age or school year of a sentence, as readMessage looks for them. */
function notOwnAround(cue: Cue, marked: string): string | undefined {
  const open = marked.indexOf('[');
  const close = marked.indexOf(']');
  if (open < 0 || close < open) throw new Error(`${cue.id}: mark the age or school year in [brackets]: ${marked}`);
  // Folded whole, as readMessage reads it; the [bracketed] words are found in the folded text.
  const text = foldForMatching(marked.replace(/[[\]]/g, ''));
  const span = foldForMatching(marked.slice(open + 1, close));
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`${cue.id}: the bracketed words are not in the folded sentence: ${marked}`);
  return notOwnNear(compileLexicons([{ lang: 'any', cues: [cue] }]), text, start, start + span.length)?.excerpt;
}

describe.each(notOwnCues.map(({ lang, cue }) => [`${lang} ${cue.id}`, cue] as const))("words that make an age not the writer's own: %s", (_name, cue) => {
  it.each(cue.examples.map((example) => [example] as const))('are next to the age in %s', (example) => {
    expect(notOwnAround(cue, example), `${cue.id} should find its words next to the age: ${example}`).toBeDefined();
  });
  it.each(cue.counterexamples.map((text) => [text] as const))('are not next to the age in %s', (text) => {
    expect(notOwnAround(cue, text), `${cue.id} should not: ${text}`).toBeUndefined();
  });
});

describe("words that make an age not the writer's own, in the whole lexicon", () => {
  it('are never read as a cue of their own', () => {
    expect(matchCues(compiled, 'my little brother is in year 9').some((hit) => hit.cue.label === 'not_own')).toBe(false);
  });
  it('do not reach words far from the age', () => {
    const text = 'my little brother has a new bike and he is so proud of it that he rides it all day. im in year 9';
    const start = text.indexOf('im in year 9');
    expect(notOwnNear(compiled, text, start, text.length)).toBeUndefined();
  });
});

describe.each(ageCues.map(({ lang, cue }) => [`${lang} ${cue.id}`, cue] as const))('cue %s', (_name, cue) => {
  // Through the literal index, as the app reads: the index must never skip a cue on its own example.
  const alone = compileLexicons([{ lang: 'any', cues: [cue] }]);
  it.each(cue.examples.map((example, i) => [example, i] as const))('reads %s', (example, i) => {
    const hits = matchCues(alone, example);
    expect(hits.length, `${cue.id} should read: ${example}`).toBe(1);
    if (cue.label === 'age') expect(hits[0]?.age).toBe(cue.ages?.[i]);
  });
  it.each(cue.counterexamples.map((text) => [text] as const))('does not read %s', (text) => {
    // Not this cue, and not the same label through any other cue of the lexicon.
    if (cue.label === 'age') {
      expect(labelOf(text, 'age').filter((hit) => (hit.age ?? 99) < 18), text).toEqual([]);
    } else {
      expect(labelOf(text, cue.label).map((hit) => hit.cue.id), text).toEqual([]);
    }
  });
});
