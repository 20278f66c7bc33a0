import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { hiLatn } from './hi-latn.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { zh } from './zh.ts';
import { ConceptMatcher, type ConceptLexicon } from '../concepts.ts';
import { wordsOf } from '../../normalize.ts';

/** Every language's concept words; one matcher for all of them (a form of one language rarely occurs in another). */
export const CONCEPT_LEXICONS: readonly ConceptLexicon[] = [ar, de, en, es, fr, hi, hiLatn, id, it, ja, ko, nl, pl, pt, ru, tr, zh];

let matcher: ConceptMatcher | undefined;
/** Built on first use: the reader's chunk loads before a message is read. */
export function conceptMatcher(): ConceptMatcher {
  return (matcher ??= new ConceptMatcher(CONCEPT_LEXICONS));
}

/** The concepts (indices into CONCEPTS) of a whole text already in the matching form (foldForMatching). */
export function conceptsOfFolded(folded: string): number[] {
  return conceptMatcher().conceptsIn(wordsOf(folded).join(' '));
}
