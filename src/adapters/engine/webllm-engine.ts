import { deleteModelAllInfoInCache, hasModelInCache, WebWorkerMLCEngine, type ChatCompletionMessageParam, type CompletionUsage, type InitProgressReport } from '@mlc-ai/web-llm';
import { classifyEngineError, EngineError } from './errors.ts';
import { APP_CONFIG } from './models.ts';
import type { ChatEngine, GenerateOptions, GenerateResult, GenerationUsage, LoadProgress, ModelCache } from './types.ts';

/**
 * The real engine: web-llm in a module Web Worker. Thin on purpose; the
 * mappings it relies on are pure functions below, tested without a GPU.
 */

/** web-llm's progress report in the app's terms. */
export function progressOf(report: InitProgressReport): LoadProgress {
  const text = report.text;
  const fraction = Math.min(1, Math.max(0, report.progress));
  const stage = /^Finish loading/i.test(text) ? 'ready' : /^Fetching/i.test(text) ? 'fetching' : 'loading';
  return { fraction: stage === 'ready' ? 1 : fraction, stage, text };
}

/** The engine's own figures from the last chunk's usage. */
export function usageOf(usage: CompletionUsage | undefined): GenerationUsage | undefined {
  if (!usage) return undefined;
  const extra = usage.extra as Partial<CompletionUsage['extra']> | undefined;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    ...(extra?.prefill_tokens_per_s !== undefined ? { prefillTokensPerSecond: extra.prefill_tokens_per_s } : {}),
    ...(extra?.decode_tokens_per_s !== undefined ? { decodeTokensPerSecond: extra.decode_tokens_per_s } : {}),
    ...(extra?.time_to_first_token_s !== undefined ? { timeToFirstTokenSeconds: extra.time_to_first_token_s } : {}),
    ...(extra?.e2e_latency_s !== undefined ? { e2eLatencySeconds: extra.e2e_latency_s } : {}),
  };
}

export function finishOf(reason: string | null | undefined, aborted: boolean): GenerateResult['finish'] {
  if (aborted || reason === 'abort') return 'aborted';
  return reason === 'length' ? 'length' : 'stop';
}

/** Qwen3 thinks aloud by default; a companion should just answer. */
export function extraBodyFor(modelId: string): { enable_thinking: boolean } | undefined {
  return /^Qwen3-/i.test(modelId) ? { enable_thinking: false } : undefined;
}

export function createWebLlmEngine(): ChatEngine {
  let worker: Worker | null = null;
  let engine: WebWorkerMLCEngine | null = null;
  let loaded: string | null = null;

  const discard = () => {
    worker?.terminate();
    worker = null;
    engine = null;
    loaded = null;
  };

  return {
    kind: 'webllm',
    loadedModel: () => loaded,
    async load(modelId: string, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) throw new EngineError('cancelled', 'load cancelled before it started');
      discard();
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      const current = new WebWorkerMLCEngine(worker, { appConfig: APP_CONFIG, initProgressCallback: (report) => onProgress(progressOf(report)) });
      engine = current;
      // Cancelling terminates the worker: the only way to stop a download in flight. Finished files stay cached.
      const cancelled = new Promise<never>((_, reject) => {
        signal?.addEventListener('abort', () => {
          discard();
          reject(new EngineError('cancelled', 'load cancelled'));
        }, { once: true });
      });
      try {
        await Promise.race([current.reload(modelId), cancelled]);
        loaded = modelId;
      } catch (error) {
        discard();
        throw classifyEngineError(error);
      }
    },
    async generate(options: GenerateOptions): Promise<GenerateResult> {
      const current = engine;
      const modelId = loaded;
      if (!current || !modelId) throw new EngineError('not-loaded', 'generate before load');
      const stop = () => current.interruptGenerate();
      options.signal?.addEventListener('abort', stop, { once: true });
      let text = '';
      let reason: string | null | undefined;
      let usage: CompletionUsage | undefined;
      try {
        const extra = extraBodyFor(modelId);
        const chunks = await current.chat.completions.create({
          messages: options.messages.map((message) => ({ role: message.role, content: message.content }) as ChatCompletionMessageParam),
          stream: true,
          stream_options: { include_usage: true },
          max_tokens: options.maxTokens,
          temperature: options.temperature ?? 0.8,
          ...(extra ? { extra_body: extra } : {}),
        });
        for await (const chunk of chunks) {
          const delta = chunk.choices[0]?.delta.content ?? '';
          if (delta) {
            text += delta;
            options.onDelta?.(delta);
          }
          reason = chunk.choices[0]?.finish_reason ?? reason;
          if (chunk.usage) usage = chunk.usage;
        }
      } catch (error) {
        const classified = classifyEngineError(error);
        if (classified.kind === 'device-lost' || classified.kind === 'out-of-memory') {
          discard();
          throw new EngineError('device-lost', classified.message);
        }
        if (options.signal?.aborted) return { text, finish: 'aborted' };
        throw classified;
      } finally {
        options.signal?.removeEventListener('abort', stop);
      }
      const result = usageOf(usage);
      return { text, finish: finishOf(reason, options.signal?.aborted ?? false), ...(result ? { usage: result } : {}) };
    },
    async resetContext(): Promise<void> {
      await engine?.resetChat();
    },
    async unload(): Promise<void> {
      await engine?.unload().catch(() => undefined);
      discard();
    },
  };
}

export function webLlmModelCache(): ModelCache {
  return {
    isCached: (modelId) => hasModelInCache(modelId, APP_CONFIG),
    remove: (modelId) => deleteModelAllInfoInCache(modelId, APP_CONFIG),
  };
}
