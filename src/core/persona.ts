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

export const StyleSample = z.strictObject({
  /** What the user said or what the moment was. */
  context: z.string().min(1).max(300),
  /** How she would answer, in her own voice. */
  line: z.string().min(1).max(400),
});

/** A character the user can talk to. One file per persona in `personas/`. */
export const Persona = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, dashes)'),
  name: z.string().min(1).max(60),
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
  romance: z.strictObject({
    /** Whether a romantic relationship can ever be earned with an adult user. */
    possible: z.boolean(),
  }),
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
