import {
  deleteModelAllInfoInCache,
  hasModelInCache,
  WebWorkerMLCEngine,
  type ChatCompletionChunk,
  type ChatCompletionFinishReason,
  type ChatCompletionMessageParam,
  type ChatCompletionRequestStreaming,
  type CompletionUsage,
  type InitProgressReport,
  type MLCEngineConfig,
} from '@mlc-ai/web-llm';
import { classifyEngineError, EngineError, errorText } from './errors.ts';
import { APP_CONFIG } from './models.ts';
import type { ChatEngine, EngineMessage, GenerateOptions, GenerateResult, GenerationUsage, LoadProgress, LoadStage, ModelCache } from './types.ts';

/**
 * The real engine: web-llm in a module Web Worker, so the page never freezes
 * while a model loads or writes. Thin on purpose: what can be decided without
 * a GPU (progress, request, usage, finish) is in the pure functions below,
 * and the worker and web-llm engine can be swapped for fakes in tests.
 */

// ---------------------------------------------------------------------------
// Pure mappings between web-llm and the app's engine interface.

/** web-llm's progress report in the app's terms. Its texts: "Start to fetch params", "Fetching param cache[i/N]...", "Loading model from cache[i/N]...", "Finish loading on WebGPU - <adapter>". */
export function progressOf(report: InitProgressReport): LoadProgress {
  const text = report.text;
  const stage: LoadStage = /^Finish loading/i.test(text) ? 'ready' : /^(?:Fetching|Start to fetch)/i.test(text) ? 'fetching' : 'loading';
  // fetchedBytes / totalBytes is NaN for an empty shard list.
  const progress = Number.isFinite(report.progress) ? report.progress : 0;
  return { fraction: stage === 'ready' ? 1 : Math.min(1, Math.max(0, progress)), stage, text };
}

/** Reported when a load resolves without web-llm's own "Finish loading" line. */
export const READY_PROGRESS: LoadProgress = { fraction: 1, stage: 'ready', text: 'Finish loading' };

/** The app's messages as web-llm's (OpenAI-shaped) message params. */
export function toWebLlmMessages(messages: readonly EngineMessage[]): ChatCompletionMessageParam[] {
  return messages.map((message): ChatCompletionMessageParam => {
    switch (message.role) {
      case 'system':
        return { role: 'system', content: message.content };
      case 'user':
        return { role: 'user', content: message.content };
      case 'assistant':
        return { role: 'assistant', content: message.content };
    }
  });
}

/** Qwen3 thinks aloud by default (a long <think> block before every reply); a companion should just answer. */
export function extraBodyFor(modelId: string): { enable_thinking: boolean } | undefined {
  return /^Qwen3-/i.test(modelId) ? { enable_thinking: false } : undefined;
}

/**
 * The streaming request for one reply. Temperature is only sent when the app
 * sets one; otherwise each model's own tuned default (mlc-chat-config) applies.
 */
export function chatRequest(modelId: string, options: Pick<GenerateOptions, 'messages' | 'maxTokens' | 'temperature'>): ChatCompletionRequestStreaming {
  const extraBody = extraBodyFor(modelId);
  return {
    messages: toWebLlmMessages(options.messages),
    stream: true,
    // Only the last chunk carries usage: the real speed on this GPU.
    stream_options: { include_usage: true },
    max_tokens: Math.max(1, Math.floor(options.maxTokens)),
    ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    ...(extraBody ? { extra_body: extraBody } : {}),
  };
}

/** The engine's own figures from the last chunk's usage. `extra` is web-llm's own and guarded, in case a version drops a field. */
export function usageOf(usage: CompletionUsage | null | undefined): GenerationUsage | undefined {
  if (!usage) return undefined;
  const extra: Partial<CompletionUsage['extra']> = usage.extra ?? {};
  const figure = (value: number | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  const prefill = figure(extra.prefill_tokens_per_s);
  const decode = figure(extra.decode_tokens_per_s);
  const firstToken = figure(extra.time_to_first_token_s);
  const latency = figure(extra.e2e_latency_s);
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    ...(prefill !== undefined ? { prefillTokensPerSecond: prefill } : {}),
    ...(decode !== undefined ? { decodeTokensPerSecond: decode } : {}),
    ...(firstToken !== undefined ? { timeToFirstTokenSeconds: firstToken } : {}),
    ...(latency !== undefined ? { e2eLatencySeconds: latency } : {}),
  };
}

/**
 * How a reply ended. web-llm says "abort" after interruptGenerate(); a reply
 * that finished before the stop arrived keeps its own reason ("stop",
 * "length"), since it is complete.
 */
export function finishOf(reason: ChatCompletionFinishReason | null | undefined, aborted: boolean): GenerateResult['finish'] {
  if (reason === 'abort') return 'aborted';
  if (reason === 'length') return 'length';
  if (reason === 'stop' || reason === 'tool_calls') return 'stop';
  return aborted ? 'aborted' : 'stop';
}

/** The text of one streamed chunk and what it says about the end of the reply. */
export function readChunk(chunk: ChatCompletionChunk): { delta: string; finish: ChatCompletionFinishReason | null; usage: CompletionUsage | undefined } {
  const choice = chunk.choices[0];
  return { delta: choice?.delta.content ?? '', finish: choice?.finish_reason ?? null, usage: chunk.usage ?? undefined };
}

// ---------------------------------------------------------------------------
// The engine.

/** The part of web-llm's WebWorkerMLCEngine the app uses. */
export interface MlcEngineLike {
  reload(modelId: string): Promise<void>;
  readonly chat: { readonly completions: { create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>> } };
  interruptGenerate(): void;
  resetChat(): Promise<void>;
  unload(): Promise<void>;
}

/** The part of a Worker the engine uses (web-llm sets `onmessage` and posts). */
export interface WorkerLike {
  onmessage: unknown;
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface WebLlmEngineDependencies {
  readonly createWorker: () => WorkerLike;
  readonly createEngine: (worker: WorkerLike, config: MLCEngineConfig) => MlcEngineLike;
  /** How long unload() waits for the worker to free the GPU before terminating it anyway. */
  readonly unloadTimeoutMs?: number;
}

const BROWSER_DEPENDENCIES: WebLlmEngineDependencies = {
  // This exact `new Worker(new URL(...), { type: 'module' })` form is what Vite bundles as a worker.
  createWorker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  createEngine: (worker, config) => new WebWorkerMLCEngine(worker, config),
};

/** One worker and the web-llm engine talking to it. Ending it terminates the worker and fails whatever waits on it. */
interface Session {
  readonly worker: WorkerLike;
  readonly engine: MlcEngineLike;
  /** Rejects when the session ends (cancel, unload, worker crash); raced against every call into the worker. */
  readonly ended: Promise<never>;
  end(reason: EngineError): void;
  loading: boolean;
  onProgress: ((report: InitProgressReport) => void) | null;
}

export function createWebLlmEngine(dependencies: WebLlmEngineDependencies = BROWSER_DEPENDENCIES): ChatEngine {
  const unloadTimeoutMs = dependencies.unloadTimeoutMs ?? 3000;
  let session: Session | null = null;
  let loaded: string | null = null;

  function openSession(): Session {
    let reject: (reason: EngineError) => void = () => undefined;
    const ended = new Promise<never>((_, rejectEnded) => {
      reject = rejectEnded;
    });
    // Nobody may be waiting when a session ends; that is not an unhandled error.
    ended.catch(() => undefined);
    const worker = dependencies.createWorker();
    const opened: Session = {
      worker,
      engine: dependencies.createEngine(worker, {
        appConfig: APP_CONFIG,
        initProgressCallback: (report) => opened.onProgress?.(report),
      }),
      ended,
      end: (reason) => reject(reason),
      loading: false,
      onProgress: null,
    };
    // A worker that fails to start or crashes answers nothing: without this, every pending call would hang.
    const crashed = (event: Event) => {
      const message = 'message' in event && typeof event.message === 'string' && event.message ? event.message : `the model worker failed (${event.type})`;
      if (session === opened) endSession(classifyEngineError(message, opened.loading ? 'load' : 'generate'));
    };
    worker.addEventListener('error', crashed);
    worker.addEventListener('messageerror', crashed);
    return opened;
  }

  function endSession(reason: EngineError): void {
    const ending = session;
    if (!ending) return;
    session = null;
    loaded = null;
    ending.onProgress = null;
    ending.end(reason);
    ending.worker.terminate();
  }

  async function load(modelId: string, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new EngineError('cancelled', 'load cancelled before it started');
    if (session && !session.loading && loaded === modelId) {
      onProgress(READY_PROGRESS);
      return;
    }
    // A load in flight is superseded (its promise rejects as cancelled); an idle worker is reused, web-llm swaps models itself.
    if (session?.loading) endSession(new EngineError('cancelled', `load superseded by ${modelId}`));
    const current = session ?? openSession();
    session = current;
    loaded = null;
    current.loading = true;
    const reported = { ready: false };
    current.onProgress = (report) => {
      const progress = progressOf(report);
      reported.ready ||= progress.stage === 'ready';
      onProgress(progress);
    };
    // Terminating the worker is the only way to stop a download in flight; finished files stay in the cache.
    const cancel = () => {
      if (session === current) endSession(new EngineError('cancelled', 'load cancelled'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      await Promise.race([current.engine.reload(modelId), current.ended]);
      loaded = modelId;
      if (!reported.ready) onProgress(READY_PROGRESS);
    } catch (error) {
      const classified = classifyEngineError(error, 'load');
      // After a failed load the worker's state is unknown (a lost device, a half-built pipeline): the next load starts clean.
      if (session === current) endSession(classified);
      throw classified;
    } finally {
      signal?.removeEventListener('abort', cancel);
      current.loading = false;
      current.onProgress = null;
    }
  }

  async function generate(options: GenerateOptions): Promise<GenerateResult> {
    const current = session;
    const modelId = loaded;
    if (!current || !modelId || current.loading) throw new EngineError('not-loaded', 'generate before load');
    if (options.signal?.aborted) return { text: '', finish: 'aborted' };
    // Filled as chunks arrive, so an abort or a lost device still has the text so far.
    const reply: { text: string; finish: ChatCompletionFinishReason | null; usage: CompletionUsage | undefined } = { text: '', finish: null, usage: undefined };
    const interrupt = () => current.engine.interruptGenerate();
    options.signal?.addEventListener('abort', interrupt, { once: true });
    const stream = async () => {
      const chunks = await current.engine.chat.completions.create(chatRequest(modelId, options));
      for await (const chunk of chunks) {
        const read = readChunk(chunk);
        if (read.delta) {
          reply.text += read.delta;
          options.onDelta?.(read.delta);
        }
        reply.finish = read.finish ?? reply.finish;
        reply.usage = read.usage ?? reply.usage;
      }
    };
    try {
      await Promise.race([stream(), current.ended]);
    } catch (error) {
      const classified = classifyEngineError(error, 'generate');
      // Unloaded (or superseded) mid-reply: the reply simply stopped.
      if (classified.kind === 'cancelled') return { text: reply.text, finish: 'aborted' };
      // web-llm unloads its model when the device is lost, so "not loaded" here means the same: reload to go on.
      if (classified.kind === 'device-lost' || classified.kind === 'not-loaded') {
        const lost = new EngineError('device-lost', errorText(error));
        if (session === current) endSession(lost);
        throw lost;
      }
      if (options.signal?.aborted) return { text: reply.text, finish: 'aborted' };
      throw classified;
    } finally {
      options.signal?.removeEventListener('abort', interrupt);
    }
    const figures = usageOf(reply.usage);
    return { text: reply.text, finish: finishOf(reply.finish, options.signal?.aborted ?? false), ...(figures ? { usage: figures } : {}) };
  }

  async function resetContext(): Promise<void> {
    const current = session;
    if (!current || !loaded || current.loading) return;
    try {
      await Promise.race([current.engine.resetChat(), current.ended]);
    } catch (error) {
      const classified = classifyEngineError(error, 'generate');
      if (classified.kind === 'cancelled') return;
      throw classified;
    }
  }

  async function unload(): Promise<void> {
    const current = session;
    if (!current) return;
    // Ask web-llm to free the GPU, but never wait on a worker that may be stuck: terminating frees it too.
    if (!current.loading) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, unloadTimeoutMs);
      });
      await Promise.race([current.engine.unload().catch(() => undefined), current.ended.catch(() => undefined), timeout]);
      clearTimeout(timer);
    }
    if (session === current) endSession(new EngineError('cancelled', 'engine unloaded'));
  }

  return {
    kind: 'webllm',
    loadedModel: () => loaded,
    load,
    generate,
    resetContext,
    unload,
  };
}

/** Which models' weights are on this device, through web-llm's own cache helpers (same app config as the engine). */
export function webLlmModelCache(): ModelCache {
  return {
    async isCached(modelId) {
      try {
        return await hasModelInCache(modelId, APP_CONFIG);
      } catch {
        // No Cache API (private mode in some browsers): nothing is cached.
        return false;
      }
    },
    async remove(modelId) {
      try {
        await deleteModelAllInfoInCache(modelId, APP_CONFIG);
      } catch (error) {
        throw classifyEngineError(error);
      }
    },
  };
}
