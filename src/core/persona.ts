import { z } from 'zod';

const unit = z.number().min(0).max(1);

/** How the character's judgment is tuned. Every field is read by the layer (state/update.ts, decide/decide.ts). */
export const Temperament = z.strictObject({
  /** How fast familiarity turns into affection (0 glacial, 1 quick). */
  warmthRate: unit,
  /** How readily she teases rather than answers plainly. */
  playfulness: unit,
  /** How slowly she extends trust and how cool her baseline is. */
  guardedness: unit,
  /** How much pushing she absorbs before drawing a firm line. */
  pressureTolerance: unit,
  /** How quickly trust comes back after a sincere apology. */
  forgiveness: unit,
});
export type Temperament = z.infer<typeof Temperament>;

/** Named temperaments offered to the user; the numbers stay editable under "advanced". */
export const TEMPERAMENT_PRESETS = {
  /** Slow to warm, firm with pressure: the default for every imported card. */
  guarded: { warmthRate: 0.3, playfulness: 0.4, guardedness: 0.8, pressureTolerance: 0.2, forgiveness: 0.35 },
  /** Even-handed: warms at an ordinary pace. */
  balanced: { warmthRate: 0.5, playfulness: 0.5, guardedness: 0.55, pressureTolerance: 0.35, forgiveness: 0.5 },
  /** Open and forgiving, still not pushed around. */
  warm: { warmthRate: 0.8, playfulness: 0.35, guardedness: 0.25, pressureTolerance: 0.5, forgiveness: 0.7 },
  /** Teasing first, answers later. */
  playful: { warmthRate: 0.55, playfulness: 0.8, guardedness: 0.5, pressureTolerance: 0.35, forgiveness: 0.55 },
} as const satisfies Record<string, Temperament>;
export const TemperamentPreset = z.enum(['guarded', 'balanced', 'warm', 'playful', 'custom']);
export type TemperamentPreset = z.infer<typeof TemperamentPreset>;

export const StyleSample = z.strictObject({
  /** What the user said or what the moment was. */
  context: z.string().min(1).max(300),
  /** How she would answer, in her own voice. */
  line: z.string().min(1).max(400),
});

/** Longest card text kept per field (description, personality, scenario, a greeting, a lore entry). */
export const CARD_TEXT_MAX = 50_000;

/**
 * One piece of world knowledge from a card's lorebook (`character_book`): added to a turn,
 * below the layer's directive, when a recent message names one of its keys.
 */
export const LoreEntry = z.strictObject({
  /** Words that trigger it (case-insensitive whole words unless `caseSensitive`); empty keys never match. */
  keys: z.array(z.string().max(200)).max(100),
  /** With `selective`, a secondary key must match too. */
  secondaryKeys: z.array(z.string().max(200)).max(100).default([]),
  selective: z.boolean().default(false),
  content: z.string().max(CARD_TEXT_MAX),
  enabled: z.boolean().default(true),
  /** Lower comes first in the prompt. */
  insertionOrder: z.number().finite().default(0),
  /** Always included (within the budget), whatever was said. */
  constant: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  /** When the budget is short, higher priority is kept first. */
  priority: z.number().finite().optional(),
  name: z.string().max(200).optional(),
  comment: z.string().max(2000).optional(),
});
export type LoreEntry = z.infer<typeof LoreEntry>;

/** Something in a card that was not taken as an instruction: kept as inert text, or dropped. */
export const IgnoredCardPart = z.strictObject({
  /** The card field ("system_prompt", "first_mes", "extensions.depth_prompt"...). */
  field: z.string().min(1).max(200),
  /** What happened to it. */
  kept: z.enum(['inert', 'dropped']),
  /** Why, in plain words. */
  why: z.string().min(1).max(300),
});
export type IgnoredCardPart = z.infer<typeof IgnoredCardPart>;

/** Where an imported persona came from, for display only: never sent to the model. */
export const CardSource = z.strictObject({
  spec: z.enum(['v1', 'v2', 'v3']),
  container: z.enum(['json', 'png', 'charx']),
  /** Card fields shown on the character page, as plain text (never rendered as HTML). */
  creator: z.string().max(500).default(''),
  creatorNotes: z.string().max(CARD_TEXT_MAX).default(''),
  characterVersion: z.string().max(200).default(''),
  tags: z.array(z.string().max(200)).max(200).default([]),
  /** The card's own instructions (system_prompt, post_history_instructions), kept as inert text to show, never prompted. */
  inert: z.record(z.string().max(200), z.string().max(CARD_TEXT_MAX)).default({}),
  /** What the import did not take as instructions, and why. */
  ignored: z.array(IgnoredCardPart).max(100).default([]),
});
export type CardSource = z.infer<typeof CardSource>;

/** A character the user can talk to. One file per persona in `personas/`. */
export const Persona = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, dashes)'),
  name: z.string().min(1).max(200),
  summary: z.string().min(1).max(500),
  voice: z.strictObject({
    description: z.string().min(1).max(800),
    /** Concrete writing rules for the model ("lowercase", "short lines"). */
    style: z.array(z.string().min(1).max(200)).min(1).max(12),
    samples: z.array(StyleSample).min(3).max(12),
  }),
  /** Things she likes and does: material for small talk, never invented history with the user. */
  interests: z.array(z.string().min(1).max(120)).min(1).max(20),
  temperament: Temperament,
  /** Lines she never crosses, whatever the state. */
  boundaries: z.array(z.string().min(1).max(200)).min(1).max(20),
  romance: z
    .strictObject({
      /** Whether a romantic relationship can ever be earned with an adult user. */
      possible: z.boolean(),
      /** Set when romance may never be switched on: the character is stated to be under 18. */
      locked: z.enum(['minor-character']).optional(),
    })
    .refine((romance) => romance.locked === undefined || !romance.possible, {
      message: 'a character under 18 can never be a romance',
      path: ['possible'],
    }),
  /** Which named temperament the numbers came from ("custom" once edited). */
  temperamentPreset: TemperamentPreset.optional(),
  /** The card's own words about her and her world (imported personas); `{{char}}`/`{{user}}` resolved at chat time. */
  character: z
    .strictObject({
      description: z.string().max(CARD_TEXT_MAX).default(''),
      personality: z.string().max(CARD_TEXT_MAX).default(''),
      scenario: z.string().max(CARD_TEXT_MAX).default(''),
      /** V3: what `{{char}}` stands for, when not her name. */
      nickname: z.string().min(1).max(200).optional(),
    })
    .optional(),
  /** First messages she may open with (the user picks one); macros kept as written. */
  greetings: z.array(z.string().min(1).max(CARD_TEXT_MAX)).max(100).default([]),
  /** Keyword-triggered world knowledge. */
  lore: z.array(LoreEntry).max(2000).default([]),
  /** The picture shown for her: a key the app stores the image under. */
  avatar: z
    .strictObject({
      ref: z.string().min(1).max(300),
      mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif']),
    })
    .optional(),
  /** The card she was imported from (display only). */
  source: CardSource.optional(),
});
export type Persona = z.infer<typeof Persona>;

export class PersonaError extends Error {
  override readonly name = 'PersonaError';
}

/** Human-readable path of a zod issue: "temperament.warmthRate". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((part) => String(part)).join('.');
}

/** Validate persona data; the error names the source and the field. */
export function parsePersona(data: unknown, source: string): Persona {
  const result = Persona.safeParse(data);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`).join('; ');
  throw new PersonaError(`${source}: invalid persona: ${details}`);
}
