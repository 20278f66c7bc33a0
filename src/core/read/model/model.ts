import { z } from 'zod';
import { countMessage, featureSet, vectorOf, windowDots, type FeatureCounts, type FeatureVector } from './features.ts';
import { hasUnspacedScript } from '../normalize.ts';
import { exp } from './exact-math.ts';

/**
 * A trained reader: one logistic regression per label over shared hashed
 * n-gram features. The weights file is built by `npm run train` and loaded
 * lazily; this module decodes it and scores text with it.
 *
 * File layout (little-endian): the 4 bytes "RDR1", a u32 header length, the
 * header as UTF-8 JSON (ModelHeader), then for each label in header order a
 * u32 count of non-zero weights followed by that many (varint gap to the
 * previous bucket, int8 weight) pairs. A weight is `int8 * label.scale`.
 */

const MAGIC = 'RDR1';

export const ModelHeader = z.strictObject({
  version: z.literal(1),
  /** 2^bits feature buckets. */
  bits: z.number().int().min(8).max(24),
  labels: z.array(
    z.strictObject({
      name: z.string().min(1),
      bias: z.number(),
      scale: z.number().positive(),
      /** Probability at or above which the label is read (chosen on writers held out from training). */
      threshold: z.number().min(0).max(1),
    }),
  ),
  /** Where the weights came from: corpus, writers, seed; shown by `npm run corpus`. */
  provenance: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type ModelHeader = z.infer<typeof ModelHeader>;

export interface ReaderModel {
  readonly header: ModelHeader;
  readonly labels: readonly string[];
  /** CSR by bucket: the entries of bucket b are rowStart[b] .. rowStart[b+1]-1. */
  readonly rowStart: Uint32Array;
  /**
   * Each entry is its label and quantised weight in one 16-bit code (label << 8 | byte):
   * one small array to fetch per feature instead of two, and the code indexes weightOf.
   */
  readonly entries: Uint16Array;
  /** The weight of every code: the file's int8 value times its label's scale, as a float32. */
  readonly weightOf: Float32Array;
}

export class ModelFormatError extends Error {
  override readonly name = 'ModelFormatError';
}

/** Weights of one label as trained: dense over buckets, before quantisation. */
export interface TrainedLabel {
  readonly name: string;
  readonly bias: number;
  readonly weights: Float32Array;
  readonly threshold: number;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/**
 * Encode trained labels into the weights file. Weights whose quantised value is
 * zero are dropped; `keep` caps how many of the largest a label keeps.
 */
export function encodeModel(bits: number, labels: readonly TrainedLabel[], provenance: ModelHeader['provenance'], keep: (label: string) => number): Uint8Array {
  const body: number[] = [];
  const headerLabels: ModelHeader['labels'] = [];
  for (const label of labels) {
    let max = 0;
    for (const w of label.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 127 : 1;
    const magnitudes = label.weights.map(Math.abs).sort();
    const floor = Math.max(scale / 2, magnitudes[Math.max(0, magnitudes.length - keep(label.name))] ?? 0);
    const entries: [number, number][] = [];
    label.weights.forEach((w, index) => {
      if (Math.abs(w) < floor) return;
      const q = Math.max(-127, Math.min(127, Math.round(w / scale)));
      if (q !== 0) entries.push([index, q]);
    });
    headerLabels.push({ name: label.name, bias: label.bias, scale, threshold: label.threshold });
    const count = entries.length;
    body.push(count & 0xff, (count >>> 8) & 0xff, (count >>> 16) & 0xff, (count >>> 24) & 0xff);
    let previous = 0;
    for (const [index, q] of entries) {
      writeVarint(body, index - previous);
      previous = index;
      body.push(q & 0xff);
    }
  }
  // The feature set is recorded so that weights are never read with features they were not trained on.
  const header: ModelHeader = { version: 1, bits, labels: headerLabels, provenance: { ...provenance, features: featureSet() } };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + headerBytes.length + body.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  out.set(body, 8 + headerBytes.length);
  return out;
}

/** Decode a weights file; a damaged or foreign file is a ModelFormatError naming what is wrong. */
export function decodeModel(bytes: Uint8Array): ReaderModel {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new ModelFormatError('not a reader model file (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new ModelFormatError('reader model file is truncated (header)');
  let header: ModelHeader;
  try {
    header = ModelHeader.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))));
  } catch (error) {
    throw new ModelFormatError(`reader model header is invalid: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
  if (header.labels.length > 255) throw new ModelFormatError('reader model has more than 255 labels');
  if (header.provenance['features'] !== featureSet()) {
    throw new ModelFormatError(`reader model was trained on other features (${String(header.provenance['features'] ?? 'unnamed')}, this build reads ${featureSet()}): run npm run train`);
  }
  const buckets = 2 ** header.bits;
  const perLabel: { index: number; code: number }[][] = [];
  const weightOf = new Float32Array(header.labels.length * 256);
  let at = 8 + headerLength;
  header.labels.forEach((label, labelIndex) => {
    for (let q = -128; q < 128; q += 1) weightOf[labelIndex * 256 + (q & 0xff)] = q * label.scale;
    if (at + 4 > bytes.length) throw new ModelFormatError(`reader model file is truncated (label ${label.name})`);
    const count = view.getUint32(at, true);
    at += 4;
    const entries: { index: number; code: number }[] = [];
    let index = 0;
    for (let i = 0; i < count; i += 1) {
      let gap = 0;
      let shift = 1;
      for (;;) {
        if (at >= bytes.length) throw new ModelFormatError(`reader model file is truncated (label ${label.name})`);
        const byte = bytes[at] as number;
        at += 1;
        gap += (byte & 0x7f) * shift;
        shift *= 128;
        if (byte < 0x80) break;
      }
      index += gap;
      if (index >= buckets || at >= bytes.length) throw new ModelFormatError(`reader model weights out of range (label ${label.name})`);
      const q = view.getInt8(at);
      at += 1;
      entries.push({ index, code: (labelIndex << 8) | (q & 0xff) });
    }
    perLabel.push(entries);
  });
  if (at !== bytes.length) throw new ModelFormatError('reader model file has trailing bytes');
  const counts = new Uint32Array(buckets + 1);
  for (const entries of perLabel) for (const entry of entries) counts[entry.index + 1] = (counts[entry.index + 1] as number) + 1;
  for (let b = 0; b < buckets; b += 1) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  const total = counts[buckets] as number;
  const codes = new Uint16Array(total);
  const fill = counts.slice(0, buckets);
  for (const entries of perLabel) {
    for (const entry of entries) {
      const slot = fill[entry.index] as number;
      codes[slot] = entry.code;
      fill[entry.index] = slot + 1;
    }
  }
  return { header, labels: header.labels.map((label) => label.name), rowStart: counts, entries: codes, weightOf };
}

/** Raw scores (log-odds) of every label for one feature vector. */
function logitsOf(model: ReaderModel, features: FeatureVector): Float64Array {
  const out = Float64Array.from(model.header.labels, (label) => label.bias);
  const { rowStart, entries, weightOf } = model;
  for (let i = 0; i < features.indices.length; i += 1) {
    const bucket = features.indices[i] as number;
    const value = features.values[i] as number;
    const end = rowStart[bucket + 1] as number;
    for (let e = rowStart[bucket] as number; e < end; e += 1) {
      const code = entries[e] as number;
      out[code >> 8] = (out[code >> 8] as number) + (weightOf[code] as number) * value;
    }
  }
  return out;
}

/**
 * Dense weights of the labels read part by part, built once per model: a long
 * message has a window per sentence and per pair, and a gather over dense
 * weights scores each far faster than walking the shared sparse rows.
 */
const dense = new WeakMap<ReaderModel, Map<number, Float32Array>>();
function denseWeights(model: ReaderModel, labels: readonly number[]): Float32Array[] {
  let byLabel = dense.get(model);
  if (!byLabel) dense.set(model, (byLabel = new Map()));
  return labels.map((label) => {
    const cached = byLabel.get(label);
    if (cached) return cached;
    const buckets = model.rowStart.length - 1;
    const weights = new Float32Array(buckets);
    for (let b = 0; b < buckets; b += 1) {
      for (let e = model.rowStart[b] as number; e < (model.rowStart[b + 1] as number); e += 1) {
        const code = model.entries[e] as number;
        if (code >> 8 === label) weights[b] = model.weightOf[code] as number;
      }
    }
    byLabel.set(label, weights);
    return weights;
  });
}

/** The `count` languages whose heads score highest (tags without the `lang:` prefix); none when the model has no heads. */
export function likeliestLanguages(model: ReaderModel, whole: Readonly<Record<string, number>>, count: number): string[] {
  return model.labels
    .filter((name) => name.startsWith('lang:'))
    .sort((a, b) => (whole[b] ?? 0) - (whole[a] ?? 0))
    .slice(0, count)
    .map((name) => name.slice(5));
}

/** The logistic function, with an exponential every engine computes alike. */
export const sigmoid = (x: number): number => 1 / (1 + exp(-x));

export interface ModelScores {
  /** Probability of each label over the whole message. */
  readonly whole: Readonly<Record<string, number>>;
  /** Probability of each label over the message's riskiest part (a sentence or two neighbouring sentences). */
  readonly riskiest: Readonly<Record<string, number>>;
  /** For each label, the part of the message that scored highest. */
  readonly part: Readonly<Record<string, string>>;
}

/** How many sentences a message is scored over, part by part; the rest is read whole only. */
const MAX_PARTS = 64;
/**
 * Only a long message is read part by part: on writers the model never saw,
 * the whole reads a short message better than its best sentence does, while a
 * long post can bury one risky sentence among ordinary ones.
 */
const LONG_MESSAGE_SENTENCES = 6;
/**
 * A part shorter than this is not scored alone: a fragment such as "I GOT IT."
 * has too few features to be read on its own, and is read with its neighbour.
 */
const MIN_PART_CHARS = 24;

/**
 * Score a message whole and, when it is long, part by part: a long message is
 * as risky as its riskiest sentence, or pair of neighbouring sentences
 * (READING-NOTES.md).
 * Only `partLabels` (default: every label but the language heads) are scored
 * by part; each sentence is read once and pairs add up their counts.
 */
export function scoreMessage(model: ReaderModel, text: string, partLabels?: readonly string[], folded?: string): ModelScores {
  const bits = model.header.bits;
  // The whole is only dotted with the weights: its features need no order.
  const counted = countMessage(text, bits, MAX_PARTS, folded, false);
  const wholeLogits = logitsOf(model, vectorOf(counted.whole));
  const best = Float64Array.from(wholeLogits);
  const partIndex = new Set<number>();
  model.labels.forEach((name, index) => {
    if (partLabels ? partLabels.includes(name) : !name.startsWith('lang:')) partIndex.add(index);
  });
  const part: Record<string, string> = {};
  const { sentences, parts } = counted;
  if (sentences.length >= LONG_MESSAGE_SENTENCES && partIndex.size > 0) {
    const labels = [...partIndex];
    const weights = denseWeights(model, labels);
    const dots = new Float64Array(labels.length);
    const consider = (first: FeatureCounts, second: FeatureCounts | undefined, excerpt: string) => {
      const scale = windowDots(first, second, weights, dots);
      labels.forEach((label, k) => {
        const logit = (model.header.labels[label]?.bias ?? 0) + (dots[k] as number) * scale;
        if (logit > (best[label] as number)) {
          best[label] = logit;
          part[model.labels[label] as string] = excerpt;
        }
      });
    };
    for (let i = 0; i < sentences.length; i += 1) {
      const sentence = sentences[i] as string;
      // Scripts without spaces carry a word in one or two characters.
      if (sentence.length * (hasUnspacedScript(sentence) ? 3 : 1) >= MIN_PART_CHARS) consider(parts[i] as FeatureCounts, undefined, sentence);
      if (i + 1 < sentences.length) consider(parts[i] as FeatureCounts, parts[i + 1] as FeatureCounts, `${sentence} ${sentences[i + 1] as string}`);
    }
  }
  const whole: Record<string, number> = {};
  const riskiest: Record<string, number> = {};
  model.labels.forEach((name, label) => {
    whole[name] = sigmoid(wholeLogits[label] as number);
    riskiest[name] = sigmoid(best[label] as number);
    part[name] ??= text.slice(0, 200);
  });
  return { whole, riskiest, part };
}
