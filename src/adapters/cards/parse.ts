import type { z } from 'zod';
import { CardError } from './errors.ts';
import { CardPygmalion, CardV1, CardV2, CardV3, type ParsedCard } from './schema.ts';

/** JSON text -> a card of a known version, or a CardError naming what is wrong. */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function validate<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const detail = issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'invalid';
  throw new CardError('invalid-card', `${what}: ${detail}`);
}

/** Parse JSON text (a byte-order mark is allowed); `where` names its source in messages. */
export function parseJson(json: string, where: string): unknown {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CardError('invalid-json', `${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function looksLikeLorebook(value: Record<string, unknown>): boolean {
  if (value.spec === 'lorebook_v3' || value.spec === 'lorebook_v2') return true;
  return 'entries' in value && !('name' in value) && !('char_name' in value) && !('data' in value);
}

/** Which card a parsed JSON value is. */
export function readCard(value: unknown, where: string): ParsedCard {
  if (!isObject(value)) throw new CardError('not-a-card', `${where}: not a character card (the JSON is ${Array.isArray(value) ? 'a list' : typeof value}, not an object)`);
  if (looksLikeLorebook(value)) throw new CardError('lorebook-not-card', `${where}: this is a lorebook / world-info file, not a character card`);
  if ('spec' in value) {
    const spec = value.spec;
    if (spec === 'chara_card_v2' || spec === 'chara_card_v3') {
      if (!isObject(value.data)) throw new CardError('no-data', `${where}: spec '${spec}' but no 'data' object (a ${spec === 'chara_card_v2' ? 'V2' : 'V3'} card without its data)`);
      return spec === 'chara_card_v2'
        ? { version: 'v2', card: validate(CardV2, value, where) }
        : { version: 'v3', card: validate(CardV3, value, where) };
    }
    throw new CardError('not-a-card', `${where}: unknown card spec ${JSON.stringify(String(spec)).slice(0, 60)} (known: chara_card_v2, chara_card_v3, or V1 without spec)`);
  }
  if ('char_name' in value) return { version: 'v1-pygmalion', card: validate(CardPygmalion, value, where) };
  if ('name' in value) return { version: 'v1', card: validate(CardV1, value, where) };
  throw new CardError('not-a-card', `${where}: not a character card (no 'spec', 'name' or 'char_name')`);
}
