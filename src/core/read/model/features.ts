import { foldForMatching, sentencesOf, wordsOf } from '../normalize.ts';
import { log1p } from './exact-math.ts';
import { conceptMatcher, CONCEPT_LEXICONS } from './concepts/index.ts';

/**
 * Hashed n-gram features, as fastText and the prototype in READING-NOTES.md:
 * word unigrams and bigrams, and character 2- to 5-grams over the words joined
 * by single spaces (which also covers scripts written without spaces), and the
 * concepts of concepts.ts with their pairs. Each
 * feature is hashed (FNV-1a, 32-bit, with a seed per kind) into 2^bits buckets;
 * values are log counts, L2-normalised. Integer hashing and IEEE arithmetic
 * give the same vector in Node and in the browser.
 */

export interface FeatureVector {
  readonly indices: Uint32Array;
  readonly values: Float64Array;
}

/** Raw counts of hashed features, indices ascending (a whole message's may be unsorted: countMessage): parts of a message add up without re-reading text. */
export interface FeatureCounts {
  readonly indices: Uint32Array;
  readonly counts: Float64Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
const SEED_CONCEPT = 0x27d4eb2f;
const SEED_CONCEPT_PAIR = 0x165667b1;
/** A concept counts as this many occurrences: one word among hundreds of n-grams would weigh too little. */
const CONCEPT_COUNT = 2;
const MIN_N = 2;
const MAX_N = 5;

function hashString(seed: number, text: string): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

let featureSetName: string | undefined;
/**
 * The name of this feature set, concept words included: a weights file records
 * the set it was trained on and is refused with any other (its buckets would
 * mean other things).
 */
export function featureSet(): string {
  return (featureSetName ??= `words1-2+chars${MIN_N}-${MAX_N}+concepts:${hashString(0, JSON.stringify(CONCEPT_LEXICONS)).toString(16)}`);
}

/** hashString(SEED_BIGRAM, `${first} ${second}`), without building the string. */
function hashBigram(first: string, second: string): number {
  let h = (FNV_OFFSET ^ SEED_BIGRAM) >>> 0;
  for (let i = 0; i < first.length; i += 1) h = Math.imul(h ^ first.charCodeAt(i), FNV_PRIME) >>> 0;
  h = Math.imul(h ^ 32, FNV_PRIME) >>> 0;
  for (let i = 0; i < second.length; i += 1) h = Math.imul(h ^ second.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}

/** A reusable dense accumulator: counting into an array beats a Map several times over. */
class Scratch {
  readonly dense: Uint32Array;
  readonly touched: number[] = [];
  constructor(readonly bits: number) {
    this.dense = new Uint32Array(2 ** bits);
  }
  add(hash: number): void {
    const index = (hash ^ (hash >>> this.bits)) & (this.dense.length - 1);
    if (this.dense[index] === 0) this.touched.push(index);
    this.dense[index] = (this.dense[index] as number) + 1;
  }
  addCounts(counts: FeatureCounts): void {
    for (let i = 0; i < counts.indices.length; i += 1) {
      const index = counts.indices[i] as number;
      if (this.dense[index] === 0) this.touched.push(index);
      this.dense[index] = (this.dense[index] as number) + (counts.counts[i] as number);
    }
  }
  /**
   * The counts gathered so far, the accumulator cleared; sorted by index when
   * they will be merged with others (a sentence's), in the order first seen
   * when not (a whole message's: sorting it was a fifth of reading a long one).
   */
  take(sorted = true): FeatureCounts {
    const { touched } = this;
    const indices = new Uint32Array(touched.length);
    for (let i = 0; i < touched.length; i += 1) indices[i] = touched[i] as number;
    if (sorted) indices.sort();
    const counts = new Float64Array(indices.length);
    for (let i = 0; i < indices.length; i += 1) {
      const index = indices[i] as number;
      counts[i] = this.dense[index] as number;
      this.dense[index] = 0;
    }
    this.touched.length = 0;
    return { indices, counts };
  }
}

const scratches = new Map<number, Scratch>();
function scratchFor(bits: number): Scratch {
  let scratch = scratches.get(bits);
  if (!scratch) scratches.set(bits, (scratch = new Scratch(bits)));
  return scratch;
}

/** Counts of the hashed features of a text already in the matching form. */
export function countFolded(folded: string, bits: number): FeatureCounts {
  const scratch = scratchFor(bits);
  const words = wordsOf(folded);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    scratch.add(hashString(SEED_WORD, word));
    if (i + 1 < words.length) scratch.add(hashBigram(word, words[i + 1] as string));
  }
  const spaced = words.join(' ');
  // Concepts, and each pair of concepts in the same text: "pills" with "tonight" is not "pills" with "pharmacy".
  const concepts = conceptMatcher().conceptsIn(spaced);
  for (let i = 0; i < concepts.length; i += 1) {
    const concept = concepts[i] as number;
    for (let k = 0; k < CONCEPT_COUNT; k += 1) scratch.add(hashString(SEED_CONCEPT, String(concept)));
    for (let j = i + 1; j < concepts.length; j += 1) scratch.add(hashString(SEED_CONCEPT_PAIR, `${concept}&${concepts[j] as number}`));
  }
  const joined = ` ${spaced} `;
  for (let start = 0; start < joined.length; start += 1) {
    let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let n = 1; n <= MAX_N && start + n <= joined.length; n += 1) {
      h ^= joined.charCodeAt(start + n - 1);
      h = Math.imul(h, FNV_PRIME) >>> 0;
      if (n >= MIN_N) scratch.add(h);
    }
  }
  return scratch.take();
}

/** The sum of two sets of counts (two neighbouring sentences read together). */
export function addCounts(a: FeatureCounts, b: FeatureCounts): FeatureCounts {
  const indices = new Uint32Array(a.indices.length + b.indices.length);
  const counts = new Float64Array(indices.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.indices.length || j < b.indices.length) {
    const ai = i < a.indices.length ? (a.indices[i] as number) : Infinity;
    const bj = j < b.indices.length ? (b.indices[j] as number) : Infinity;
    if (ai === bj) {
      indices[n] = ai;
      counts[n] = (a.counts[i] as number) + (b.counts[j] as number);
      i += 1;
      j += 1;
    } else if (ai < bj) {
      indices[n] = ai;
      counts[n] = a.counts[i] as number;
      i += 1;
    } else {
      indices[n] = bj;
      counts[n] = b.counts[j] as number;
      j += 1;
    }
    n += 1;
  }
  return { indices: indices.subarray(0, n), counts: counts.subarray(0, n) };
}

/** log(1 + n) for the small whole counts nearly every feature has, computed once. */
const LOG1P_TABLE = Float64Array.from({ length: 256 }, (_, n) => log1p(n));
const logCount = (count: number): number => (Number.isInteger(count) && count < 256 ? (LOG1P_TABLE[count] as number) : log1p(count));

/** log(1 + count), L2-normalised. */
export function vectorOf(counts: FeatureCounts): FeatureVector {
  const values = new Float64Array(counts.indices.length);
  let norm = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = logCount(counts.counts[i] as number);
    values[i] = value;
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i += 1) values[i] = (values[i] as number) * scale;
  }
  return { indices: counts.indices, values };
}

/**
 * The dot products of the window a (+ b, two neighbouring sentences) with
 * dense weights, one per entry of `weights`, written to `dots`: the same sums
 * as vectorOf(addCounts(a, b)) would give against those weights, in the same
 * bucket order, without building either. Returns the L2 scale of the window
 * (1 / its norm), by which each dot is to be multiplied.
 */
export function windowDots(a: FeatureCounts, b: FeatureCounts | undefined, weights: readonly Float32Array[], dots: Float64Array): number {
  dots.fill(0);
  let norm = 0;
  let i = 0;
  let j = 0;
  const other = b ?? EMPTY_COUNTS;
  while (i < a.indices.length || j < other.indices.length) {
    const ai = i < a.indices.length ? (a.indices[i] as number) : Infinity;
    const bj = j < other.indices.length ? (other.indices[j] as number) : Infinity;
    let bucket: number;
    let count: number;
    if (ai <= bj) {
      bucket = ai;
      count = a.counts[i] as number;
      i += 1;
      if (ai === bj) {
        count += other.counts[j] as number;
        j += 1;
      }
    } else {
      bucket = bj;
      count = other.counts[j] as number;
      j += 1;
    }
    const value = logCount(count);
    norm += value * value;
    for (let k = 0; k < weights.length; k += 1) dots[k] = (dots[k] as number) + ((weights[k] as Float32Array)[bucket] as number) * value;
  }
  return norm > 0 ? 1 / Math.sqrt(norm) : 1;
}

const EMPTY_COUNTS: FeatureCounts = { indices: new Uint32Array(0), counts: new Float64Array(0) };

/** Counts of a message read as its sentences, each counted once: the whole is their sum. */
export interface MessageCounts {
  readonly sentences: readonly string[];
  readonly parts: readonly FeatureCounts[];
  readonly whole: FeatureCounts;
}

/**
 * Fold once, split into sentences, count each; the whole message's counts are
 * the sum of its sentences' (n-grams do not cross a sentence end). Training
 * and reading both count this way, so a part and the whole are read alike.
 */
export function countMessage(text: string, bits: number, maxParts = Infinity, folded: string = foldForMatching(text), sortedWhole = true): MessageCounts {
  const sentences = sentencesOf(folded);
  const parts = sentences.slice(0, maxParts).map((sentence) => countFolded(sentence, bits));
  let whole: FeatureCounts;
  if (sentences.length > parts.length) {
    whole = countFolded(sentences.join(' '), bits);
  } else {
    const scratch = scratchFor(bits);
    for (const part of parts) scratch.addCounts(part);
    whole = scratch.take(sortedWhole);
  }
  return { sentences: sentences.slice(0, parts.length), parts, whole };
}

/** The feature vector of a text: log(1 + count), L2-normalised, indices ascending. */
export function featuresOf(text: string, bits: number): FeatureVector {
  return vectorOf(countMessage(text, bits).whole);
}
