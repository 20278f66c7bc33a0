import type { Readers } from '../../core/read/readers.ts';
import type { Persona } from '../../core/persona.ts';
import type { ChatEngine, EngineErrorKind, GpuInfo, LoadProgress, ModelCache } from '../../adapters/engine/types.ts';
import type { CompanionStore } from '../ports.ts';
import type { VoiceDeps } from './voice.svelte.ts';

/** The app's state is a few small managers (this folder); these are the types they share. */

export type Screen = 'starting' | 'onboarding' | 'chat' | 'fatal' | 'companions';

export type ModelStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading'; readonly modelId: string; readonly progress: LoadProgress; readonly fromCache: boolean }
  | { readonly kind: 'ready'; readonly modelId: string }
  | { readonly kind: 'error'; readonly modelId: string; readonly errorKind: EngineErrorKind; readonly message: string };

export interface ModelChoice {
  readonly id: string;
  readonly label: string;
  readonly quantization: string;
  readonly vramMB: number;
  readonly downloadMB: number;
  readonly recommended: boolean;
}

export interface CompanionDeps {
  readonly store: CompanionStore;
  readonly engine: ChatEngine;
  readonly modelCache: ModelCache;
  readonly personas: readonly Persona[];
  readonly detectGpu: () => Promise<GpuInfo>;
  /** The models this GPU can run (async: the catalog lives with web-llm, loaded on demand). */
  readonly listModels: (gpu: GpuInfo) => Promise<readonly ModelChoice[]>;
  readonly describeError: (error: unknown) => { kind: EngineErrorKind; message: string };
  /** The trained readers of messages and replies, loaded on first use; a turn waits for them (adapters/reader). */
  readonly readers: () => Promise<Readers>;
  readonly now: () => number;
  /** Messages per page of history. */
  readonly pageSize?: number;
  /** The browser's speech synthesis and recognition (absent: no voice, no microphone). */
  readonly speech?: Pick<VoiceDeps, 'synthesis' | 'recognition' | 'userLanguage' | 'timers'>;
}
