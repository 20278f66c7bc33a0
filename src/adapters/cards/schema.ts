import { z } from 'zod';

/**
 * Character Card schemas, one per version (V1 flat, the Pygmalion variant, V2, V3), read as they are
 * found in the wild: missing or null text fields are empty strings, unknown keys are tolerated
 * (SillyTavern's hybrid keeps V1 fields at the root; card sites add their own), a field of the
 * wrong type is refused with its name. Length limits are checked after parsing (see map.ts).
 */

/** A text field: missing or null reads as "". */
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');
/** A list of strings: missing or null reads as []; non-strings in it are refused. */
const strings = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);
const record = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((value) => value ?? {});

/** V1: a flat object (TavernAI); no `spec` key. */
export const CardV1 = z.looseObject({
  name: z.string(),
  description: text,
  personality: text,
  scenario: text,
  first_mes: text,
  mes_example: text,
});
export type CardV1 = z.infer<typeof CardV1>;

/** The text-generation-webui / Pygmalion variant of V1. */
export const CardPygmalion = z.looseObject({
  char_name: z.string(),
  char_persona: text,
  char_greeting: text,
  world_scenario: text,
  example_dialogue: text,
});
export type CardPygmalion = z.infer<typeof CardPygmalion>;

const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((value) => value ?? fallback);

/** One lorebook entry (V2 shape; V3 adds `use_regex` and makes `constant` required, both read leniently). */
export const BookEntry = z.looseObject({
  keys: strings,
  content: text,
  extensions: record,
  enabled: flag(true),
  insertion_order: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
  case_sensitive: flag(false),
  name: z.string().nullish(),
  priority: z.number().nullish(),
  id: z.union([z.number(), z.string()]).nullish(),
  comment: z.string().nullish(),
  selective: flag(false),
  secondary_keys: strings,
  constant: flag(false),
  position: z.string().nullish(),
  use_regex: flag(false),
});
export type BookEntry = z.infer<typeof BookEntry>;

export const CharacterBook = z.looseObject({
  name: z.string().nullish(),
  description: z.string().nullish(),
  scan_depth: z.number().nullish(),
  token_budget: z.number().nullish(),
  recursive_scanning: z.boolean().nullish(),
  extensions: record,
  entries: z.array(BookEntry),
});
export type CharacterBook = z.infer<typeof CharacterBook>;

const V2Fields = {
  name: z.string(),
  description: text,
  personality: text,
  scenario: text,
  first_mes: text,
  mes_example: text,
  creator_notes: text,
  system_prompt: text,
  post_history_instructions: text,
  alternate_greetings: strings,
  character_book: CharacterBook.nullish(),
  tags: strings,
  creator: text,
  character_version: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value) => (value === null || value === undefined ? '' : String(value))),
  extensions: record,
};

export const CardV2Data = z.looseObject(V2Fields);
export const CardV2 = z.looseObject({
  spec: z.literal('chara_card_v2'),
  spec_version: z.string().nullish(),
  data: CardV2Data,
});
export type CardV2 = z.infer<typeof CardV2>;

export const Asset = z.looseObject({
  type: z.string(),
  uri: z.string(),
  name: z.string(),
  ext: z.string(),
});
export type Asset = z.infer<typeof Asset>;

export const CardV3Data = z.looseObject({
  ...V2Fields,
  group_only_greetings: strings,
  nickname: z.string().nullish(),
  creator_notes_multilingual: z.record(z.string(), z.string()).nullish(),
  source: strings,
  creation_date: z.number().nullish(),
  modification_date: z.number().nullish(),
  assets: z.array(Asset).nullish(),
});
export const CardV3 = z.looseObject({
  spec: z.literal('chara_card_v3'),
  spec_version: z.string().nullish(),
  data: CardV3Data,
});
export type CardV3 = z.infer<typeof CardV3>;

/** A card that names its spec. */
export const SpecCard = z.discriminatedUnion('spec', [CardV2, CardV3]);
export type SpecCard = z.infer<typeof SpecCard>;

/** Every card read, tagged by what it is. */
export type ParsedCard =
  | { readonly version: 'v1'; readonly card: CardV1 }
  | { readonly version: 'v1-pygmalion'; readonly card: CardPygmalion }
  | { readonly version: 'v2'; readonly card: CardV2 }
  | { readonly version: 'v3'; readonly card: CardV3 };
