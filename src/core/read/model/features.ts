import { foldForMatching, wordsOf } from '../normalize.ts';

/**
 * Hashed n-gram features, as fastText and the prototype in READING-NOTES.md:
 * word unigrams and bigrams, and character 2- to 5-grams over the words joined
 * by single spaces (which also covers scripts written without spaces). Each
 * feature is hashed (FNV-1a, 32-bit, with a seed per kind) into 2^bits buckets;
 * values are log counts, L2-normalised. Integer hashing and IEEE arithmetic
 * give the same vector in Node and in the browser.
 */

export interface FeatureVector {
  readonly indices: Uint32Array;
  readonly values: Float64Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
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

/** Counts of hashed features of one text, added into `counts`. */
export function countFeatures(text: string, bits: number, counts: Map<number, number>): void {
  const mask = (1 << bits) - 1;
  const add = (hash: number) => {
    const index = (hash ^ (hash >>> bits)) & mask;
    counts.set(index, (counts.get(index) ?? 0) + 1);
  };
  const words = wordsOf(foldForMatching(text));
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    add(hashString(SEED_WORD, word));
    if (i + 1 < words.length) add(hashString(SEED_BIGRAM, `${word} ${words[i + 1] as string}`));
  }
  const joined = ` ${words.join(' ')} `;
  for (let start = 0; start < joined.length; start += 1) {
    let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let n = 1; n <= MAX_N && start + n <= joined.length; n += 1) {
      h ^= joined.charCodeAt(start + n - 1);
      h = Math.imul(h, FNV_PRIME) >>> 0;
      if (n >= MIN_N) add(h);
    }
  }
}

/** The feature vector of a text: log(1 + count), L2-normalised, indices ascending. */
export function featuresOf(text: string, bits: number): FeatureVector {
  const counts = new Map<number, number>();
  countFeatures(text, bits, counts);
  const indices = Uint32Array.from(counts.keys()).sort();
  const values = new Float64Array(indices.length);
  let norm = 0;
  for (let i = 0; i < indices.length; i += 1) {
    const value = Math.log1p(counts.get(indices[i] as number) as number);
    values[i] = value;
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i += 1) values[i] = (values[i] as number) * scale;
  }
  return { indices, values };
}
