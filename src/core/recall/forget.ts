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
/**
 * Asked of her, as a question or an order ("can you forget my address?",
 * "delete my number please"), in English and the first words of other
 * languages. An order must open its sentence: "I always forget my keys" is not one.
 */
const ASKED =
  /(?:\b(?:can|could|would|will) you (?:please )?|(?:^|[.!?]\s*)(?:please |pls |ok |okay )?)(?:forget|delete|erase|remove|wipe) ((?:my|the) [^.!?\n]{2,60}?)(?:[.!?,]|\s+(?:please|pls|for me|now)\b|$)/i;
const ASKED_ELSEWHERE =
  /(?:^|[.!?¿¡]\s*)(?:por favor |please |bitte |s'il te plait |s'il te plaît |per favore )?(?:olvida|olvídate de|olvidate de|borra|esquece|apaga|vergiss|lösch|losch|oublie|efface|dimentica|cancella)(?: lo que te dije de| lo de| o que te disse sobre| was ich dir über| ce que je t'ai dit sur| quello che ti ho detto su)? ((?:mi|mis|mein|meine|meinen|mon|ma|mes|meu|minha|o meu|a minha|il mio|la mia|el|la) [^.!?\n]{2,60}?)(?:[.!?,]|$)/iu;
const FILLER = new Set(['my', 'the', 'a', 'an', 'that', 'this', 'me', 'i', 'about', 'please', 'pls', 'our', 'of', 'bitte', 'porfa', 'por', 'favor', 'stp', 'mi', 'mis', 'mein', 'meine', 'meinen', 'mon', 'ma', 'mes', 'meu', 'minha', 'o', 'il', 'mio', 'mia', 'el', 'la']);

export function readForgetRequest(text: string): ForgetRequest | null {
  const clean = text.slice(0, 500).replace(/[\u2018\u2019]/g, "'");
  const match = REQUEST.exec(clean) ?? ASKED.exec(clean) ?? ASKED_ELSEWHERE.exec(clean);
  const topic = match?.[1]?.trim();
  if (!topic) return null;
  const terms = topic
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
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
