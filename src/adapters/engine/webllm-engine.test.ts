import type { ChatCompletionChunk, ChatCompletionFinishReason, ChatCompletionRequestStreaming, CompletionUsage, InitProgressReport, MLCEngineConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { APP_CONFIG } from './models.ts';
import type { EngineMessage, LoadProgress } from './types.ts';
import {
  chatRequest,
  createWebLlmEngine,
  extraBodyFor,
  finishOf,
  progressOf,
  readChunk,
  toWebLlmMessages,
  usageOf,
  webLlmModelCache,
  type MlcEngineLike,
  type WorkerLike,
} from './webllm-engine.ts';

const report = (progress: number, text: string): InitProgressReport => ({ progress, timeElapsed: 1, text });
const USAGE: CompletionUsage = {
  prompt_tokens: 120,
  completion_tokens: 30,
  total_tokens: 150,
  extra: { prefill_tokens_per_s: 500, decode_tokens_per_s: 40, time_to_first_token_s: 0.3, e2e_latency_s: 1.1, time_per_output_token_s: 0.025 },
};
const chunk = (content: string | null, finish: ChatCompletionFinishReason | null = null, usage?: CompletionUsage): ChatCompletionChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: usage ? [] : [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }],
  ...(usage ? { usage } : {}),
});

describe('progressOf', () => {
  it('maps web-llm progress texts to stages', () => {
    expect(progressOf(report(0, 'Start to fetch params'))).toMatchObject({ stage: 'fetching', fraction: 0 });
    expect(progressOf(report(0.3, 'Fetching param cache[3/22]: 100MB fetched. 30% completed, 5 secs elapsed.'))).toEqual({
      stage: 'fetching',
      fraction: 0.3,
      text: 'Fetching param cache[3/22]: 100MB fetched. 30% completed, 5 secs elapsed.',
    });
    expect(progressOf(report(0.9, 'Loading model from cache[20/22]: 600MB loaded. 90% completed'))).toMatchObject({ stage: 'loading', fraction: 0.9 });
    expect(progressOf(report(0.5, 'Finish loading on WebGPU - google swiftshader'))).toMatchObject({ stage: 'ready', fraction: 1 });
  });

  it('keeps the fraction within 0..1', () => {
    expect(progressOf(report(Number.NaN, 'Fetching param cache[0/0]')).fraction).toBe(0);
    expect(progressOf(report(1.2, 'Loading model from cache[1/1]')).fraction).toBe(1);
    expect(progressOf(report(-1, 'Fetching')).fraction).toBe(0);
  });
});

describe('usageOf', () => {
  it("reads the engine's own figures", () => {
    expect(usageOf(USAGE)).toEqual({
      promptTokens: 120,
      completionTokens: 30,
      prefillTokensPerSecond: 500,
      decodeTokensPerSecond: 40,
      timeToFirstTokenSeconds: 0.3,
      e2eLatencySeconds: 1.1,
    });
    expect(usageOf(undefined)).toBeUndefined();
    expect(usageOf(null)).toBeUndefined();
  });

  it('leaves out figures that are missing', () => {
    const partial = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7, extra: { decode_tokens_per_s: 20 } } as unknown as CompletionUsage;
    expect(usageOf(partial)).toEqual({ promptTokens: 5, completionTokens: 2, decodeTokensPerSecond: 20 });
  });
});

describe('finishOf', () => {
  it('maps finish reasons', () => {
    expect(finishOf('stop', false)).toBe('stop');
    expect(finishOf('length', false)).toBe('length');
    expect(finishOf('abort', false)).toBe('aborted');
    expect(finishOf('tool_calls', false)).toBe('stop');
    expect(finishOf(null, true)).toBe('aborted');
    expect(finishOf(null, false)).toBe('stop');
    // A reply that was complete before the stop arrived is complete.
    expect(finishOf('stop', true)).toBe('stop');
  });
});

describe('chatRequest', () => {
  const messages: EngineMessage[] = [
    { role: 'system', content: 'You are Mara.' },
    { role: 'user', content: 'hi' },
    { role: 'assistant', content: 'hey' },
    { role: 'user', content: 'how are you?' },
  ];

  it('streams with usage, within the token budget', () => {
    expect(chatRequest('Llama-3.2-1B-Instruct-q4f16_1-MLC', { messages, maxTokens: 160 })).toEqual({
      messages: [
        { role: 'system', content: 'You are Mara.' },
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'hey' },
        { role: 'user', content: 'how are you?' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 160,
    });
    expect(chatRequest('m', { messages, maxTokens: 0.5, temperature: 0.7 })).toMatchObject({ max_tokens: 1, temperature: 0.7 });
  });

  it('turns Qwen3 thinking off, and only for Qwen3', () => {
    expect(extraBodyFor('Qwen3-0.6B-q4f16_1-MLC')).toEqual({ enable_thinking: false });
    expect(extraBodyFor('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')).toBeUndefined();
    expect(chatRequest('Qwen3-1.7B-q4f32_1-MLC', { messages, maxTokens: 10 }).extra_body).toEqual({ enable_thinking: false });
    expect(chatRequest('Llama-3.2-1B-Instruct-q4f16_1-MLC', { messages, maxTokens: 10 })).not.toHaveProperty('extra_body');
  });

  it('keeps roles', () => {
    expect(toWebLlmMessages(messages).map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
  });
});

describe('readChunk', () => {
  it('reads text, finish and usage', () => {
    expect(readChunk(chunk('hel'))).toEqual({ delta: 'hel', finish: null, usage: undefined });
    expect(readChunk(chunk(null, 'stop'))).toEqual({ delta: '', finish: 'stop', usage: undefined });
    expect(readChunk(chunk(null, null, USAGE))).toEqual({ delta: '', finish: null, usage: USAGE });
  });
});

// ---------------------------------------------------------------------------
// The engine itself, with a fake worker and a fake web-llm engine in place of the GPU.

class FakeWorker implements WorkerLike {
  onmessage: unknown = null;
  terminated = false;
  readonly listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  crash(message: string): void {
    for (const listener of this.listeners.get('error') ?? []) listener(Object.assign(new Event('error'), { message }));
  }
}

interface FakeBehaviour {
  /** Words of each reply. */
  reply?: readonly string[];
  /** Reload never settles (a download in flight). */
  hangReload?: boolean;
  reloadError?: string;
  /** Throw this (as the worker would: a string) after this many words. */
  failAfterWords?: { words: number; error: string };
  /** Stop streaming (wait forever) after this many words. */
  hangAfterWords?: number;
}

class FakeMlcEngine implements MlcEngineLike {
  readonly requests: ChatCompletionRequestStreaming[] = [];
  readonly reloads: string[] = [];
  interrupted = false;
  resets = 0;
  unloads = 0;
  readonly chat = { completions: { create: (request: ChatCompletionRequestStreaming) => this.create(request) } };
  constructor(
    readonly config: MLCEngineConfig,
    readonly behaviour: FakeBehaviour,
  ) {}
  async reload(modelId: string): Promise<void> {
    this.reloads.push(modelId);
    const progress = this.config.initProgressCallback;
    progress?.(report(0, 'Start to fetch params'));
    progress?.(report(0.5, 'Fetching param cache[1/2]: 350MB fetched.'));
    if (this.behaviour.hangReload) return new Promise(() => undefined);
    if (this.behaviour.reloadError) throw this.behaviour.reloadError;
    progress?.(report(1, 'Fetching param cache[2/2]: 700MB fetched.'));
    progress?.(report(1, 'Loading model from cache[2/2]: 700MB loaded.'));
  }
  async create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>> {
    this.requests.push(request);
    this.interrupted = false;
    const words = this.behaviour.reply ?? ['hey', ' there', ' you'];
    const behaviour = this.behaviour;
    const engine = this;
    return (async function* () {
      for (const [index, word] of words.entries()) {
        if (behaviour.failAfterWords && index === behaviour.failAfterWords.words) throw behaviour.failAfterWords.error;
        if (behaviour.hangAfterWords === index) await new Promise(() => undefined);
        if (engine.interrupted) {
          yield chunk(null, 'abort');
          yield chunk(null, null, USAGE);
          return;
        }
        await Promise.resolve();
        yield chunk(word);
      }
      yield chunk(null, 'stop');
      yield chunk(null, null, USAGE);
    })();
  }
  interruptGenerate(): void {
    this.interrupted = true;
  }
  async resetChat(): Promise<void> {
    this.resets += 1;
  }
  async unload(): Promise<void> {
    this.unloads += 1;
  }
}

function harness(behaviour: FakeBehaviour = {}) {
  const workers: FakeWorker[] = [];
  const engines: FakeMlcEngine[] = [];
  const engine = createWebLlmEngine({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    createEngine: (_worker, config) => {
      const created = new FakeMlcEngine(config, behaviour);
      engines.push(created);
      return created;
    },
    unloadTimeoutMs: 20,
  });
  const progress: LoadProgress[] = [];
  const onProgress = (p: LoadProgress) => progress.push(p);
  return { engine, workers, engines, progress, onProgress, behaviour };
}

const turn: EngineMessage[] = [
  { role: 'system', content: 'You are Mara.' },
  { role: 'user', content: 'hi' },
];

describe('createWebLlmEngine', () => {
  it('creates its worker only when a model is loaded, and reports progress to ready', async () => {
    const h = harness();
    expect(h.workers).toHaveLength(0);
    expect(h.engine.kind).toBe('webllm');
    await h.engine.load('Llama-3.2-1B-Instruct-q4f16_1-MLC', h.onProgress);
    expect(h.workers).toHaveLength(1);
    expect(h.engines[0]?.config.appConfig).toBe(APP_CONFIG);
    expect(h.progress.map((p) => p.stage)).toEqual(['fetching', 'fetching', 'fetching', 'loading', 'ready']);
    expect(h.progress.at(-1)?.fraction).toBe(1);
    expect(h.engine.loadedModel()).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
  });

  it('does not reload the model already loaded, and reuses its worker for another', async () => {
    const h = harness();
    await h.engine.load('a', h.onProgress);
    await h.engine.load('a', h.onProgress);
    expect(h.engines[0]?.reloads).toEqual(['a']);
    expect(h.progress.at(-1)?.stage).toBe('ready');
    await h.engine.load('b', h.onProgress);
    expect(h.workers).toHaveLength(1);
    expect(h.engines[0]?.reloads).toEqual(['a', 'b']);
    expect(h.engine.loadedModel()).toBe('b');
  });

  it('cancels a load by terminating its worker; the next load starts a fresh one', async () => {
    const h = harness({ hangReload: true });
    const abort = new AbortController();
    const pending = h.engine.load('m', h.onProgress, abort.signal);
    await Promise.resolve();
    abort.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
    expect(h.workers[0]?.terminated).toBe(true);
    expect(h.engine.loadedModel()).toBeNull();
    h.behaviour.hangReload = false;
    await h.engine.load('m', h.onProgress);
    expect(h.workers).toHaveLength(2);
    expect(h.engine.loadedModel()).toBe('m');
  });

  it('rejects a load whose signal is already aborted without starting a worker', async () => {
    const h = harness();
    await expect(h.engine.load('m', h.onProgress, AbortSignal.abort())).rejects.toMatchObject({ kind: 'cancelled' });
    expect(h.workers).toHaveLength(0);
  });

  it('cancels a load superseded by another', async () => {
    const h = harness({ hangReload: true });
    const first = h.engine.load('a', h.onProgress);
    await Promise.resolve();
    h.behaviour.hangReload = false;
    const second = h.engine.load('b', h.onProgress);
    await expect(first).rejects.toMatchObject({ kind: 'cancelled' });
    await second;
    expect(h.engine.loadedModel()).toBe('b');
    expect(h.workers[0]?.terminated).toBe(true);
  });

  it('classifies a failed load (a lost device while loading is memory) and starts clean next time', async () => {
    const h = harness({
      reloadError: 'DeviceLostError: The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).',
    });
    await expect(h.engine.load('m', h.onProgress)).rejects.toMatchObject({ kind: 'out-of-memory', userMessage: expect.stringMatching(/smaller model/) });
    expect(h.workers[0]?.terminated).toBe(true);
    expect(h.engine.loadedModel()).toBeNull();
    h.behaviour.reloadError = 'TypeError: Failed to fetch';
    await expect(h.engine.load('m', h.onProgress)).rejects.toMatchObject({ kind: 'network' });
    expect(h.workers).toHaveLength(2);
  });

  it('fails a load when the worker crashes, instead of hanging', async () => {
    const h = harness({ hangReload: true });
    const pending = h.engine.load('m', h.onProgress);
    await Promise.resolve();
    h.workers[0]?.crash('Uncaught SyntaxError: Unexpected token');
    await expect(pending).rejects.toMatchObject({ kind: 'unknown' });
  });

  it('refuses to generate before a load', async () => {
    await expect(harness().engine.generate({ messages: turn, maxTokens: 10 })).rejects.toMatchObject({ kind: 'not-loaded' });
  });

  it('streams a reply with the right request, and reads usage from the last chunk', async () => {
    const h = harness();
    await h.engine.load('Qwen3-0.6B-q4f16_1-MLC', h.onProgress);
    const deltas: string[] = [];
    const result = await h.engine.generate({ messages: turn, maxTokens: 64, onDelta: (d) => deltas.push(d) });
    expect(deltas).toEqual(['hey', ' there', ' you']);
    expect(result).toEqual({ text: 'hey there you', finish: 'stop', usage: usageOf(USAGE) });
    expect(h.engines[0]?.requests[0]).toEqual(chatRequest('Qwen3-0.6B-q4f16_1-MLC', { messages: turn, maxTokens: 64 }));
  });

  it('interrupts on abort and resolves with the text so far', async () => {
    const h = harness({ reply: ['one', ' two', ' three', ' four'] });
    await h.engine.load('m', h.onProgress);
    const abort = new AbortController();
    const result = await h.engine.generate({
      messages: turn,
      maxTokens: 64,
      signal: abort.signal,
      onDelta: (delta) => {
        if (delta === ' two') abort.abort();
      },
    });
    expect(result.finish).toBe('aborted');
    expect(result.text).toBe('one two');
    expect(h.engines[0]?.interrupted).toBe(true);
    expect(h.engine.loadedModel()).toBe('m');
  });

  it('does not start a reply whose signal is already aborted', async () => {
    const h = harness();
    await h.engine.load('m', h.onProgress);
    expect(await h.engine.generate({ messages: turn, maxTokens: 64, signal: AbortSignal.abort() })).toEqual({ text: '', finish: 'aborted' });
    expect(h.engines[0]?.requests).toHaveLength(0);
  });

  it.each([
    'OperationError: Device is lost',
    'ModelNotLoadedError: Model not loaded before trying to complete ChatCompletionRequest.',
    'GPUOutOfMemoryError: Out of memory',
  ])('reports a lost device mid-reply (%s) and unloads, so the app can reload', async (error) => {
    const h = harness({ failAfterWords: { words: 2, error } });
    await h.engine.load('m', h.onProgress);
    const deltas: string[] = [];
    await expect(h.engine.generate({ messages: turn, maxTokens: 64, onDelta: (d) => deltas.push(d) })).rejects.toMatchObject({
      kind: 'device-lost',
      userMessage: expect.stringMatching(/GPU stopped responding/),
    });
    expect(deltas).toHaveLength(2);
    expect(h.engine.loadedModel()).toBeNull();
    expect(h.workers[0]?.terminated).toBe(true);
    delete h.behaviour.failAfterWords;
    await h.engine.load('m', h.onProgress);
    expect((await h.engine.generate({ messages: turn, maxTokens: 64 })).finish).toBe('stop');
  });

  it('rejects other failures mid-reply as classified errors, keeping the model', async () => {
    const h = harness({ failAfterWords: { words: 1, error: 'ContextWindowSizeExceededError: Prompt tokens exceed context window size' } });
    await h.engine.load('m', h.onProgress);
    await expect(h.engine.generate({ messages: turn, maxTokens: 64 })).rejects.toMatchObject({ kind: 'unknown' });
    expect(h.engine.loadedModel()).toBe('m');
  });

  it('fails a reply when the worker crashes, instead of hanging', async () => {
    const h = harness({ hangAfterWords: 1 });
    await h.engine.load('m', h.onProgress);
    const pending = h.engine.generate({ messages: turn, maxTokens: 64 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    h.workers[0]?.crash('Uncaught Error: GPU device was lost');
    await expect(pending).rejects.toMatchObject({ kind: 'device-lost' });
    expect(h.engine.loadedModel()).toBeNull();
  });

  it('ends a reply in flight as aborted when the engine is unloaded', async () => {
    const h = harness({ hangAfterWords: 1 });
    await h.engine.load('m', h.onProgress);
    const pending = h.engine.generate({ messages: turn, maxTokens: 64 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await h.engine.unload();
    expect(await pending).toEqual({ text: 'hey', finish: 'aborted' });
  });

  it('resets the chat (KV cache) of a loaded model only', async () => {
    const h = harness();
    await h.engine.resetContext();
    await h.engine.load('m', h.onProgress);
    await h.engine.resetContext();
    expect(h.engines[0]?.resets).toBe(1);
  });

  it('unloads: frees the GPU, terminates the worker, and then needs a load again', async () => {
    const h = harness();
    await h.engine.unload();
    await h.engine.load('m', h.onProgress);
    await h.engine.unload();
    expect(h.engines[0]?.unloads).toBe(1);
    expect(h.workers[0]?.terminated).toBe(true);
    expect(h.engine.loadedModel()).toBeNull();
    await expect(h.engine.generate({ messages: turn, maxTokens: 10 })).rejects.toMatchObject({ kind: 'not-loaded' });
  });

  it('terminates a worker that does not answer unload', async () => {
    const h = harness();
    await h.engine.load('m', h.onProgress);
    const fake = h.engines[0];
    if (fake) fake.unload = () => new Promise(() => undefined);
    await h.engine.unload();
    expect(h.workers[0]?.terminated).toBe(true);
  });
});

describe('webLlmModelCache', () => {
  it('reads nothing as cached where there is no Cache API (Node)', async () => {
    expect(await webLlmModelCache().isCached('Llama-3.2-1B-Instruct-q4f16_1-MLC')).toBe(false);
  });
});
