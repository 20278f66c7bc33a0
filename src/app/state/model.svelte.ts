import type { GpuInfo } from '../../adapters/engine/types.ts';
import type { Feedback } from './feedback.svelte.ts';
import type { CompanionDeps, ModelChoice, ModelStatus } from './types.ts';

/** The GPU, the model catalog, what is cached on this device, and the loaded model. */
export class ModelState {
  gpu = $state<GpuInfo | null>(null);
  models = $state<readonly ModelChoice[]>([]);
  cached = $state<Record<string, boolean>>({});
  status = $state<ModelStatus>({ kind: 'none' });
  readonly #deps: CompanionDeps;
  readonly #feedback: Feedback;
  #loadAbort: AbortController | null = null;

  constructor(deps: CompanionDeps, feedback: Feedback) {
    this.#deps = deps;
    this.#feedback = feedback;
  }

  /** WebGPU with an adapter: without it no model can run, and the page says so first. */
  get usable(): boolean {
    return this.gpu?.webgpu === true && this.gpu.adapter;
  }

  /** Probe the GPU; the catalog (megabytes, with web-llm) is fetched while the first screen is already up. */
  async detect(): Promise<Promise<readonly ModelChoice[]>> {
    this.gpu = await this.#deps.detectGpu();
    return this.usable ? this.#deps.listModels(this.gpu) : Promise.resolve([]);
  }

  /** Which models are on this device; a cache that cannot be asked counts as "not downloaded" (the load then says what is wrong). */
  async refreshCache(): Promise<void> {
    const entries = await Promise.all(this.models.map(async (model) => [model.id, await this.#deps.modelCache.isCached(model.id).catch(() => false)] as const));
    this.cached = Object.fromEntries(entries);
  }

  async load(modelId: string): Promise<void> {
    this.#loadAbort?.abort();
    const abort = new AbortController();
    this.#loadAbort = abort;
    const fromCache = this.cached[modelId] === true;
    this.status = { kind: 'loading', modelId, fromCache, progress: { fraction: 0, stage: fromCache ? 'loading' : 'fetching', text: fromCache ? 'Loading from this device' : 'Starting download' } };
    try {
      await this.#deps.engine.load(modelId, (progress) => {
        if (!abort.signal.aborted) this.status = { kind: 'loading', modelId, fromCache, progress };
      }, abort.signal);
      this.status = { kind: 'ready', modelId };
      await this.#deps.store.saveSettings({ modelId });
    } catch (error) {
      const described = this.#deps.describeError(error);
      this.status = described.kind === 'cancelled' ? { kind: 'none' } : { kind: 'error', modelId, errorKind: described.kind, message: described.message };
    } finally {
      if (this.#loadAbort === abort) this.#loadAbort = null;
      await this.refreshCache();
    }
  }

  cancelLoad(): void {
    this.#loadAbort?.abort();
  }

  async remove(modelId: string): Promise<void> {
    await this.#feedback.act('Deleting the model', async () => {
      if (this.status.kind === 'ready' && this.status.modelId === modelId) {
        await this.#deps.engine.unload();
        this.status = { kind: 'none' };
      }
      await this.#deps.modelCache.remove(modelId);
      await this.refreshCache();
    });
  }
}
