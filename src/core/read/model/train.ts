import type { FeatureVector } from './features.ts';
import type { TrainedLabel } from './model.ts';

/**
 * Training: one logistic regression per label over shared features, AdaGrad
 * with L2, a seeded shuffle: the same corpus and seed give the same weights,
 * bit for bit. Pure, so the tests can train small models.
 */

export interface Example {
  readonly features: FeatureVector;
  /** Indices into the label list of the labels this example carries. */
  readonly positives: ReadonlySet<number>;
  /** Labels this example says nothing about (a corpus that did not label them); skipped for those labels. */
  readonly unknown?: ReadonlySet<number>;
}

export interface TrainOptions {
  readonly bits: number;
  readonly labels: readonly string[];
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /** Weight of a positive example relative to a negative, per label; default from the label's rarity. */
  readonly positiveWeight?: (label: number, positives: number, negatives: number) => number;
}

/** mulberry32: a small seeded generator, deterministic everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const defaultPositiveWeight = (_label: number, positives: number, negatives: number): number =>
  positives === 0 ? 1 : Math.min(4, Math.max(1, Math.sqrt(negatives / positives)));

export function train(examples: readonly Example[], options: TrainOptions): TrainedLabel[] {
  const buckets = 2 ** options.bits;
  const labelCount = options.labels.length;
  // Interleaved by bucket (bucket * labelCount + label): one pass over a message's
  // features serves every label, reading memory in order.
  const weights = new Float64Array(buckets * labelCount);
  // A per-bucket AdaGrad-style step: frequent features take smaller steps, rare ones larger.
  const seen = new Float64Array(buckets);
  const bias = new Float64Array(labelCount);
  const positiveWeight = options.positiveWeight ?? defaultPositiveWeight;
  const classWeight = options.labels.map((_, label) => {
    let positives = 0;
    let negatives = 0;
    for (const example of examples) {
      if (example.unknown?.has(label)) continue;
      if (example.positives.has(label)) positives += 1;
      else negatives += 1;
    }
    // Start from the base rate, so rare labels do not spend epochs unlearning a 0.5 prior.
    bias[label] = Math.log((positives + 1) / (negatives + 1));
    return positiveWeight(label, positives, negatives);
  });
  const random = seededRandom(options.seed);
  const z = new Float64Array(labelCount);
  const error = new Float64Array(labelCount);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const biasRate = options.learningRate / Math.sqrt(1 + epoch);
    for (const example of shuffled(examples, random)) {
      const { indices, values } = example.features;
      z.set(bias);
      for (let i = 0; i < indices.length; i += 1) {
        const base = (indices[i] as number) * labelCount;
        const value = values[i] as number;
        for (let label = 0; label < labelCount; label += 1) z[label] = (z[label] as number) + (weights[base + label] as number) * value;
      }
      for (let label = 0; label < labelCount; label += 1) {
        if (example.unknown?.has(label)) {
          error[label] = 0;
          continue;
        }
        const y = example.positives.has(label) ? 1 : 0;
        const p = 1 / (1 + Math.exp(-(z[label] as number)));
        error[label] = (p - y) * (y === 1 ? (classWeight[label] as number) : 1);
        bias[label] = (bias[label] as number) - biasRate * 0.1 * (error[label] as number);
      }
      for (let i = 0; i < indices.length; i += 1) {
        const bucket = indices[i] as number;
        const value = values[i] as number;
        seen[bucket] = (seen[bucket] as number) + value * value;
        const rate = options.learningRate / Math.sqrt(1 + (seen[bucket] as number));
        const base = bucket * labelCount;
        for (let label = 0; label < labelCount; label += 1) {
          const w = weights[base + label] as number;
          weights[base + label] = w - rate * ((error[label] as number) * value + options.l2 * w);
        }
      }
    }
  }
  return options.labels.map((name, label) => {
    const column = new Float32Array(buckets);
    for (let b = 0; b < buckets; b += 1) column[b] = weights[b * labelCount + label] as number;
    return { name, bias: bias[label] as number, weights: column, threshold: 0.5 };
  });
}

/**
 * Language heads: multinomial naive Bayes over the same features, one pass.
 * Each head's weight is how much more likely a feature is in that language
 * than in all of them together; the language read is the highest head.
 */
export function trainLanguages(examples: readonly { features: FeatureVector; lang: string }[], langs: readonly string[], bits: number): TrainedLabel[] {
  const buckets = 2 ** bits;
  const alpha = 0.05;
  const all = new Float64Array(buckets);
  let allTotal = 0;
  const perLang = langs.map((lang) => {
    const mass = new Float64Array(buckets);
    let total = 0;
    let count = 0;
    for (const example of examples) {
      if (example.lang !== lang) continue;
      count += 1;
      example.features.indices.forEach((bucket, i) => {
        const value = example.features.values[i] as number;
        mass[bucket] = (mass[bucket] as number) + value;
        total += value;
      });
    }
    return { lang, mass, total, count };
  });
  for (const { mass, total } of perLang) {
    for (let b = 0; b < buckets; b += 1) all[b] = (all[b] as number) + (mass[b] as number);
    allTotal += total;
  }
  return perLang.map(({ lang, mass, total, count }) => {
    const weights = new Float32Array(buckets);
    if (count > 0) {
      for (let b = 0; b < buckets; b += 1) {
        if ((all[b] as number) === 0) continue;
        const inLang = Math.log(((mass[b] as number) + alpha) / (total + alpha * buckets));
        const overall = Math.log(((all[b] as number) + alpha) / (allTotal + alpha * buckets));
        weights[b] = inLang - overall;
      }
    }
    return { name: `lang:${lang}`, bias: Math.log((count + 1) / (examples.length + langs.length)), weights, threshold: 0 };
  });
}
