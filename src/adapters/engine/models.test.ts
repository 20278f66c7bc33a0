import { prebuiltAppConfig, type ModelRecord } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { APP_CONFIG, catalog, DEFAULT_VRAM_LIMIT_MB, defaultModelFor, findModel, modelsFor } from './models.ts';
import type { GpuInfo } from './types.ts';

const f16Gpu: GpuInfo = { webgpu: true, adapter: true, f16: true };
const f32Gpu: GpuInfo = { webgpu: true, adapter: true, f16: false };

describe('the model catalog', () => {
  it('names only models in web-llm prebuilt list, with their GPU memory and context', () => {
    const options = catalog();
    expect(options.length).toBeGreaterThanOrEqual(12);
    for (const option of options) {
      const record = prebuiltAppConfig.model_list.find((candidate) => candidate.model_id === option.id);
      expect(record, option.id).toBeDefined();
      expect(option.vramMB).toBe(Math.round(record?.vram_required_MB ?? NaN));
      expect(option.contextTokens).toBe(record?.overrides?.context_window_size ?? 4096);
      expect(option.id).toContain(option.quantization);
      expect(option.needsF16).toBe(option.quantization === 'q4f16_1');
      expect(option.downloadMB).toBeGreaterThan(300);
      expect(option.downloadMB).toBeLessThan(2500);
    }
    expect(options.map((option) => option.id)).toEqual(expect.arrayContaining([
      'Llama-3.2-1B-Instruct-q4f16_1-MLC',
      'Llama-3.2-1B-Instruct-q4f32_1-MLC',
      'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
      'Qwen3-0.6B-q4f32_1-MLC',
      'Qwen3-1.7B-q4f16_1-MLC',
      'gemma3-1b-it-q4f16_1-MLC',
      'SmolLM2-1.7B-Instruct-q4f32_1-MLC',
      'Llama-3.2-3B-Instruct-q4f16_1-MLC',
    ]));
  });

  it('uses the prebuilt list with the Cache API', () => {
    expect(APP_CONFIG.cacheBackend).toBe('cache');
    expect(APP_CONFIG.model_list).toBe(prebuiltAppConfig.model_list);
  });

  it('skips what a list does not have, instead of inventing ids', () => {
    const only = prebuiltAppConfig.model_list.filter((record) => record.model_id === 'Qwen3-0.6B-q4f16_1-MLC');
    expect(catalog(only).map((option) => option.id)).toEqual(['Qwen3-0.6B-q4f16_1-MLC']);
    expect(catalog([])).toEqual([]);
  });
});

describe('modelsFor', () => {
  it('offers only f32 variants on a GPU without shader-f16', () => {
    const options = modelsFor(f32Gpu);
    expect(options.length).toBeGreaterThanOrEqual(6);
    expect(options.every((option) => option.quantization === 'q4f32_1' && !option.needsF16)).toBe(true);
  });

  it('offers both on an f16 GPU, sorted by GPU memory', () => {
    const options = modelsFor(f16Gpu);
    expect(new Set(options.map((option) => option.quantization))).toEqual(new Set(['q4f16_1', 'q4f32_1']));
    const vram = options.map((option) => option.vramMB);
    expect(vram).toEqual([...vram].sort((a, b) => a - b));
  });

  it('marks exactly one recommended model', () => {
    expect(modelsFor(f16Gpu).filter((option) => option.recommended)).toHaveLength(1);
    expect(modelsFor(f32Gpu).filter((option) => option.recommended)).toHaveLength(1);
  });

  it('offers nothing without WebGPU or an adapter', () => {
    expect(modelsFor({ webgpu: false, adapter: false, f16: false })).toEqual([]);
    expect(modelsFor({ webgpu: true, adapter: false, f16: false })).toEqual([]);
  });
});

describe('defaultModelFor', () => {
  it('is Llama 3.2 1B, in the variant the GPU runs, within about 1.5 GB of GPU memory', () => {
    const f16 = defaultModelFor(f16Gpu);
    const f32 = defaultModelFor(f32Gpu);
    expect(f16?.id).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(f32?.id).toBe('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(f16?.vramMB).toBeLessThanOrEqual(DEFAULT_VRAM_LIMIT_MB);
    expect(f32?.vramMB).toBeLessThanOrEqual(DEFAULT_VRAM_LIMIT_MB);
  });

  it('falls back to the smallest model that fits when Llama is missing', () => {
    const withoutLlama: ModelRecord[] = prebuiltAppConfig.model_list.filter((record) => !record.model_id.startsWith('Llama-3.2-1B'));
    const fallback = defaultModelFor(f16Gpu, withoutLlama);
    expect(fallback?.vramMB).toBeLessThanOrEqual(DEFAULT_VRAM_LIMIT_MB);
    expect(fallback?.id).toBe('gemma3-1b-it-q4f16_1-MLC');
  });

  it('has none without WebGPU', () => {
    expect(defaultModelFor({ webgpu: false, adapter: false, f16: false })).toBeUndefined();
  });
});

describe('findModel', () => {
  it('finds a curated model by id', () => {
    expect(findModel('Qwen3-1.7B-q4f32_1-MLC')?.label).toBe('Qwen3 1.7B');
    expect(findModel('not-a-model')).toBeUndefined();
  });
});
