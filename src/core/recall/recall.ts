import { DAY } from '../state/time.ts';
import type { Moment, MomentKind } from './moment.ts';

export interface RecallQuery {
  readonly now: number;
  /** Content words of the current message (see terms.ts). */
  readonly terms: readonly string[];
  /** Kinds that matter for this turn get a boost (a repeated bid wants its refusal). */
  readonly kinds?: ReadonlySet<MomentKind>;
  readonly limit: number;
  /** Moments at or after this instant are the current turn itself: skip them. */
  readonly before?: number;
}

export interface Recalled {
  readonly moment: Moment;
  readonly score: number;
}

const RECENCY_RATE = Math.LN2 / (7 * DAY);
/** How far back each list is read per query: enough for relevance, bounded for speed. */
const PER_TERM = 96;
const PER_KIND = 48;
const IMPORTANT = 0.75;

/** Score of one moment for a query: importance fading with age, plus shared words, plus a boost for the kinds this turn wants. */
export function scoreMoment(moment: Moment, query: RecallQuery, terms: ReadonlySet<string>): number {
  let overlap = 0;
  for (const term of moment.terms) if (terms.has(term)) overlap += 1;
  const relevance = terms.size === 0 ? 0 : Math.min(1, overlap / Math.min(terms.size, 6));
  const recency = Math.exp(-Math.max(0, query.now - moment.at) * RECENCY_RATE);
  const kindBoost = query.kinds?.has(moment.kind) ? 0.6 : 0;
  return moment.importance * (0.35 + 0.65 * recency) + 0.8 * relevance + kindBoost;
}

/**
 * The moments of one relationship, indexed for recall: by word, by kind and by
 * importance, so a query reads a few hundred candidates whatever the total.
 * Pure data structure (no storage); the app fills it from the database and
 * removes what the user deletes.
 */
export class MomentIndex {
  readonly #byId = new Map<string, Moment>();
  readonly #byTerm = new Map<string, Moment[]>();
  readonly #byKind = new Map<MomentKind, Moment[]>();
  readonly #important: Moment[] = [];

  constructor(moments: Iterable<Moment> = []) {
    for (const moment of moments) this.add(moment);
  }

  get size(): number {
    return this.#byId.size;
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Every moment, in the order added. */
  all(): Moment[] {
    return [...this.#byId.values()];
  }

  add(moment: Moment): void {
    if (this.#byId.has(moment.id)) this.remove(moment.id);
    this.#byId.set(moment.id, moment);
    for (const term of new Set(moment.terms)) push(this.#byTerm, term, moment);
    push(this.#byKind, moment.kind, moment);
    if (moment.importance >= IMPORTANT) this.#important.push(moment);
  }

  /** Forget a moment everywhere it is indexed. */
  remove(id: string): boolean {
    const moment = this.#byId.get(id);
    if (!moment) return false;
    this.#byId.delete(id);
    for (const term of new Set(moment.terms)) drop(this.#byTerm, term, id);
    drop(this.#byKind, moment.kind, id);
    const at = this.#important.findIndex((item) => item.id === id);
    if (at >= 0) this.#important.splice(at, 1);
    return true;
  }

  /** The best moments for a query, best first. */
  recall(query: RecallQuery): Recalled[] {
    const terms = new Set(query.terms);
    const before = query.before ?? Infinity;
    const seen = new Set<Moment>();
    const top: Recalled[] = [];
    const consider = (list: readonly Moment[] | undefined, depth: number) => {
      if (!list) return;
      for (let i = list.length - 1, read = 0; i >= 0 && read < depth; i -= 1) {
        const moment = list[i];
        if (!moment || moment.at >= before || seen.has(moment)) continue;
        read += 1;
        seen.add(moment);
        const score = scoreMoment(moment, query, terms);
        if (top.length < query.limit || score > (top.at(-1)?.score ?? -Infinity)) {
          if (top.length >= query.limit) top.pop();
          const index = top.findIndex((item) => item.score < score);
          top.splice(index < 0 ? top.length : index, 0, { moment, score });
        }
      }
    };
    for (const term of terms) consider(this.#byTerm.get(term), PER_TERM);
    for (const kind of query.kinds ?? []) consider(this.#byKind.get(kind), PER_KIND);
    consider(this.#important, PER_KIND);
    return top;
  }
}

function push<K>(map: Map<K, Moment[]>, key: K, moment: Moment): void {
  const list = map.get(key);
  if (list) list.push(moment);
  else map.set(key, [moment]);
}

function drop<K>(map: Map<K, Moment[]>, key: K, id: string): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.findIndex((item) => item.id === id);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
