/**
 * The one interface the app talks to a language model through. The real
 * engine (web-llm in a Web Worker) and the deterministic test engine both
 * implement it, so every test drives the same code the user runs.
 */

export type ChatRole = 'system' | 'user' | 'assistant';

export interface EngineMessage {
  readonly role: ChatRole;
  readonly content: string;
}

export interface GenerateOptions {
  readonly messages: readonly EngineMessage[];
  readonly maxTokens: number;
  readonly temperature?: number;
  /** Aborting stops generation; the promise then resolves with `finish: 'aborted'` and the text so far. */
  readonly signal?: AbortSignal;
  /** Called with each new piece of text as it streams. */
  readonly onDelta?: (delta: string) => void;
}

/** The engine's own figures for one reply: the real performance on this GPU. */
export interface GenerationUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly prefillTokensPerSecond?: number;
  readonly decodeTokensPerSecond?: number;
  readonly timeToFirstTokenSeconds?: number;
  readonly e2eLatencySeconds?: number;
}

export interface GenerateResult {
  readonly text: string;
  readonly finish: 'stop' | 'length' | 'aborted';
  readonly usage?: GenerationUsage;
}

export type LoadStage = 'fetching' | 'loading' | 'ready';

export interface LoadProgress {
  /** 0..1 */
  readonly fraction: number;
  readonly stage: LoadStage;
  /** The engine's own words ("Fetching param cache[3/22]..."). */
  readonly text: string;
}

export type EngineErrorKind =
  | 'no-webgpu'
  | 'no-adapter'
  | 'no-f16'
  | 'out-of-memory'
  | 'device-lost'
  | 'network'
  | 'cancelled'
  | 'not-loaded'
  | 'unknown';

export interface ChatEngine {
  readonly kind: 'webllm' | 'test';
  /** Download (or read from cache) and load a model. Rejects with an EngineError. */
  load(modelId: string, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void>;
  /** The id of the loaded model, or null. */
  loadedModel(): string | null;
  /** Stream a reply. Rejects with an EngineError (device lost, not loaded...), never with a bare string. */
  generate(options: GenerateOptions): Promise<GenerateResult>;
  /** Clear the KV cache (after a memory is deleted, so its text is gone from the model's context too). */
  resetContext(): Promise<void>;
  unload(): Promise<void>;
}

/** What the model cache knows: which weights are on this device. */
export interface ModelCache {
  isCached(modelId: string): Promise<boolean>;
  remove(modelId: string): Promise<void>;
}

/** What the browser's GPU offers, read before anything is downloaded. */
export interface GpuInfo {
  /** `navigator.gpu` exists. */
  readonly webgpu: boolean;
  /** `requestAdapter()` returned an adapter. */
  readonly adapter: boolean;
  /** The adapter has `shader-f16`. */
  readonly f16: boolean;
  /** The adapter's `maxBufferSize` in bytes, when known. */
  readonly maxBufferSize?: number;
  /** Vendor / architecture / description, for the model manager. */
  readonly description?: string;
}
