import { z } from 'zod';
import { epochMs, messageId, rowId, unit } from './bounds.ts';
import { defineRecord } from './versioned.ts';

export const FactCategory = z.enum(['name', 'place', 'work', 'person', 'plan', 'preference', 'other']);
export type FactCategory = z.infer<typeof FactCategory>;

/** Version 1: a fact the user shared. Stored text is data for recall, never an instruction to the model. */
export const FactMemoryRecordV1 = z.strictObject({
  recordVersion: z.literal(1).default(1),
  id: rowId,
  relationshipId: rowId,
  kind: z.literal('fact'),
  category: FactCategory,
  /** The fact in a short line ("has a sister called Mia"). */
  text: z.string().min(1).max(300),
  /** The user's own words it came from. */
  quote: z.string().max(200),
  at: epochMs,
  importance: unit,
  /** The user message it came from; null when it came from elsewhere (the profile, an import). */
  sourceMessageId: messageId.nullable(),
});

const MemoryRecordV1 = z.discriminatedUnion('kind', [FactMemoryRecordV1]);

/**
 * Version 2: the user can correct a fact's text (`editedAt`: when; the quote
 * keeps their own words as they were) and pin it, so recall always offers it.
 * Version 1 facts were never edited or pinned.
 */
export const FactMemoryRecordV2 = FactMemoryRecordV1.extend({
  recordVersion: z.literal(2).default(2),
  pinned: z.boolean().default(false),
  editedAt: epochMs.nullable().default(null),
});

export const FactMemoryRecord = FactMemoryRecordV2;
export type FactMemoryRecord = z.infer<typeof FactMemoryRecord>;

/** A union on `kind` so later kinds (a summary, a preference of hers) slot in without a new table. */
export const MemoryRecord = z.discriminatedUnion('kind', [FactMemoryRecord]);
export type MemoryRecord = z.infer<typeof MemoryRecord>;
export type MemoryRow = z.input<typeof MemoryRecord>;

export const memoryRecords = defineRecord(
  'memories',
  'id',
  [
    { version: 1, schema: MemoryRecordV1 },
    { version: 2, schema: MemoryRecord, up: (v1) => ({ ...v1, recordVersion: 2, pinned: false, editedAt: null }) },
  ],
  MemoryRecord,
);

/** What `addMemories` takes: the repository fills in the relationship and, if absent, the id. */
export const NewMemory = FactMemoryRecordV1.omit({ id: true, relationshipId: true, recordVersion: true }).extend({ id: rowId.optional(), pinned: z.boolean().optional() });
export type NewMemory = z.infer<typeof NewMemory>;
