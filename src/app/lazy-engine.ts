import type { ChatEngine, GenerateOptions, GenerateResult, LoadProgress } from '../adapters/engine/types.ts';

/**
 * An engine whose implementation is imported on first use, so web-llm (several
 * megabytes) stays out of the initial page load.
 */
export function lazyEngine(kind: ChatEngine['kind'], create: () => Promise<ChatEngine>): ChatEngine {
  let engine: Promise<ChatEngine> | undefined;
  let loaded: ChatEngine | undefined;
  const get = async (): Promise<ChatEngine> => {
    engine ??= create().then((created) => (loaded = created));
    return engine;
  };
  return {
    kind,
    async load(modelId: string, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
      return (await get()).load(modelId, onProgress, signal);
    },
    loadedModel: () => loaded?.loadedModel() ?? null,
    async generate(options: GenerateOptions): Promise<GenerateResult> {
      return (await get()).generate(options);
    },
    async resetContext(): Promise<void> {
      if (loaded) await loaded.resetContext();
    },
    async unload(): Promise<void> {
      if (loaded) await loaded.unload();
    },
  };
}
