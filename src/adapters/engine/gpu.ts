import type { GpuInfo } from './types.ts';

/** The parts of WebGPU we read; a fake navigator can supply them in tests. */
interface AdapterLike {
  readonly features?: { has(name: string): boolean };
  readonly limits?: { readonly maxBufferSize?: number };
  readonly info?: { readonly vendor?: string; readonly architecture?: string; readonly description?: string };
}
export interface NavigatorLike {
  readonly gpu?: { requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<AdapterLike | null> };
}

/** What the GPU offers, before anything is downloaded. Never throws. */
export async function detectGpu(nav: NavigatorLike | undefined = globalThis.navigator as NavigatorLike | undefined): Promise<GpuInfo> {
  if (!nav?.gpu) return { webgpu: false, adapter: false, f16: false };
  let adapter: AdapterLike | null = null;
  try {
    adapter = await nav.gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch {
    adapter = null;
  }
  if (!adapter) return { webgpu: true, adapter: false, f16: false };
  let f16 = false;
  try {
    f16 = adapter.features?.has('shader-f16') ?? false;
  } catch {
    f16 = false;
  }
  const info = adapter.info;
  const description = [info?.vendor, info?.architecture, info?.description].filter((part): part is string => !!part).join(' ');
  const maxBufferSize = adapter.limits?.maxBufferSize;
  return {
    webgpu: true,
    adapter: true,
    f16,
    ...(typeof maxBufferSize === 'number' ? { maxBufferSize } : {}),
    ...(description ? { description } : {}),
  };
}
