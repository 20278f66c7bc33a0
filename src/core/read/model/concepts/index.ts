import { en } from './en.ts';
import { nl } from './nl.ts';
import { ConceptMatcher, type ConceptLexicon } from '../concepts.ts';

/** Every language's concept words; one matcher for all of them (a form of one language rarely occurs in another). */
export const CONCEPT_LEXICONS: readonly ConceptLexicon[] = [en, nl];

let matcher: ConceptMatcher | undefined;
/** Built on first use: the reader's chunk loads before a message is read. */
export function conceptMatcher(): ConceptMatcher {
  return (matcher ??= new ConceptMatcher(CONCEPT_LEXICONS));
}
