import { prebuiltAppConfig, type AppConfig, type ModelRecord } from '@mlc-ai/web-llm';
import type { GpuInfo } from './types.ts';

/**
 * The models the app offers: small chat models from web-llm's prebuilt list.
 * GPU memory comes from each record (`vram_required_MB`). web-llm records carry
 * no download size, so `DOWNLOAD_MB` is ours: approximate sizes of the 4-bit
 * weight shards on Hugging Face (parameters x ~4.5 bits, plus tokenizer and
 * model library), rounded; the page says "about".
 */

export type Quantization = 'q4f16_1' | 'q4f32_1';

export interface ModelOption {
  readonly id: string;
  readonly label: string;
  readonly quantization: Quantization;
  readonly vramMB: number;
  readonly downloadMB: number;
  readonly contextTokens: number;
  readonly needsF16: boolean;
  readonly recommended: boolean;
}

interface CuratedBase {
  readonly base: string;
  readonly label: string;
  readonly downloadMB: Record<Quantization, number>;
}

const CURATED: readonly CuratedBase[] = [
  { base: 'Llama-3.2-1B-Instruct', label: 'Llama 3.2 1B', downloadMB: { q4f16_1: 720, q4f32_1: 740 } },
  { base: 'gemma3-1b-it', label: 'Gemma 3 1B', downloadMB: { q4f16_1: 720, q4f32_1: 740 } },
  { base: 'Qwen3-0.6B', label: 'Qwen3 0.6B', downloadMB: { q4f16_1: 350, q4f32_1: 370 } },
  { base: 'Qwen2.5-1.5B-Instruct', label: 'Qwen2.5 1.5B', downloadMB: { q4f16_1: 880, q4f32_1: 900 } },
  { base: 'Qwen3-1.7B', label: 'Qwen3 1.7B', downloadMB: { q4f16_1: 980, q4f32_1: 1000 } },
  { base: 'SmolLM2-1.7B-Instruct', label: 'SmolLM2 1.7B', downloadMB: { q4f16_1: 960, q4f32_1: 980 } },
  { base: 'gemma-2-2b-it', label: 'Gemma 2 2B', downloadMB: { q4f16_1: 1450, q4f32_1: 1480 } },
  { base: 'Llama-3.2-3B-Instruct', label: 'Llama 3.2 3B', downloadMB: { q4f16_1: 1760, q4f32_1: 1800 } },
];

/** The default must fit a modest GPU. */
export const DEFAULT_VRAM_LIMIT_MB = 1536;
const RECOMMENDED_BASE = 'Llama-3.2-1B-Instruct';

/** The app config web-llm is given: the prebuilt list, with the Cache API for weights. */
export const APP_CONFIG: AppConfig = { ...prebuiltAppConfig, cacheBackend: 'cache' };

export function catalog(records: readonly ModelRecord[] = APP_CONFIG.model_list): ModelOption[] {
  const options: ModelOption[] = [];
  for (const curated of CURATED) {
    for (const quantization of ['q4f16_1', 'q4f32_1'] as const) {
      const id = `${curated.base}-${quantization}-MLC`;
      const record = records.find((candidate) => candidate.model_id === id);
      if (!record || record.vram_required_MB === undefined) continue;
      options.push({
        id,
        label: curated.label,
        quantization,
        vramMB: Math.round(record.vram_required_MB),
        downloadMB: curated.downloadMB[quantization],
        contextTokens: record.overrides?.context_window_size ?? 4096,
        // Many f16 records do not declare shader-f16; the quantization name does.
        needsF16: quantization === 'q4f16_1' || (record.required_features ?? []).includes('shader-f16'),
        recommended: false,
      });
    }
  }
  return options;
}

/** What this GPU can run, smallest first, with the default marked. */
export function modelsFor(gpu: GpuInfo, records?: readonly ModelRecord[]): ModelOption[] {
  if (!gpu.webgpu || !gpu.adapter) return [];
  const usable = catalog(records)
    .filter((option) => gpu.f16 || !option.needsF16)
    .sort((a, b) => a.vramMB - b.vramMB);
  const preferred = gpu.f16 ? 'q4f16_1' : 'q4f32_1';
  const recommended =
    usable.find((option) => option.id === `${RECOMMENDED_BASE}-${preferred}-MLC` && option.vramMB <= DEFAULT_VRAM_LIMIT_MB) ??
    usable.find((option) => option.vramMB <= DEFAULT_VRAM_LIMIT_MB);
  return usable.map((option) => (option === recommended ? { ...option, recommended: true } : option));
}

export function defaultModelFor(gpu: GpuInfo, records?: readonly ModelRecord[]): ModelOption | undefined {
  return modelsFor(gpu, records).find((option) => option.recommended);
}
