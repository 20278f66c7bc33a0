import { CONCEPT_LEXICONS } from '../core/read/model/concepts/index.ts';
import { CONCEPTS, ConceptMatcher, entryMatching, formOf, type ConceptLexicon } from '../core/read/model/concepts.ts';
import { foldForMatching, wordsOf } from '../core/read/normalize.ts';
import type { Written, WriterMessage } from './corpus.ts';

/** A concept form, matched at the start of words, that mostly starts other languages' words in the corpora. */
export interface CollidingStem {
  readonly lang: string;
  readonly concept: string;
  readonly form: string;
  /** Occurrences of longer words it starts, in messages of its own language and of the others. */
  readonly own: number;
  readonly foreign: number;
  readonly examples: readonly string[];
}

/** Stems this short are checked: a longer one rarely begins another language's everyday word. */
const MAX_STEM = 6;
/** A stem is flagged when it starts at least this many other-language words, and more than twice as many as its own. */
const MIN_FOREIGN = 20;

/**
 * Every concept lexicon is matched against every message, whatever its
 * language: a stem such as Dutch "mes" (knife) also starts English "message",
 * Polish "nic" starts "nice", French "pas" starts "passerai". Such a form
 * belongs as a whole word (written with a trailing space). Counted over the
 * corpora's words, by the language of the message they occur in.
 */
export function collidingStems(writers: readonly Written<WriterMessage>[], lexicons: readonly ConceptLexicon[] = CONCEPT_LEXICONS): CollidingStem[] {
  const tokens = new Map<string, Map<string, number>>();
  for (const writer of writers) {
    for (const message of writer.items) {
      for (const token of wordsOf(foldForMatching(message.text))) {
        let byLang = tokens.get(token);
        if (!byLang) tokens.set(token, (byLang = new Map()));
        byLang.set(message.lang, (byLang.get(message.lang) ?? 0) + 1);
      }
    }
  }
  // Sorted, so the words a stem starts are one run found by binary search.
  const sorted = [...tokens.keys()].sort();
  const firstAtOrAfter = (form: string): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as string) < form) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const found: CollidingStem[] = [];
  for (const lexicon of lexicons) {
    if (lexicon.match !== 'word-start') continue;
    // A word another language's own forms give the same concept is a cognate ("suicidio" for "suicid"), not a collision.
    const others = new ConceptMatcher(lexicons.filter((other) => other !== lexicon));
    const conceptsOfToken = new Map<string, readonly number[]>();
    const sameConceptElsewhere = (token: string, concept: number): boolean => {
      let concepts = conceptsOfToken.get(token);
      if (!concepts) conceptsOfToken.set(token, (concepts = others.conceptsIn(token)));
      return concepts.includes(concept);
    };
    for (const [concept, forms] of Object.entries(lexicon.concepts)) {
      const conceptIndex = CONCEPTS.indexOf(concept as (typeof CONCEPTS)[number]);
      for (const entry of forms ?? []) {
        const form = formOf(entry);
        // Only what the matcher reads as a stem: one word, not anchored as a whole word.
        if (form.includes(' ') || form.length > MAX_STEM || entryMatching(lexicon, entry, form).wholeWord) continue;
        let own = 0;
        let foreign = 0;
        const examples = new Map<string, number>();
        for (let at = firstAtOrAfter(form); at < sorted.length && (sorted[at] as string).startsWith(form); at += 1) {
          const token = sorted[at] as string;
          if (token === form || sameConceptElsewhere(token, conceptIndex)) continue;
          for (const [lang, count] of tokens.get(token) ?? []) {
            if (lang === lexicon.lang) own += count;
            else {
              foreign += count;
              examples.set(token, (examples.get(token) ?? 0) + count);
            }
          }
        }
        if (foreign >= MIN_FOREIGN && foreign > 2 * own) {
          const top = [...examples].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([token]) => token);
          found.push({ lang: lexicon.lang, concept, form: entry, own, foreign, examples: top });
        }
      }
    }
  }
  return found;
}
