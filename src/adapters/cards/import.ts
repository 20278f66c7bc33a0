import { PersonaError, type IgnoredCardPart, type Persona } from '../../core/persona.ts';
import { preview, utf8 } from './bytes.ts';
import { CardError, LIMITS, megabytes } from './errors.ts';
import { fieldsOf, toPersona, type CardContainer, type CardSpec } from './map.ts';
import { parseJson, readCard } from './parse.ts';
import { isPng, readPngCard, stripCardChunks } from './png.ts';
import type { ParsedCard } from './schema.ts';
import { isZip, listEntries, readEntry } from './zip.ts';

/**
 * The one import path for Character Cards (the app's file picker and drag-and-drop, and
 * `npm run card`): bytes in, a validated persona out, or a CardError with a plain message.
 * The container is sniffed from the bytes (never the file name): PNG, CHARX (zip) or JSON.
 * Nothing is stored here; the caller stores the persona and avatar only on success.
 */

export type AvatarMime = NonNullable<Persona['avatar']>['mime'];

export interface CardImport {
  readonly persona: Persona;
  /** The card's spec, and the variant read (the Pygmalion keys are a V1 variant). */
  readonly spec: CardSpec;
  readonly variant: ParsedCard['version'];
  readonly container: CardContainer;
  /** Where the card data came from: "JSON file", "PNG tEXt chunk 'ccv3'", "CHARX card.json". */
  readonly where: string;
  /** The picture to store under `persona.avatar.ref`: the PNG without its card chunks, or the CHARX main icon. */
  readonly avatar?: { readonly bytes: Uint8Array; readonly mime: AvatarMime };
  /** What the card asked for that was kept as inert text or dropped, and why. */
  readonly ignored: readonly IgnoredCardPart[];
  /** One sentence for the import screen when the card claims a closeness that has to be earned here. */
  readonly notice?: string;
  readonly warnings: readonly string[];
}

export interface ImportOptions {
  /** Ids already in use (bundled and stored personas): a new id is found beside them. */
  readonly takenIds?: ReadonlySet<string>;
}

const MIME_BY_EXT: Record<string, AvatarMime> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };

function sniffImage(bytes: Uint8Array): AvatarMime | null {
  if (isPng(bytes)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (preview(bytes, 4) === 'RIFF' && preview(bytes.subarray(8), 4) === 'WEBP') return 'image/webp';
  if (preview(bytes, 4) === 'GIF8') return 'image/gif';
  return null;
}

interface Read {
  readonly parsed: ParsedCard;
  readonly container: CardContainer;
  readonly where: string;
  readonly avatar?: { bytes: Uint8Array; mime: AvatarMime };
  readonly warnings: string[];
}

async function readPng(bytes: Uint8Array): Promise<Read> {
  const png = await readPngCard(bytes);
  const parsed = readCard(parseJson(png.json, `${png.where} (after base64)`), png.where);
  const warnings = png.keyword === 'chara' && parsed.version === 'v3' ? ["a V3 card in a 'chara' chunk: read as V3"] : [];
  return { parsed, container: 'png', where: png.where, avatar: { bytes: png.image, mime: 'image/png' }, warnings };
}

async function readCharx(bytes: Uint8Array): Promise<Read> {
  const entries = listEntries(bytes);
  const card = entries.find((entry) => entry.name === 'card.json') ?? entries.find((entry) => entry.name.toLowerCase() === 'card.json');
  if (!card) throw new CardError('zip-no-card', 'CHARX has no card.json at its root (no card in this CHARX)');
  const where = 'CHARX card.json';
  const parsed = readCard(parseJson(utf8.decode(await readEntry(bytes, card, LIMITS.cardJsonBytes)), where), where);
  const warnings: string[] = [];
  let avatar: Read['avatar'];
  const assets = parsed.version === 'v3' ? (parsed.card.data.assets ?? []) : [];
  const icon = assets.find((asset) => asset.type === 'icon' && asset.name === 'main') ?? assets.find((asset) => asset.type === 'icon');
  const path = icon?.uri.startsWith('embeded://') ? icon.uri.slice('embeded://'.length) : icon?.uri.startsWith('embedded://') ? icon.uri.slice('embedded://'.length) : null;
  if (icon && path !== null) {
    const entry = entries.find((candidate) => candidate.name === path);
    if (!entry) warnings.push(`the main icon '${path}' is not in the CHARX: no avatar`);
    else {
      const image = await readEntry(bytes, entry, LIMITS.fileBytes);
      const mime = sniffImage(image) ?? MIME_BY_EXT[icon.ext.toLowerCase()] ?? null;
      if (mime === 'image/png' && sniffImage(image) === mime) {
        try {
          avatar = { bytes: stripCardChunks(image), mime };
        } catch (error) {
          warnings.push(`the main icon '${path}' is a damaged PNG (${error instanceof Error ? error.message : String(error)}): no avatar`);
        }
      } else if (mime && sniffImage(image) === mime) avatar = { bytes: image, mime };
      else warnings.push(`the main icon '${path}' is not a PNG, JPEG, WEBP or GIF image: no avatar`);
    }
  }
  const others = assets.length - (icon ? 1 : 0);
  if (others > 0) warnings.push(`${others} other asset${others === 1 ? '' : 's'} (backgrounds, emotions, sounds) not stored`);
  return { parsed, container: 'charx', where, ...(avatar ? { avatar } : {}), warnings };
}

function readJsonFile(bytes: Uint8Array): Read {
  const where = 'JSON file';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CardError('invalid-json', `${where}: not UTF-8 text`);
  }
  return { parsed: readCard(parseJson(text, where), where), container: 'json', where, warnings: [] };
}

/** Which container the bytes are, by their first bytes. */
export function sniff(bytes: Uint8Array): CardContainer {
  if (isPng(bytes)) return 'png';
  if (isZip(bytes)) return 'charx';
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at += 1;
  if (bytes[at] === 0x7b || bytes[at] === 0x5b) return 'json';
  const image = sniffImage(bytes);
  if (image) throw new CardError('unknown-format', `a ${image.slice(6).toUpperCase()} image: cards are carried only in PNG (or JSON and CHARX files)`);
  throw new CardError('unknown-format', `not a PNG, CHARX/zip or JSON file (it starts with "${preview(bytes)}")`);
}

/** Read a card file's bytes into a persona (see the module comment). */
export async function importCard(bytes: Uint8Array, options: ImportOptions = {}): Promise<CardImport> {
  if (bytes.length === 0) throw new CardError('empty', 'the file is empty');
  if (bytes.length > LIMITS.fileBytes) throw new CardError('too-large', `the file is ${megabytes(bytes.length)} (limit ${megabytes(LIMITS.fileBytes)})`);
  const container = sniff(bytes);
  const read = container === 'png' ? await readPng(bytes) : container === 'charx' ? await readCharx(bytes) : readJsonFile(bytes);
  const fields = fieldsOf(read.parsed);
  let mapped: ReturnType<typeof toPersona>;
  try {
    mapped = toPersona(fields, { container, ...(read.avatar ? { avatarMime: read.avatar.mime } : {}), ...(options.takenIds ? { takenIds: options.takenIds } : {}) });
  } catch (error) {
    // A card whose fields pass the card limits but not the persona schema is still refused, with the field named.
    if (error instanceof PersonaError) throw new CardError('invalid-card', error.message);
    throw error;
  }
  return {
    persona: mapped.persona,
    spec: fields.spec,
    variant: fields.variant,
    container,
    where: read.where,
    // The picture is kept only when the persona refers to it (a placeholder of an avatar-less export is not).
    ...(read.avatar && mapped.persona.avatar ? { avatar: read.avatar } : {}),
    ignored: mapped.ignored,
    ...(mapped.notice ? { notice: mapped.notice } : {}),
    warnings: [...read.warnings, ...mapped.warnings],
  };
}
