import { describe, expect, it } from 'vitest';
import { compileCue, compileLexicons, matchCues, type Cue } from './cue.ts';
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

describe.each(all.map(({ lang, cue }) => [`${lang} ${cue.id}`, cue] as const))('cue %s', (_name, cue) => {
  const pattern = compileCue(cue);
  it.each(cue.examples.map((example, i) => [example, i] as const))('reads %s', (example, i) => {
    const hits = matchCues({ cues: [{ lang: 'any', cue, pattern }] }, example);
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
