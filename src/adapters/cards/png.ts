import { concat, crc32, decodeBase64, inflate, latin1, utf8, zlibStored } from './bytes.ts';
import { CardError, LIMITS } from './errors.ts';

/** PNG reading and writing for cards: chunks, the `chara` / `ccv3` text chunks, and a placeholder image. */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk (its length field) in the file. */
  readonly at: number;
  readonly data: Uint8Array;
}

const u32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;

const TEXT_TYPES = new Set(['tEXt', 'zTXt', 'iTXt']);

/** Every chunk up to IEND; a file that ends inside a chunk (or before IEND) is refused as truncated. */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new CardError('unknown-format', 'not a PNG file (no PNG signature)');
  const chunks: PngChunk[] = [];
  let at = 8;
  for (;;) {
    if (at + 8 > bytes.length) {
      throw new CardError('png-truncated', `PNG truncated: the file ends at byte ${bytes.length} before its IEND chunk (damaged or incomplete download)`);
    }
    const length = u32(bytes, at);
    const type = latin1(bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) throw new CardError('png-damaged', `PNG damaged: chunk at byte ${at} has no valid type`);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) {
      throw new CardError('png-truncated', `PNG truncated: chunk '${type}' at byte ${at} needs ${end} bytes, file has ${bytes.length} (damaged or incomplete download)`);
    }
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (TEXT_TYPES.has(type) && crc32(bytes, at + 4, at + 8 + length) !== u32(bytes, at + 8 + length)) {
      throw new CardError('png-damaged', `PNG damaged: chunk '${type}' at byte ${at} fails its checksum`);
    }
    chunks.push({ type, at, data });
    at = end;
    if (type === 'IEND') return chunks;
  }
}

export interface PngText {
  readonly chunk: 'tEXt' | 'zTXt' | 'iTXt';
  readonly keyword: string;
  readonly text: string;
}

/** The text of a tEXt, zTXt or iTXt chunk (compressed ones inflated, at most `LIMITS.fileBytes * 2`). */
export async function readText(chunk: PngChunk): Promise<PngText> {
  const type = chunk.type as PngText['chunk'];
  const zero = chunk.data.indexOf(0);
  if (zero < 1) throw new CardError('png-damaged', `PNG damaged: ${type} chunk at byte ${chunk.at} has no keyword`);
  const keyword = latin1(chunk.data.subarray(0, zero));
  const inflateValue = (data: Uint8Array) =>
    inflate(
      data,
      'deflate',
      LIMITS.fileBytes * 2,
      `PNG ${type} chunk '${keyword}'`,
      { code: 'too-large', message: `PNG ${type} chunk '${keyword}' inflates past ${LIMITS.fileBytes * 2} bytes` },
      'png-damaged',
    );
  if (type === 'tEXt') return { chunk: type, keyword, text: latin1(chunk.data.subarray(zero + 1)) };
  if (type === 'zTXt') return { chunk: type, keyword, text: latin1(await inflateValue(chunk.data.subarray(zero + 2))) };
  // iTXt: keyword \0 flag method language \0 translated keyword \0 text (UTF-8)
  const compressed = chunk.data[zero + 1] === 1;
  const language = chunk.data.indexOf(0, zero + 3);
  const translated = language < 0 ? -1 : chunk.data.indexOf(0, language + 1);
  if (translated < 0) throw new CardError('png-damaged', `PNG damaged: iTXt chunk '${keyword}' at byte ${chunk.at} is malformed`);
  const value = chunk.data.subarray(translated + 1);
  return { chunk: type, keyword, text: utf8.decode(compressed ? await inflateValue(value) : value) };
}

export interface PngCard {
  /** Which chunk the card came from. */
  readonly keyword: 'chara' | 'ccv3';
  readonly chunk: PngText['chunk'];
  /** Where the JSON came from, for messages: "PNG tEXt chunk 'chara'". */
  readonly where: string;
  /** The card's JSON text. */
  readonly json: string;
  /** The image without its card chunks: the avatar. */
  readonly image: Uint8Array;
}

const CARD_KEYWORDS = ['ccv3', 'chara'] as const;

function keywordOf(chunk: PngChunk): string {
  const zero = chunk.data.indexOf(0);
  return latin1(chunk.data.subarray(0, zero < 0 ? Math.min(chunk.data.length, 79) : zero));
}

function isCardKeyword(keyword: string): boolean {
  const lower = keyword.toLowerCase();
  return lower === 'chara' || lower === 'ccv3' || lower.startsWith('chara-ext-asset_');
}

/** The card inside a PNG: `ccv3` wins over `chara`; text chunks may be tEXt, zTXt or iTXt, any keyword case. */
export async function readPngCard(bytes: Uint8Array): Promise<PngCard> {
  const chunks = readChunks(bytes);
  // Only the card chunks are decoded (a large compressed XMP or comment chunk is never inflated).
  const keywords = chunks.filter((chunk) => TEXT_TYPES.has(chunk.type)).map((chunk) => ({ chunk, keyword: keywordOf(chunk) }));
  for (const keyword of CARD_KEYWORDS) {
    const match = keywords.find((candidate) => candidate.keyword.toLowerCase() === keyword);
    if (!match) continue;
    const found = await readText(match.chunk);
    const what = `PNG ${found.chunk} chunk '${found.keyword}'`;
    const json = utf8.decode(decodeBase64(found.text, what));
    return { keyword, chunk: found.chunk, where: what, json, image: stripCardChunks(bytes, chunks) };
  }
  const names = keywords.map((candidate) => candidate.keyword.slice(0, 40)).join(', ') || 'none';
  throw new CardError('png-no-card', `PNG has no 'chara' or 'ccv3' text chunk: this image has no character card in it (text chunks: ${names})`);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** The image without card chunks (so a stored avatar does not carry the card twice). */
export function stripCardChunks(bytes: Uint8Array, chunks: readonly PngChunk[] = readChunks(bytes)): Uint8Array {
  const kept: Uint8Array[] = [PNG_SIGNATURE];
  for (const part of chunks) {
    if (TEXT_TYPES.has(part.type)) {
      const zero = part.data.indexOf(0);
      if (zero > 0 && isCardKeyword(latin1(part.data.subarray(0, zero)))) continue;
    }
    kept.push(bytes.subarray(part.at, part.at + 12 + part.data.length));
  }
  return concat(kept);
}

/** A tEXt chunk (keyword and value must be Latin-1; base64 always is). */
export function textChunk(keyword: string, value: string): Uint8Array {
  const data = new Uint8Array(keyword.length + 1 + value.length);
  for (let i = 0; i < keyword.length; i += 1) data[i] = keyword.charCodeAt(i) & 0xff;
  for (let i = 0; i < value.length; i += 1) data[keyword.length + 1 + i] = value.charCodeAt(i) & 0xff;
  return chunk('tEXt', data);
}

/** `image` (a PNG) with its card chunks replaced by `texts`, written just before IEND. */
export function withTextChunks(image: Uint8Array, texts: readonly { keyword: string; value: string }[]): Uint8Array {
  const chunks = readChunks(image);
  const kept: Uint8Array[] = [PNG_SIGNATURE];
  for (const part of chunks) {
    if (part.type === 'IEND') break;
    if (TEXT_TYPES.has(part.type)) {
      const zero = part.data.indexOf(0);
      if (zero > 0 && isCardKeyword(latin1(part.data.subarray(0, zero)))) continue;
    }
    kept.push(image.subarray(part.at, part.at + 12 + part.data.length));
  }
  for (const text of texts) kept.push(textChunk(text.keyword, text.value));
  kept.push(chunk('IEND', new Uint8Array(0)));
  return concat(kept);
}

/**
 * A small square PNG in one colour drawn from `seed` with a lighter circle: the picture of a card
 * exported without an avatar. Stored deflate blocks, so no compressor is needed.
 */
export function placeholderPng(seed: string, size = 64): Uint8Array {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619) >>> 0;
  const hue = hash % 360;
  const rgb = (lightness: number): [number, number, number] => {
    const c = (1 - Math.abs(2 * lightness - 1)) * 0.45;
    const x = c * (1 - Math.abs(((hue / 60) % 2) - 1));
    const m = lightness - c / 2;
    const [r, g, b] = hue < 60 ? [c, x, 0] : hue < 120 ? [x, c, 0] : hue < 180 ? [0, c, x] : hue < 240 ? [0, x, c] : hue < 300 ? [x, 0, c] : [c, 0, x];
    return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
  };
  const back = rgb(0.45);
  const front = rgb(0.75);
  const raw = new Uint8Array(size * (1 + size * 3));
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    const row = y * (1 + size * 3);
    raw[row] = 0;
    for (let x = 0; x < size; x += 1) {
      const inside = (x - centre) ** 2 + (y - centre * 0.8) ** 2 < (size * 0.22) ** 2 || ((x - centre) ** 2 / 1.4 + (y - size) ** 2 < (size * 0.42) ** 2);
      const colour = inside ? front : back;
      raw.set(colour, row + 1 + x * 3);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 2, 0, 0, 0], 8);
  return concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibStored(raw)), chunk('IEND', new Uint8Array(0))]);
}
