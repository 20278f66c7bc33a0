import { describe, expect, it } from 'vitest';
import { classifyEngineError } from './errors.ts';
import { detectGpu, type NavigatorLike } from './gpu.ts';
import { defaultModelFor, modelsFor } from './models.ts';
import { cannedReply, createTestEngine } from './test-engine.ts';
import { extraBodyFor, finishOf, progressOf, usageOf } from './webllm-engine.ts';
import type { LoadProgress } from './types.ts';

describe('classifyEngineError', () => {
  it.each([
    ['WebGPUNotAvailableError: WebGPU is not supported in your current environment', 'no-webgpu'],
    ['Error: Unable to find a compatible GPU.', 'no-adapter'],
    ['ShaderF16SupportError: This model requires feature shader-f16', 'no-f16'],
    ['DeviceLostError: WebGPU device was lost during reload', 'out-of-memory'],
    ['DeviceLostError: the device was lost', 'device-lost'],
    ['TypeError: Failed to fetch', 'network'],
    ['Error: Cannot fetch https://huggingface.co/x/resolve/main/params_shard_3.bin err= NetworkError', 'network'],
    [new DOMException('The operation was aborted.', 'AbortError'), 'cancelled'],
    ['something odd', 'unknown'],
  ])('%s -> %s', (error, kind) => {
    const classified = classifyEngineError(error);
    expect(classified.kind).toBe(kind);
    expect(classified.userMessage.length).toBeGreaterThan(20);
  });
});

describe('detectGpu', () => {
  const adapter = (features: string[]) => ({ features: new Set(features), limits: { maxBufferSize: 2 ** 30 }, info: { vendor: 'google', description: 'SwiftShader' } });
  const nav = (result: () => Promise<unknown>): NavigatorLike => ({ gpu: { requestAdapter: result as never } });
  it('reads no WebGPU, no adapter, a throwing probe, f32-only and f16 adapters', async () => {
    expect(await detectGpu({})).toEqual({ webgpu: false, adapter: false, f16: false });
    expect(await detectGpu(nav(async () => null))).toMatchObject({ webgpu: true, adapter: false });
    expect(await detectGpu(nav(async () => { throw new Error('blocked'); }))).toMatchObject({ webgpu: true, adapter: false });
    expect(await detectGpu(nav(async () => adapter([])))).toMatchObject({ adapter: true, f16: false, maxBufferSize: 2 ** 30, description: 'google SwiftShader' });
    expect(await detectGpu(nav(async () => adapter(['shader-f16'])))).toMatchObject({ f16: true });
  });
});

describe('the model catalog', () => {
  it('offers only f32 variants without shader-f16, and a default under 1.5 GB', () => {
    const f32 = modelsFor({ webgpu: true, adapter: true, f16: false });
    expect(f32.length).toBeGreaterThan(3);
    expect(f32.every((model) => model.quantization === 'q4f32_1')).toBe(true);
    expect(defaultModelFor({ webgpu: true, adapter: true, f16: false })?.id).toBe('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    const f16 = defaultModelFor({ webgpu: true, adapter: true, f16: true });
    expect(f16?.id).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(f16?.vramMB).toBeLessThanOrEqual(1536);
    expect(modelsFor({ webgpu: false, adapter: false, f16: false })).toEqual([]);
  });
});

describe('web-llm mappings', () => {
  it('maps progress, usage, finish reasons and Qwen3 thinking', () => {
    expect(progressOf({ progress: 0.3, timeElapsed: 1, text: 'Fetching param cache[3/22]: 100MB fetched' })).toMatchObject({ stage: 'fetching', fraction: 0.3 });
    expect(progressOf({ progress: 0.9, timeElapsed: 1, text: 'Loading model from cache[20/22]' }).stage).toBe('loading');
    expect(progressOf({ progress: 1, timeElapsed: 1, text: 'Finish loading on WebGPU - swiftshader' }).stage).toBe('ready');
    const usage = usageOf({ prompt_tokens: 120, completion_tokens: 30, total_tokens: 150, extra: { prefill_tokens_per_s: 500, decode_tokens_per_s: 40, time_to_first_token_s: 0.3, e2e_latency_s: 1.1, time_per_output_token_s: 0.025 } } as never);
    expect(usage).toMatchObject({ promptTokens: 120, prefillTokensPerSecond: 500, decodeTokensPerSecond: 40, timeToFirstTokenSeconds: 0.3 });
    expect(finishOf('length', false)).toBe('length');
    expect(finishOf('stop', true)).toBe('aborted');
    expect(extraBodyFor('Qwen3-0.6B-q4f16_1-MLC')).toEqual({ enable_thinking: false });
    expect(extraBodyFor('Llama-3.2-1B-Instruct-q4f16_1-MLC')).toBeUndefined();
  });
});

describe('the test engine', () => {
  const request = (stance: string, text = 'hi') => [{ role: 'user' as const, content: `${text}\n\n[note]\nYou have known Jake for a day.\nNow: ${stance}.` }];

  it('loads with progress, then answers the stance deterministically, streaming word by word', async () => {
    const engine = createTestEngine({ loadMs: 0, tokenMs: 0 });
    const progress: LoadProgress[] = [];
    await engine.load('m', (p) => progress.push(p));
    expect(progress.at(-1)?.stage).toBe('ready');
    expect(engine.loadedModel()).toBe('m');
    const deltas: string[] = [];
    const result = await engine.generate({ messages: request('say no, calmly and clearly'), maxTokens: 50, onDelta: (d) => deltas.push(d) });
    expect(result.text).toMatch(/no/);
    expect(deltas.join('')).toBe(result.text);
    expect(cannedReply(request('say no, calmly and clearly'))).toBe(result.text);
    expect(cannedReply(request('step out of the banter: say you are worried'))).toMatch(/988/);
  });

  it('stops when aborted, fails a load on request, and loses the device once', async () => {
    const engine = createTestEngine({ loadMs: 0, tokenMs: 5, failLoad: 'network', loseDeviceAfterTokens: 2 });
    await expect(engine.load('m', () => undefined)).rejects.toMatchObject({ kind: 'network' });
    await engine.load('m', () => undefined);
    await expect(engine.generate({ messages: request('talk normally'), maxTokens: 50 })).rejects.toMatchObject({ kind: 'device-lost' });
    expect(engine.loadedModel()).toBeNull();
    await engine.load('m', () => undefined);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 12);
    const stopped = await engine.generate({ messages: request('talk normally'), maxTokens: 50, signal: abort.signal });
    expect(stopped.finish).toBe('aborted');
  });

  it('plays a script first (to feed the guard a violation)', async () => {
    const engine = createTestEngine({ loadMs: 0, tokenMs: 0, script: ['i like you so much'] });
    await engine.load('m', () => undefined);
    expect((await engine.generate({ messages: request('say no'), maxTokens: 10 })).text).toBe('i like you so much');
  });
});
