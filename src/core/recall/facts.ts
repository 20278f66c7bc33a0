/**
 * Facts the user shares about his own life, read from one message: who he is,
 * where he lives, what he does, the people in his life, his plans. Lexical and
 * bounded; a miss costs a callback, a false fact would be worse, so the
 * patterns are first-person and specific.
 */

export type FactCategory = 'name' | 'place' | 'work' | 'person' | 'plan' | 'preference';

export interface FactDraft {
  readonly category: FactCategory;
  /** The fact in a short line, in the user's words. */
  readonly text: string;
  readonly importance: number;
}

import { termsOf } from './terms.ts';

const PEOPLE =
  'sister|brother|mom|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|partner|son|daughter|kid|kids|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|best friend|friend|roommate|boss|manager|coworker|colleague|neighbou?r|therapist|dog|cat';

const RULES: readonly (readonly [FactCategory, RegExp, number])[] = [
  ['name', /\b(?:my name is|my name's|call me) ([A-Za-z][\w'-]{1,30})/i, 0.9],
  ['place', /\bi (?:live|grew up|moved|just moved|am moving|'m moving) (?:in|to|from|near|outside) ([^.,!?\n]{2,40})/i, 0.75],
  ['place', /\bi(?:'m| am) (?:originally )?from ([^.,!?\n]{2,40})/i, 0.7],
  ['work', /\bi (?:work|am working|'m working) (?:as|at|in|for) ([^.,!?\n]{2,50})/i, 0.75],
  ['work', /\bi(?:'m| am) an? (nurse|teacher|student|developer|engineer|doctor|artist|writer|chef|cook|designer|programmer|lawyer|musician|barista|mechanic|accountant|electrician|pharmacist|paramedic|firefighter|scientist|researcher|photographer)\b/i, 0.7],
  ['person', new RegExp(`\\bmy (${PEOPLE})(?:,? ([A-Z][a-z]{1,20}),?)? (?:is|was|just|has|had|'s|will|got|started|called|came|visits|visited|lives|works)\\b[^.!?\\n]{0,60}`, 'i'), 0.65],
  ['person', new RegExp(`\\bi have an? (${PEOPLE})\\b[^.!?\\n]{0,40}`, 'i'), 0.6],
  ['plan', /\b(?:i(?:'m| am) (?:going to|gonna|planning to|about to)|i have an? (?:exam|interview|date|appointment|trip|flight|presentation|test|meeting)|next week i|this weekend i|tomorrow i) [^.!?\n]{2,60}/i, 0.6],
  ['preference', /\bmy favou?rite [a-z]+ (?:is|are) [^.!?\n]{2,40}/i, 0.5],
];

export function extractFacts(text: string): FactDraft[] {
  // Case is kept: a capital is how a name is told from a word.
  const light = text.slice(0, 4000).normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const facts: FactDraft[] = [];
  const seen = new Set<string>();
  for (const [category, pattern, importance] of RULES) {
    const match = pattern.exec(light);
    if (!match) continue;
    const line = match[0].replace(/\s+/g, ' ').trim().slice(0, 200);
    const key = `${category}:${line.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ category, text: line, importance });
  }
  return facts;
}

/** A stored fact, as recall sees it. */
export interface KnownFact {
  readonly id: string;
  readonly text: string;
  readonly at: number;
  readonly importance: number;
  /** The user pinned it: always offered, whatever the message is about. */
  readonly pinned?: boolean;
}

/** At most this many pinned facts come along with every message (the prompt has little room). */
export const MAX_PINNED_RECALLED = 5;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Facts important enough to come along even when the message does not touch them (his name). */
const ALWAYS_RELEVANT = 0.85;

/**
 * Facts indexed by their word stems, so recall touches only the facts that
 * share a word with the message, however many are stored. Ranking: relevance
 * (shared stems) first, then importance, then recency.
 */
export class FactIndex {
  readonly #facts = new Map<string, KnownFact>();
  readonly #byTerm = new Map<string, Set<string>>();
  readonly #terms = new Map<string, readonly string[]>();
  readonly #important = new Set<string>();
  readonly #pinned = new Set<string>();

  add(fact: KnownFact): void {
    if (this.#facts.has(fact.id)) this.remove(fact.id);
    const terms = [...new Set(termsOf(fact.text))];
    this.#facts.set(fact.id, fact);
    this.#terms.set(fact.id, terms);
    for (const term of terms) {
      let ids = this.#byTerm.get(term);
      if (!ids) this.#byTerm.set(term, (ids = new Set()));
      ids.add(fact.id);
    }
    if (fact.importance >= ALWAYS_RELEVANT) this.#important.add(fact.id);
    if (fact.pinned) this.#pinned.add(fact.id);
  }

  remove(id: string): boolean {
    const terms = this.#terms.get(id);
    if (!terms) return false;
    for (const term of terms) this.#byTerm.get(term)?.delete(id);
    this.#terms.delete(id);
    this.#important.delete(id);
    this.#pinned.delete(id);
    return this.#facts.delete(id);
  }

  get size(): number {
    return this.#facts.size;
  }

  /** Pinned facts first (the latest few), then the `limit` most relevant of the rest. */
  rank(message: string, now: number, limit = 3): KnownFact[] {
    const pinned = [...this.#pinned]
      .flatMap((id) => this.#facts.get(id) ?? [])
      .sort((a, b) => b.at - a.at)
      .slice(0, MAX_PINNED_RECALLED);
    const chosen = new Set(pinned.map((fact) => fact.id));
    const overlap = new Map<string, number>();
    for (const term of new Set(termsOf(message))) {
      for (const id of this.#byTerm.get(term) ?? []) overlap.set(id, (overlap.get(id) ?? 0) + 1);
    }
    for (const id of this.#important) if (!overlap.has(id)) overlap.set(id, 0);
    const scored: { fact: KnownFact; score: number }[] = [];
    for (const [id, shared] of overlap) {
      const fact = this.#facts.get(id);
      if (!fact || chosen.has(id)) continue;
      const ageDays = Math.max(0, (now - fact.at) / DAY_MS);
      scored.push({ fact, score: shared * 2 + fact.importance + 0.3 * Math.exp(-ageDays / 30) });
    }
    const ranked = scored
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((entry) => entry.fact);
    return [...pinned, ...ranked];
  }
}

/** Rank a plain list (builds a throwaway index; keep a FactIndex for repeated recall). */
export function rankFacts(facts: readonly KnownFact[], message: string, now: number, limit = 3): KnownFact[] {
  const index = new FactIndex();
  for (const fact of facts) index.add(fact);
  return index.rank(message, now, limit);
}
