import { CardError, type CardErrorCode } from './errors.ts';

/** Byte helpers shared by the PNG and CHARX readers and writers. Platform streams only (browser and Node 20). */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG and zip use it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff;
  for (let i = start; i < end; i += 1) crc = (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Adler-32, the zlib stream checksum. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    a = (a + (bytes[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const utf8 = {
  encode: (text: string): Uint8Array => new TextEncoder().encode(text),
  decode: (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes),
};

/** Bytes as Latin-1 text (PNG tEXt keywords and values). */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;

/** Strict base64 (standard or URL alphabet, padding optional, whitespace ignored). */
export function decodeBase64(text: string, what: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!BASE64.test(clean) || clean.replace(/=+$/, '').length % 4 === 1) {
    const bad = [...clean].find((char) => !/[A-Za-z0-9+/\-_=]/.test(char));
    const detail = bad === undefined ? 'wrong length or padding' : `it contains ${JSON.stringify(bad)}`;
    throw new CardError('invalid-base64', `${what}: value is not valid base64 (${detail})`);
  }
  const standard = clean.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  return btoa(latin1(bytes));
}

/**
 * Inflate with the platform's DecompressionStream, reading at most `maxBytes` of output:
 * a stream that would inflate further is stopped and refused, so a zip bomb costs nothing.
 */
export async function inflate(
  data: Uint8Array,
  format: 'deflate' | 'deflate-raw',
  maxBytes: number,
  what: string,
  tooLarge: { code: CardErrorCode; message: string },
  damaged: CardErrorCode,
): Promise<Uint8Array> {
  const stream = new DecompressionStream(format);
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const input = new Uint8Array(data.length);
  input.set(data);
  void writer.write(input).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new CardError(tooLarge.code, tooLarge.message);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof CardError) throw error;
    throw new CardError(damaged, `${what}: compressed data is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  return concat(parts);
}

/** A zlib stream of stored (uncompressed) deflate blocks: valid everywhere, no compressor needed. */
export function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.of(0x78, 0x01)];
  const blockSize = 0xffff;
  let at = 0;
  do {
    const block = data.subarray(at, at + blockSize);
    at += block.length;
    const last = at >= data.length ? 1 : 0;
    const len = block.length;
    parts.push(Uint8Array.of(last, len & 0xff, len >>> 8, ~len & 0xff, (~len >>> 8) & 0xff), block);
  } while (at < data.length);
  const sum = adler32(data);
  parts.push(Uint8Array.of(sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff));
  return concat(parts);
}

/** The first bytes of a file, printable, for "it starts with ..." messages. */
export function preview(bytes: Uint8Array, count = 12): string {
  return latin1(bytes.subarray(0, count)).replace(/[^\x20-\x7e]/g, '.');
}
