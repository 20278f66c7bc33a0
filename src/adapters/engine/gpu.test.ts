import { describe, expect, it } from 'vitest';
import { describeAdapter, detectGpu, type AdapterLike, type NavigatorLike } from './gpu.ts';

const navigatorWith = (requestAdapter: () => Promise<AdapterLike | null | undefined>): NavigatorLike => ({ gpu: { requestAdapter } });
const swiftShader = (features: readonly string[]): AdapterLike => ({
  features: new Set(features),
  limits: { maxBufferSize: 2 ** 30 },
  info: { vendor: 'google', architecture: 'swiftshader', description: '' },
});

describe('detectGpu', () => {
  it('reports no WebGPU without navigator.gpu', async () => {
    expect(await detectGpu({})).toEqual({ webgpu: false, adapter: false, f16: false });
    expect(await detectGpu(undefined)).toEqual({ webgpu: false, adapter: false, f16: false });
  });

  it('reports no adapter when requestAdapter() returns null, throws, or never answers', async () => {
    expect(await detectGpu(navigatorWith(async () => null))).toEqual({ webgpu: true, adapter: false, f16: false });
    expect(await detectGpu(navigatorWith(async () => { throw new Error('blocked by policy'); }))).toEqual({ webgpu: true, adapter: false, f16: false });
    expect(await detectGpu(navigatorWith(() => { throw new Error('sync throw'); }))).toEqual({ webgpu: true, adapter: false, f16: false });
    expect(await detectGpu(navigatorWith(() => new Promise(() => undefined)), 10)).toEqual({ webgpu: true, adapter: false, f16: false });
  });

  it('reads an adapter without shader-f16 (SwiftShader)', async () => {
    expect(await detectGpu(navigatorWith(async () => swiftShader([])))).toEqual({
      webgpu: true,
      adapter: true,
      f16: false,
      maxBufferSize: 2 ** 30,
      description: 'google swiftshader',
    });
  });

  it('reads an adapter with shader-f16', async () => {
    expect(await detectGpu(navigatorWith(async () => swiftShader(['shader-f16', 'timestamp-query'])))).toMatchObject({ adapter: true, f16: true });
  });

  it('copes with an adapter missing features, limits and info, or throwing from them', async () => {
    expect(await detectGpu(navigatorWith(async () => ({})))).toEqual({ webgpu: true, adapter: true, f16: false });
    const hostile: AdapterLike = {
      get features(): AdapterLike['features'] { throw new Error('no'); },
      get limits(): AdapterLike['limits'] { throw new Error('no'); },
      get info(): AdapterLike['info'] { throw new Error('no'); },
    };
    expect(await detectGpu(navigatorWith(async () => hostile))).toEqual({ webgpu: true, adapter: true, f16: false });
  });

  it('falls back to requestAdapterInfo() in older browsers', async () => {
    const older: AdapterLike = { features: new Set(['shader-f16']), requestAdapterInfo: async () => ({ vendor: 'nvidia', description: 'NVIDIA GeForce RTX 3060' }) };
    expect(await detectGpu(navigatorWith(async () => older))).toMatchObject({ f16: true, description: 'nvidia NVIDIA GeForce RTX 3060' });
  });
});

describe('describeAdapter', () => {
  it('joins the non-empty parts once each', () => {
    expect(describeAdapter({ vendor: 'apple', architecture: 'metal-3', description: 'Apple' })).toBe('apple metal-3');
    expect(describeAdapter({ vendor: '', architecture: '', description: '' })).toBeUndefined();
    expect(describeAdapter(undefined)).toBeUndefined();
  });
});
