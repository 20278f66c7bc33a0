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

import { stem, termsOf } from './terms.ts';

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
  readonly text: string;
  readonly at: number;
  readonly importance: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The facts worth bringing up now: relevance to this message first (shared
 * word stems), then importance, then recency. A fact that shares nothing with
 * the message only comes along if it is important (his name) and there is room.
 */
export function rankFacts(facts: readonly KnownFact[], message: string, now: number, limit = 3): KnownFact[] {
  const terms = new Set(termsOf(message));
  const scored = facts.map((fact) => {
    const words = termsOf(fact.text).map(stem);
    const overlap = words.filter((word) => terms.has(word)).length;
    const ageDays = Math.max(0, (now - fact.at) / DAY_MS);
    const score = overlap * 2 + fact.importance + 0.3 * Math.exp(-ageDays / 30);
    return { fact, overlap, score };
  });
  return scored
    .filter((entry) => entry.overlap > 0 || entry.fact.importance >= 0.85)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.fact);
}
