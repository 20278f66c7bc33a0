import { classifyEngineError } from '../adapters/engine/errors.ts';
import { classifyStorageError, STORAGE_MESSAGES } from '../adapters/storage/db.ts';
import { detectGpu } from '../adapters/engine/gpu.ts';
import type { ChatEngine, ModelCache } from '../adapters/engine/types.ts';
import { Companion } from './companion.svelte.ts';
import { lazyEngine } from './lazy-engine.ts';
import { builtInPersonas } from './personas.ts';
import { createDexieStore } from '../adapters/storage/binding.ts';
import { readerLoader, ReaderLoadError } from '../adapters/reader/load.ts';
import { browserRecognition, browserSynthesis } from '../adapters/speech/browser-speech.ts';

/**
 * Wire the app: the real web-llm engine for users; the deterministic test
 * engine in an e2e build (`vite build --mode e2e`), where `?engine=webllm`
 * still reaches the real loading code (used to test a failing download).
 */
export function bootCompanion(now: () => number): Companion {
  const testBuild = import.meta.env.VITE_ENGINE === 'test';
  const useTestEngine = testBuild && new URLSearchParams(location.search).get('engine') !== 'webllm';
  const engine: ChatEngine = useTestEngine
    ? lazyEngine('test', async () => (await import('../adapters/engine/test-engine.ts')).createTestEngine(testEngineOptions()))
    : lazyEngine('webllm', async () => (await import('../adapters/engine/webllm-engine.ts')).createWebLlmEngine());
  const modelCache: ModelCache = {
    async isCached(modelId) {
      return (await cache()).isCached(modelId);
    },
    async remove(modelId) {
      return (await cache()).remove(modelId);
    },
  };
  let cachePromise: Promise<ModelCache> | undefined;
  function cache(): Promise<ModelCache> {
    cachePromise ??= useTestEngine
      ? import('../adapters/engine/test-engine.ts').then((module) => module.testModelCache())
      : import('../adapters/engine/webllm-engine.ts').then((module) => module.webLlmModelCache());
    return cachePromise;
  }
  /** Test builds only: `?tokenMs=300` slows the test engine, to reload or stop mid-reply on purpose. */
  function testEngineOptions(): { tokenMs?: number } {
    const tokenMs = Number(new URLSearchParams(location.search).get('tokenMs'));
    return Number.isFinite(tokenMs) && tokenMs > 0 ? { tokenMs } : {};
  }
  // Storage opens on first use, inside start(): by then `companion` is set.
  let companion: Companion | undefined;
  const personas = builtInPersonas();
  const store = createDexieStore({
    personas,
    onBlocked: (blocked) => companion?.setStorageNotice(blocked ? { kind: 'blocked', message: STORAGE_MESSAGES.blocked } : null),
    onVersionChange: () => companion?.setStorageNotice({ kind: 'version', message: STORAGE_MESSAGES.version }),
  });
  const synthesis = browserSynthesis();
  companion = new Companion({
    store,
    engine,
    modelCache,
    personas,
    detectGpu: () => detectGpu(),
    listModels: async (gpu) => (await import('../adapters/engine/models.ts')).modelsFor(gpu),
    readers: readerLoader(),
    describeError: (error) => {
      if (error instanceof ReaderLoadError) return { kind: 'unknown', message: error.message };
      // Storage failures (a full disk, another tab's upgrade) have their own words; everything else is the engine's.
      const storage = classifyStorageError(error);
      if (storage.kind === 'quota' || storage.kind === 'version' || storage.kind === 'blocked') return { kind: 'unknown', message: storage.userMessage };
      const classified = classifyEngineError(error);
      return { kind: classified.kind, message: classified.userMessage };
    },
    now,
    speech: { synthesis, recognition: browserRecognition(), userLanguage: navigator.language || 'en' },
  });
  const voice = companion.voice;
  // Browsers list their voices late, and again when one is installed.
  synthesis?.onVoicesChanged(() => voice.refreshVoices());
  return companion;
}
