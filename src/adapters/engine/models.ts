import { prebuiltAppConfig, type AppConfig, type ModelRecord } from '@mlc-ai/web-llm';
import type { GpuInfo } from './types.ts';

/**
 * The models the app offers: a few small chat models from web-llm's prebuilt
 * list, each in the 4-bit variants the list has. Ids, GPU memory
 * (`vram_required_MB`) and context size come from the records at run time, so
 * nothing here can name a model web-llm does not ship.
 */

export type Quantization = 'q4f16_1' | 'q4f32_1';

export interface ModelOption {
  /** web-llm's model_id, e.g. "Llama-3.2-1B-Instruct-q4f16_1-MLC". */
  readonly id: string;
  readonly label: string;
  readonly quantization: Quantization;
  /** web-llm's own estimate of GPU memory, MB. */
  readonly vramMB: number;
  /** Approximate download, MB (see DOWNLOAD_MB). */
  readonly downloadMB: number;
  readonly contextTokens: number;
  /** Runs only on GPUs with `shader-f16`. */
  readonly needsF16: boolean;
  /** The one to offer first on this GPU. */
  readonly recommended: boolean;
}

/** The app config web-llm is given everywhere (engine and cache helpers): the prebuilt list, weights in the Cache API. */
export const APP_CONFIG: AppConfig = { ...prebuiltAppConfig, cacheBackend: 'cache' };

export const QUANTIZATIONS: readonly Quantization[] = ['q4f16_1', 'q4f32_1'];

interface CuratedModel {
  /** The model_id without "-<quantization>-MLC". */
  readonly base: string;
  readonly label: string;
  /** Approximate download per quantization, MB; absent where web-llm has no such variant. */
  readonly downloadMB: Partial<Record<Quantization, number>>;
}

/**
 * Approximate download sizes, in MB (10^6 bytes). web-llm's records carry no
 * size, so these are estimated, not measured: parameter count (from each
 * model's card) x bits per weight / 8, plus tokenizer and model library.
 * MLC's q4f16_1 stores 4-bit weights with one f16 scale per 32 (4.5 bits per
 * weight), q4f32_1 one f32 scale per 32 (5 bits). For example Llama 3.2 1B:
 * 1.24e9 x 4.5 / 8 = 0.70 GB. The real files differ by a few percent; the
 * page says "about".
 */
const CURATED: readonly CuratedModel[] = [
  { base: 'Qwen3-0.6B', label: 'Qwen3 0.6B', downloadMB: { q4f16_1: 350, q4f32_1: 390 } }, // 0.60 B params
  { base: 'gemma3-1b-it', label: 'Gemma 3 1B', downloadMB: { q4f16_1: 600 } }, // 1.0 B, large tokenizer; f16 only in web-llm
  { base: 'Llama-3.2-1B-Instruct', label: 'Llama 3.2 1B', downloadMB: { q4f16_1: 710, q4f32_1: 790 } }, // 1.24 B
  { base: 'Qwen2.5-1.5B-Instruct', label: 'Qwen2.5 1.5B', downloadMB: { q4f16_1: 880, q4f32_1: 980 } }, // 1.54 B
  { base: 'Qwen3-1.7B', label: 'Qwen3 1.7B', downloadMB: { q4f16_1: 980, q4f32_1: 1090 } }, // 1.72 B
  { base: 'SmolLM2-1.7B-Instruct', label: 'SmolLM2 1.7B', downloadMB: { q4f16_1: 970, q4f32_1: 1080 } }, // 1.71 B
  { base: 'gemma-2-2b-it', label: 'Gemma 2 2B', downloadMB: { q4f16_1: 1490, q4f32_1: 1650 } }, // 2.61 B
  { base: 'Llama-3.2-3B-Instruct', label: 'Llama 3.2 3B', downloadMB: { q4f16_1: 1820, q4f32_1: 2020 } }, // 3.21 B
];

/** The default must fit a modest GPU (integrated graphics, older laptops). */
export const DEFAULT_VRAM_LIMIT_MB = 1536;
/** Small, fast, and good at short in-character replies. */
const RECOMMENDED_BASE = 'Llama-3.2-1B-Instruct';
/** Most small web-llm models; used when a record has no override. */
const FALLBACK_CONTEXT_TOKENS = 4096;

export function modelId(base: string, quantization: Quantization): string {
  return `${base}-${quantization}-MLC`;
}

/** Every curated model the given records have, in curated order. */
export function catalog(records: readonly ModelRecord[] = APP_CONFIG.model_list): ModelOption[] {
  const byId = new Map(records.map((record) => [record.model_id, record]));
  const options: ModelOption[] = [];
  for (const curated of CURATED) {
    for (const quantization of QUANTIZATIONS) {
      const record = byId.get(modelId(curated.base, quantization));
      const downloadMB = curated.downloadMB[quantization];
      if (!record || record.vram_required_MB === undefined || downloadMB === undefined) continue;
      options.push({
        id: record.model_id,
        label: curated.label,
        quantization,
        vramMB: Math.round(record.vram_required_MB),
        downloadMB,
        contextTokens: record.overrides?.context_window_size ?? FALLBACK_CONTEXT_TOKENS,
        // Many q4f16 records do not declare shader-f16 and fail late, at shader compile: trust the name too.
        needsF16: quantization === 'q4f16_1' || (record.required_features ?? []).includes('shader-f16'),
        recommended: false,
      });
    }
  }
  return options;
}

/** What this GPU can run, least GPU memory first, with the default marked. Empty without a WebGPU adapter. */
export function modelsFor(gpu: GpuInfo, records?: readonly ModelRecord[]): ModelOption[] {
  if (!gpu.webgpu || !gpu.adapter) return [];
  const usable = catalog(records)
    .filter((option) => gpu.f16 || !option.needsF16)
    .sort((a, b) => a.vramMB - b.vramMB || a.downloadMB - b.downloadMB);
  const preferredId = modelId(RECOMMENDED_BASE, gpu.f16 ? 'q4f16_1' : 'q4f32_1');
  const fits = (option: ModelOption) => option.vramMB <= DEFAULT_VRAM_LIMIT_MB;
  const recommended = usable.find((option) => option.id === preferredId && fits(option)) ?? usable.find(fits);
  return usable.map((option) => (option === recommended ? { ...option, recommended: true } : option));
}

/** The model to load when the user has not chosen: small enough for most GPUs. */
export function defaultModelFor(gpu: GpuInfo, records?: readonly ModelRecord[]): ModelOption | undefined {
  return modelsFor(gpu, records).find((option) => option.recommended);
}

/** A curated model by id (whatever the GPU), e.g. to show a saved choice. */
export function findModel(id: string, records?: readonly ModelRecord[]): ModelOption | undefined {
  return catalog(records).find((option) => option.id === id);
}
