import { decay, DAY } from '../state/time.ts';
import type { Moment, MomentKind } from './moment.ts';

export interface RecallQuery {
  readonly now: number;
  /** Content words of the current message (see terms.ts). */
  readonly terms: readonly string[];
  /** Kinds that matter for this turn get a boost (a repeated bid wants its refusal). */
  readonly kinds?: ReadonlySet<MomentKind>;
  readonly limit: number;
  /** Moments newer than this are the current turn itself: skip them. */
  readonly before?: number;
}

export interface Recalled {
  readonly moment: Moment;
  readonly score: number;
}

const RECENCY_HALF_LIFE_MS = 7 * DAY;

/**
 * Rank moments for this turn by importance, recency and relevance (shared
 * content words). One pass over the candidates, with a bounded top-k list, so
 * thousands of moments cost well under a millisecond.
 */
export function recall(moments: readonly Moment[], query: RecallQuery): Recalled[] {
  const terms = new Set(query.terms);
  const top: Recalled[] = [];
  const before = query.before ?? Infinity;
  for (const moment of moments) {
    if (moment.at >= before) continue;
    let overlap = 0;
    for (const term of moment.terms) if (terms.has(term)) overlap += 1;
    const relevance = terms.size === 0 ? 0 : overlap / Math.min(terms.size, 6);
    const kindBoost = query.kinds?.has(moment.kind) ? 0.6 : 0;
    if (overlap === 0 && kindBoost === 0 && moment.importance < 0.5) continue;
    const recency = decay(query.now - moment.at, RECENCY_HALF_LIFE_MS);
    const score = moment.importance * (0.35 + 0.65 * recency) + 0.8 * Math.min(relevance, 1) + kindBoost;
    if (top.length < query.limit) {
      top.push({ moment, score });
      top.sort((a, b) => b.score - a.score);
    } else if (score > (top.at(-1)?.score ?? 0)) {
      top[top.length - 1] = { moment, score };
      top.sort((a, b) => b.score - a.score);
    }
  }
  return top;
}
