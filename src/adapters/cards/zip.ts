import { inflate, latin1, utf8 } from './bytes.ts';
import { CardError, LIMITS, megabytes } from './errors.ts';

/**
 * A careful reader for CHARX (zip) files: it reads the central directory only, refuses too many
 * entries or too many declared bytes before inflating anything, refuses encrypted entries and
 * unknown methods, and never inflates an entry past its declared size (or past the caller's cap).
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function damaged(detail: string): CardError {
  return new CardError('zip-damaged', `CHARX damaged: ${detail}`);
}

/** The central directory, after the entry-count and total-size checks. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end-of-directory record (truncated or not a zip)');
  let count = u16(bytes, eocd + 10);
  let directorySize = u32(bytes, eocd + 12);
  let directoryOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw damaged('zip64 record missing');
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw damaged('zip64 record out of place');
    count = u64(bytes, record + 32);
    directorySize = u64(bytes, record + 40);
    directoryOffset = u64(bytes, record + 48);
  }
  if (count > LIMITS.zipEntries) throw new CardError('zip-too-many-entries', `CHARX has ${count} entries (limit ${LIMITS.zipEntries})`);
  if (directoryOffset + directorySize > bytes.length) throw damaged('central directory runs past the end of the file (truncated)');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let declared = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw damaged(`directory entry ${i + 1} is malformed`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const name = (flags & 0x800 ? utf8.decode : latin1)(bytes.subarray(at + 46, at + 46 + nameLength));
    // zip64 extra field: the 64-bit values, in this order, for each 32-bit field that is 0xffffffff.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const length = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = u64(bytes, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, field);
      }
      extra += 4 + length;
    }
    declared += size;
    if (declared > LIMITS.zipTotalBytes) {
      const total = declared + remainingDeclared(bytes, at + 46 + nameLength + extraLength + commentLength, count - i - 1);
      throw new CardError('zip-too-large', `CHARX declares ${total} uncompressed bytes (limit ${LIMITS.zipTotalBytes})`);
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The declared sizes of the entries after one that crossed the limit, for an honest total in the message. */
function remainingDeclared(bytes: Uint8Array, start: number, count: number): number {
  let total = 0;
  let at = start;
  for (let i = 0; i < count && at + 46 <= bytes.length && u32(bytes, at) === 0x02014b50; i += 1) {
    const size = u32(bytes, at + 24);
    total += size === 0xffffffff ? 0 : size;
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return total;
}

/** One entry's bytes, inflated to at most `maxBytes` (and never past its declared size). */
export async function readEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.flags & 1) throw new CardError('zip-unsupported', `CHARX entry '${entry.name}' is encrypted`);
  if (entry.size > maxBytes) {
    throw new CardError('zip-too-large', `CHARX entry '${entry.name}' declares ${entry.size} bytes (limit ${maxBytes}, ${megabytes(maxBytes)})`);
  }
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw damaged(`entry '${entry.name}' has no local header`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`entry '${entry.name}' runs past the end of the file (truncated)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(`stored entry '${entry.name}' has two different sizes`);
    return data;
  }
  if (entry.method !== 8) throw new CardError('zip-unsupported', `CHARX entry '${entry.name}' uses compression method ${entry.method} (only stored and deflate are read)`);
  // Deflate cannot shrink anything more than about 1032 to 1: a larger claim is a lie about the size.
  if (entry.size > entry.compressedSize * 1032 + 1024) {
    throw new CardError('zip-damaged', `CHARX entry '${entry.name}' declares ${entry.size} bytes but holds only ${entry.compressedSize} compressed bytes (a false size)`);
  }
  const out = await inflate(
    data,
    'deflate-raw',
    entry.size,
    `CHARX entry '${entry.name}'`,
    { code: 'zip-too-large', message: `CHARX entry '${entry.name}' inflates past its declared ${entry.size} bytes` },
    'zip-damaged',
  );
  if (out.length !== entry.size) throw damaged(`entry '${entry.name}' inflates to ${out.length} bytes, not the ${entry.size} it declares`);
  return out;
}
