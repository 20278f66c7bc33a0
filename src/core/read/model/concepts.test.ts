import { describe, expect, it } from 'vitest';
import { CONCEPTS, ConceptMatcher, formOf, type Concept, type ConceptLexicon } from './concepts.ts';
import { CONCEPT_LEXICONS } from './concepts/index.ts';
import { foldForMatching, wordsOf } from '../normalize.ts';

const empty = Object.fromEntries(CONCEPTS.map((concept) => [concept, []])) as unknown as Record<Concept, readonly string[]>;
const lexicon = (lang: string, match: ConceptLexicon['match'], concepts: Partial<Record<Concept, readonly string[]>>): ConceptLexicon => ({
  lang,
  match,
  concepts: { ...empty, ...concepts },
});

const matcher = new ConceptMatcher([
  lexicon('de', 'word-start', { pills: ['Tablette', 'Schlaftabl'], kill_self: ['umbring', 'das Leben nehm'], soon_time: ['heute nacht'] }),
  lexicon('zh', 'anywhere', { pills: ['安眠药'], die_wish: ['想死'] }),
  lexicon('ar', 'anywhere', { second_person: ['انت '], i_love_you: ['بحبك'] }),
  lexicon('en', 'word-start', { pills: ['pills', 'od'] }),
]);
const conceptsOf = (text: string): Concept[] => matcher.conceptsIn(wordsOf(foldForMatching(text)).join(' ')).map((index) => CONCEPTS[index] as Concept);

describe('concepts in a message', () => {
  it('match a stem at the start of a word, so it covers the word\'s endings', () => {
    expect(conceptsOf('Ich hab alle TABLETTEN genommen')).toEqual(['pills']);
    expect(conceptsOf('ich will mich umbringen')).toEqual(['kill_self']);
  });

  it('match a phrase across words, whatever the case, accents and punctuation between them', () => {
    expect(conceptsOf('Ich will mir das Leben nehmen. Heute, Nacht.')).toEqual(['kill_self', 'soon_time']);
  });

  it('do not match a stem inside a word in a spaced script', () => {
    expect(conceptsOf('die Kopfschmerztablette')).toEqual([]);
  });

  it('match anywhere in scripts without spaces', () => {
    expect(conceptsOf('我今天真的好想死啊，买了安眠药')).toEqual(['die_wish', 'pills']);
  });

  it('anchor a form at a word\'s edge where its writer put a space there', () => {
    expect(conceptsOf('انت فين')).toEqual(['second_person']);
    expect(conceptsOf('انتظرني')).toEqual([]);
    expect(conceptsOf('وبحبك كتير')).toEqual(['i_love_you']);
  });

  it('match a form too short to be a stem only as a whole word', () => {
    // "od" would start "odd", "odour", "oder".
    expect(conceptsOf('odd oder')).toEqual([]);
    expect(conceptsOf('i think i od\'d. no, i od')).toEqual(['pills']);
  });

  it('read bad input without an exception', () => {
    for (const text of ['', '🙂🙂🙂', '\u200b\u200b', 'مرحبا بالعالم', 'a'.repeat(20_000), 'Ich 想死 pills שלום']) {
      expect(() => conceptsOf(text)).not.toThrow();
    }
  });
});

describe('the shipped concept lexicons', () => {
  it('cover every language the reader is trained on, each once', () => {
    const langs = CONCEPT_LEXICONS.map((l) => l.lang);
    expect(new Set(langs).size).toBe(langs.length);
  });

  it.each(CONCEPT_LEXICONS.map((l) => [l.lang, l] as const))('%s: forms that survive folding, and words for most concepts', (_lang, lex) => {
    const unmatchable: string[] = [];
    let covered = 0;
    for (const concept of CONCEPTS) {
      const forms = lex.concepts[concept] ?? [];
      if (forms.length > 0) covered += 1;
      for (const form of forms) if (formOf(form).length === 0) unmatchable.push(form);
    }
    // A form that folds to nothing (punctuation only) matches nothing: it should not be there.
    expect(unmatchable, unmatchable.join(', ')).toEqual([]);
    expect(covered).toBeGreaterThanOrEqual(CONCEPTS.length - 3);
  });
});
