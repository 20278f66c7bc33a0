import { z } from 'zod';
import { Persona } from '../../../core/persona.ts';
import { epochMs, rowId } from './bounds.ts';
import { defineRecord } from './versioned.ts';

/**
 * Version 1: a persona the app can offer; the record's id is the persona's own
 * id. The persona itself is the core's schema (built-in personas are written
 * again on every start, so they always match the running code).
 */
export const PersonaRecordV1 = z
  .strictObject({
    recordVersion: z.literal(1).default(1),
    id: rowId,
    persona: Persona,
    /** Shipped with the app (re-seeded on start) rather than imported by the user. */
    builtIn: z.boolean(),
    importedAt: epochMs,
  })
  .refine((record) => record.id === record.persona.id, { message: 'id must equal persona.id', path: ['id'] });

/** The largest picture kept for a companion (a card PNG is usually well under 5 MB). */
export const MAX_AVATAR_BYTES = 8 * 1024 * 1024;
export const AvatarMime = z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
export type AvatarMime = z.infer<typeof AvatarMime>;

/** A companion's picture, stored with her (base64, so it travels in the JSON export as it is). */
export const AvatarData = z.strictObject({
  mime: AvatarMime,
  base64: z
    .string()
    .min(4)
    .max(Math.ceil(MAX_AVATAR_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
});
export type AvatarData = z.infer<typeof AvatarData>;

/**
 * Version 2 (the persona editor and card import): a persona the user made,
 * duplicated or imported, with its picture and the greeting the user picked.
 * Bundled personas are not stored (they come with the code); a version 1 row
 * marked `builtIn` is still read, and the app ignores it.
 */
export const PersonaRecordV2 = z
  .strictObject({
    recordVersion: z.literal(2),
    id: rowId,
    persona: Persona,
    builtIn: z.boolean(),
    /** When she was made or imported. */
    importedAt: epochMs,
    updatedAt: epochMs,
    /** The bytes behind `persona.avatar`; null when she has no picture. */
    avatar: AvatarData.nullable(),
    /** Which of `persona.greetings` she opens with (the user picked it); null: none. */
    greeting: z.number().int().min(0).max(99).nullable(),
  })
  .refine((record) => record.id === record.persona.id, { message: 'id must equal persona.id', path: ['id'] })
  .refine((record) => record.greeting === null || record.greeting < record.persona.greetings.length, {
    message: 'greeting must be one of her greetings',
    path: ['greeting'],
  })
  .refine((record) => record.avatar === null || record.persona.avatar !== undefined, {
    message: 'avatar bytes need persona.avatar',
    path: ['avatar'],
  });

/** Version 1 rows had no picture bytes and no chosen greeting; they were last changed when imported. */
export function personaV1toV2(v1: Record<string, unknown>): Record<string, unknown> {
  return { ...v1, recordVersion: 2, updatedAt: v1['importedAt'], avatar: null, greeting: null };
}

export const PersonaRecord = PersonaRecordV2;
export type PersonaRecord = z.infer<typeof PersonaRecord>;
export type PersonaRow = z.input<typeof PersonaRecordV1> | z.input<typeof PersonaRecordV2>;

export const personaRecords = defineRecord(
  'personas',
  'id',
  [
    { version: 1, schema: PersonaRecordV1 },
    { version: 2, schema: PersonaRecordV2, up: personaV1toV2 },
  ],
  PersonaRecord,
);
