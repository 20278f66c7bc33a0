import { z } from 'zod';
import { Moment } from '../../../core/recall/moment.ts';
import { epochMs, rowId } from './bounds.ts';
import { defineRecord } from './versioned.ts';

/** Version 1: a notable moment (the core's Moment) and the relationship it belongs to. */
export const MomentRecordV1 = Moment.extend({
  recordVersion: z.literal(1).default(1),
  relationshipId: rowId,
  id: rowId,
  at: epochMs,
});

export const MomentRecord = MomentRecordV1;
export type MomentRecord = z.infer<typeof MomentRecord>;
export type MomentRow = z.input<typeof MomentRecord>;

export const momentRecords = defineRecord('moments', 'id', [{ version: 1, schema: MomentRecordV1 }], MomentRecord);
