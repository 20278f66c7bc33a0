import type { GpuInfo } from './types.ts';

/** The parts of a WebGPU adapter we read; a fake can supply them in tests. Every field may be missing in older browsers. */
export interface AdapterLike {
  readonly features?: { has(name: string): boolean };
  readonly limits?: { readonly maxBufferSize?: number };
  readonly info?: AdapterInfoLike;
  /** Before `adapter.info` (Chrome < 127) the same facts came from this, since removed. */
  requestAdapterInfo?(): Promise<AdapterInfoLike>;
}

export interface AdapterInfoLike {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly description?: string;
}

/** The part of `navigator` we read. */
export interface NavigatorLike {
  readonly gpu?: {
    requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<AdapterLike | null | undefined>;
  };
}

/** Some drivers never answer `requestAdapter()`; past this we report no adapter rather than hang the page. */
export const ADAPTER_TIMEOUT_MS = 5000;

const NO_WEBGPU: GpuInfo = { webgpu: false, adapter: false, f16: false };
const NO_ADAPTER: GpuInfo = { webgpu: true, adapter: false, f16: false };

/**
 * What the GPU offers, read before anything is downloaded. Never throws and
 * never hangs: every failure reads as "less is available".
 */
export async function detectGpu(
  nav: NavigatorLike | undefined = globalThis.navigator as NavigatorLike | undefined,
  timeoutMs: number = ADAPTER_TIMEOUT_MS,
): Promise<GpuInfo> {
  let gpu: NavigatorLike['gpu'];
  try {
    gpu = nav?.gpu;
  } catch {
    return NO_WEBGPU;
  }
  if (!gpu) return NO_WEBGPU;

  // Same preference as web-llm, so we describe the adapter it will get.
  const adapter = await withTimeout(
    attempt(() => gpu.requestAdapter({ powerPreference: 'high-performance' })),
    timeoutMs,
  );
  if (!adapter) return NO_ADAPTER;

  const f16 = attemptSync(() => adapter.features?.has('shader-f16') === true) ?? false;
  const maxBufferSize = attemptSync(() => adapter.limits?.maxBufferSize);
  const info = attemptSync(() => adapter.info) ?? (await withTimeout(attempt(() => adapter.requestAdapterInfo?.()), timeoutMs));
  const description = describeAdapter(info);
  return {
    webgpu: true,
    adapter: true,
    f16,
    ...(typeof maxBufferSize === 'number' && Number.isFinite(maxBufferSize) ? { maxBufferSize } : {}),
    ...(description ? { description } : {}),
  };
}

/** "apple metal-3 Apple M2": the non-empty parts, each once (drivers often repeat the vendor in the description). */
export function describeAdapter(info: AdapterInfoLike | null | undefined): string | undefined {
  if (!info) return undefined;
  const parts: string[] = [];
  for (const field of ['vendor', 'architecture', 'description'] as const) {
    const value = attemptSync(() => info[field]);
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed && !parts.some((part) => part.toLowerCase() === trimmed.toLowerCase())) parts.push(trimmed);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

async function attempt<T>(read: () => Promise<T> | T | undefined): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

function attemptSync<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
