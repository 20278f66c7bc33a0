import { STOP_WORDS, stem } from './terms.ts';

/**
 * "Forget what I told you about my sister": the user's right to have a memory
 * gone. Reading the request and matching what it covers are pure; the app
 * deletes the matches from every table.
 */

export interface ForgetRequest {
  /** The topic in the user's words ("my sister"). */
  readonly topic: string;
  /** Stems that a stored text must contain to match. */
  readonly terms: readonly string[];
}

const REQUEST =
  /\b(?:please )?(?:forget|delete|erase|remove)(?: (?:what|everything|anything|all) (?:i (?:told|said to|shared with|mentioned to) you|i said|you know))? about (.{2,80}?)(?:[.!?]|$)/i;
const FILLER = new Set(['my', 'the', 'a', 'an', 'that', 'this', 'me', 'i', 'about', 'please', 'our', 'of']);

export function readForgetRequest(text: string): ForgetRequest | null {
  const match = REQUEST.exec(text.slice(0, 500).replace(/[\u2018\u2019]/g, "'"));
  const topic = match?.[1]?.trim();
  if (!topic) return null;
  const terms = topic
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length >= 2 && !FILLER.has(word))
    .map(stem);
  return terms.length > 0 ? { topic, terms } : null;
}

/** The distinct word stems of a stored text: what a topic's terms are matched against (and what storage indexes). */
export function topicTerms(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean).map(stem))];
}

/**
 * The stems a stored text is indexed by, to find it when forgetting: its
 * content words only (no stop words, three letters or more), so common words
 * do not each point at every row.
 */
export function indexTerms(text: string): string[] {
  return topicTerms(text).filter(isIndexTerm);
}

/** Whether a term is one `indexTerms` keeps: a lookup by it finds every text that mentions it. */
export function isIndexTerm(term: string): boolean {
  return term.length >= 3 && !STOP_WORDS.has(term);
}

/** Whether a stored text is about the topic: every term appears (as a word stem). */
export function mentionsTopic(text: string, terms: readonly string[]): boolean {
  const words = new Set(topicTerms(text));
  return terms.every((term) => words.has(term));
}

export const FORGOTTEN = '[forgotten at your request]';

/**
 * Every string inside a stored value (a message with its decision, reasons and
 * callbacks; a state) that mentions the topic, replaced. Derived text such as
 * the inspector's reasons quotes the user too, and must not outlive the memory.
 */
export function scrubStrings<T>(value: T, terms: readonly string[]): { value: T; changed: number } {
  let changed = 0;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') {
      if (!mentionsTopic(item, terms)) return item;
      changed += 1;
      return FORGOTTEN;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  const result = walk(value) as T;
  return { value: changed > 0 ? result : value, changed };
}
