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

export const PersonaRecord = PersonaRecordV1;
export type PersonaRecord = z.infer<typeof PersonaRecord>;
export type PersonaRow = z.input<typeof PersonaRecord>;

export const personaRecords = defineRecord('personas', 'id', [{ version: 1, schema: PersonaRecordV1 }], PersonaRecord);
