import { z } from 'zod';
import { RelationshipState } from '../../../core/state/state.ts';
import { epochMs, messageId, rowId } from './bounds.ts';
import { defineRecord } from './versioned.ts';

/**
 * Version 1: one relationship with one persona. The state is the judgment
 * core's (src/core/state/state.ts), stored whole and parsed with the core's
 * own schema, so a field the core adds with a default is filled in on read
 * without a new version here. A field the core adds *without* a default, or a
 * change of meaning, needs a version 2 below with a migration (and this
 * version's schema frozen as it is today): the fixture tests in
 * tests/fixtures/data fail until it has one.
 */
export const RelationshipRecordV1 = z
  .strictObject({
    recordVersion: z.literal(1).default(1),
    id: rowId,
    personaId: rowId,
    createdAt: epochMs,
    updatedAt: epochMs,
    state: RelationshipState,
    /** Incremented on every write: a commit names the revision it read, so two tabs never overwrite each other. */
    revision: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER - 1),
    /** Minors get a break reminder every three hours of chat; this is the last one shown. */
    lastBreakReminderAt: epochMs.nullable(),
  })
  .refine((record) => record.state.personaId === record.personaId, {
    message: 'state.personaId must equal personaId',
    path: ['state', 'personaId'],
  });

/**
 * Version 2: the state as it was before the last turn, and the user message
 * that turn answered, so editing that message re-runs the turn from where it
 * started (the relationship state is never computed twice from one message).
 * Version 1 rows have none: their last message can be deleted, not re-run.
 */
export const StateBeforeLastTurn = z.strictObject({
  /** The user message of the last committed turn. */
  messageId,
  state: RelationshipState,
});
export type StateBeforeLastTurn = z.infer<typeof StateBeforeLastTurn>;

export const RelationshipRecordV2 = z
  .strictObject({
    ...RelationshipRecordV1.shape,
    recordVersion: z.literal(2).default(2),
    beforeLastTurn: StateBeforeLastTurn.nullable().default(null),
  })
  .refine((record) => record.state.personaId === record.personaId, {
    message: 'state.personaId must equal personaId',
    path: ['state', 'personaId'],
  });

export const RelationshipRecord = RelationshipRecordV2;
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;
export type RelationshipRow = z.input<typeof RelationshipRecord>;

export const relationshipRecords = defineRecord(
  'relationships',
  'id',
  [
    { version: 1, schema: RelationshipRecordV1 },
    { version: 2, schema: RelationshipRecordV2, up: (v1) => ({ ...v1, recordVersion: 2, beforeLastTurn: null }) },
  ],
  RelationshipRecord,
);
