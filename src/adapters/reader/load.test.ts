import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readerLoader, ReaderLoadError } from './load.ts';

const fromDisk = async (url: URL) => {
  const bytes = readFileSync(fileURLToPath(url));
  return { ok: true, status: 200, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
};

describe('reader loader', () => {
  it('loads both committed weights files once and shares the result', async () => {
    let calls = 0;
    const load = readerLoader(async (url) => {
      calls += 1;
      return fromDisk(url);
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(calls).toBe(2);
    expect(a.message?.labels).toContain('crisis');
    expect(a.reply?.labels).toContain('declare_affection');
  });

  it('names a network failure and tries again on the next call', async () => {
    let fail = true;
    const load = readerLoader(async (url) => {
      if (fail) throw new TypeError('Failed to fetch');
      return fromDisk(url);
    });
    await expect(load()).rejects.toThrow(ReaderLoadError);
    await expect(load()).rejects.toThrow(/connection/);
    fail = false;
    await expect(load()).resolves.toHaveProperty('message');
  });

  it('names a server error and a damaged file', async () => {
    await expect(readerLoader(async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }))()).rejects.toThrow(/404/);
    await expect(readerLoader(async () => ({ ok: true, status: 200, arrayBuffer: async () => new TextEncoder().encode('<html>').buffer }))()).rejects.toThrow(/damaged/);
  });
});
