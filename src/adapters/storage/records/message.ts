import { z } from 'zod';
import { Stage } from '../../../core/vocabulary.ts';
import { MAX_MESSAGE_TEXT, MAX_PROMPT_TEXT, epochMs, messageId, rowId, unit } from './bounds.ts';
import { defineRecord } from './versioned.ts';

/**
 * Version 1: messages. What the judgment core decided for a reply (its
 * Decision, defined in src/core/decide) is stored *loosely*: the few fields
 * storage and the inspector rely on are checked, every other field is kept
 * exactly as written. The core can add fields to its decision or its reading
 * without making older rows unreadable, and a row written by a newer core
 * keeps what this build does not know (the inspector shows what it can read).
 */

/** Stage and numbers before and after a turn, for the inspector (the decision's state, stored loosely). */
export const StateSnapshot = z.looseObject({
  stage: Stage,
  trust: unit,
  respect: unit,
  affection: unit,
  familiarity: unit,
  tension: unit,
});
export type StateSnapshot = z.infer<typeof StateSnapshot>;

/** A decision as stored: checked where storage relies on it, everything else kept as it is. */
export const StoredDecision = z.looseObject({
  stance: z.string().min(1).max(100),
  safety: z.string().min(1).max(100),
  state: StateSnapshot,
});
export type StoredDecision = z.infer<typeof StoredDecision>;

/** What a rejected draft broke (the guard's Violation, stored loosely). */
export const StoredViolation = z.looseObject({
  rule: z.string().min(1).max(100),
  excerpt: z.string().max(2_000),
});
export type StoredViolation = z.infer<typeof StoredViolation>;

const messageBase = {
  recordVersion: z.literal(1).default(1),
  id: messageId,
  relationshipId: rowId,
  at: epochMs,
};

/** What the user typed, stored before generation so a crash never loses it. */
export const UserMessageRecordV1 = z.strictObject({
  ...messageBase,
  role: z.literal('user'),
  text: z.string().max(MAX_MESSAGE_TEXT),
  /** Exactly what the model saw for this turn (the text with the app's note), to rebuild its history after a reload. */
  promptContent: z.string().max(MAX_PROMPT_TEXT).optional(),
});

export const AssistantStatus = z.enum(['complete', 'streaming', 'interrupted', 'stopped', 'failed']);
export type AssistantStatus = z.infer<typeof AssistantStatus>;

/** Statuses after which the reply is final and carries its decision. */
export const FINAL_STATUSES = ['complete', 'stopped'] as const satisfies readonly AssistantStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const rate = z.number().nonnegative().max(1e9);

/** The engine's own figures for one reply. */
export const Usage = z.strictObject({
  promptTokens: count,
  completionTokens: count,
  prefillTokensPerSecond: rate.optional(),
  decodeTokensPerSecond: rate.optional(),
  timeToFirstTokenSeconds: rate.optional(),
  e2eLatencySeconds: rate.optional(),
});
export type Usage = z.infer<typeof Usage>;

export const AssistantShapeV1 = z.strictObject({
  ...messageBase,
  role: z.literal('assistant'),
  /** While streaming, the text so far; after an interruption, the partial text is kept. */
  text: z.string().max(MAX_PROMPT_TEXT),
  status: AssistantStatus,
  /** Null only until the turn commits (a streaming, interrupted or failed reply may not have one). */
  decision: StoredDecision.nullable(),
  appraisalLabels: z.array(z.string().max(200)).max(500),
  stateBefore: StateSnapshot.nullable(),
  stateAfter: StateSnapshot.nullable(),
  /** The first draft broke the decision and was written again. */
  regenerated: z.boolean(),
  /** What the rejected drafts broke. */
  violations: z.array(StoredViolation).max(100),
  /** A fixed line stood in for two rejected drafts. */
  fellBack: z.boolean().optional(),
  usage: Usage.optional(),
  modelId: z.string().min(1).max(200).nullable(),
  /** The user message this answers. */
  replyTo: messageId,
  /** Why generation failed (status 'failed'), in words the user can read. */
  failure: z.string().max(2_000).optional(),
});

interface AssistantFields {
  readonly status: AssistantStatus;
  readonly decision: StoredDecision | null;
  readonly stateBefore: StateSnapshot | null;
  readonly stateAfter: StateSnapshot | null;
  readonly failure?: string | undefined;
}

/** A final reply carries the decision that produced it; only a failed one says why it failed. */
export function checkAssistant(record: AssistantFields, ctx: z.RefinementCtx): void {
  const final = (FINAL_STATUSES as readonly string[]).includes(record.status);
  if (final && (record.decision === null || record.stateBefore === null || record.stateAfter === null)) {
    ctx.addIssue({ code: 'custom', message: `a ${record.status} reply needs its decision and state snapshots`, path: ['decision'] });
  }
  if (record.failure !== undefined && record.status !== 'failed') {
    ctx.addIssue({ code: 'custom', message: 'only a failed reply has a failure', path: ['failure'] });
  }
}

export const AssistantMessageRecordV1 = AssistantShapeV1.superRefine(checkAssistant);

export const MessageRecordV1 = z.discriminatedUnion('role', [UserMessageRecordV1, AssistantMessageRecordV1]);

/**
 * Version 2: a user message can be edited (`editedAt`, the text replaced in
 * place), and a reply keeps every version written for it (`alternatives`,
 * oldest first; `chosen` is the one shown, and `text` is always that one).
 * Version 1 rows were never edited and have one version: no alternatives.
 */
export const MAX_ALTERNATIVES = 10;

export const UserMessageRecordV2 = UserMessageRecordV1.extend({
  recordVersion: z.literal(2).default(2),
  /** When the user last edited it; absent when never edited. */
  editedAt: epochMs.optional(),
});

export const AssistantShapeV2 = AssistantShapeV1.extend({
  recordVersion: z.literal(2).default(2),
  /** Every version of this reply, oldest first, once it has been regenerated; empty before. */
  alternatives: z.array(z.string().max(MAX_PROMPT_TEXT)).max(MAX_ALTERNATIVES).default([]),
  /** Which alternative is shown (and is `text`). */
  chosen: z.number().int().nonnegative().max(MAX_ALTERNATIVES).default(0),
});

/** The shown text is the chosen alternative, so the model's history and the screen agree. */
function checkAlternatives(record: { readonly text: string; readonly alternatives: readonly string[]; readonly chosen: number }, ctx: z.RefinementCtx): void {
  if (record.alternatives.length === 0) {
    if (record.chosen !== 0) ctx.addIssue({ code: 'custom', message: 'a reply without alternatives shows its only version', path: ['chosen'] });
    return;
  }
  if (record.chosen >= record.alternatives.length) ctx.addIssue({ code: 'custom', message: 'chosen is not one of the alternatives', path: ['chosen'] });
  else if (record.alternatives[record.chosen] !== record.text) ctx.addIssue({ code: 'custom', message: 'text must be the chosen alternative', path: ['text'] });
}

export const AssistantMessageRecordV2 = AssistantShapeV2.superRefine(checkAssistant).superRefine(checkAlternatives);
export const MessageRecordV2 = z.discriminatedUnion('role', [UserMessageRecordV2, AssistantMessageRecordV2]);

export const UserMessageRecord = UserMessageRecordV2;
export type UserMessageRecord = z.infer<typeof UserMessageRecord>;
export const AssistantMessageRecord = AssistantMessageRecordV2;
export type AssistantMessageRecord = z.infer<typeof AssistantMessageRecord>;
export const MessageRecord = MessageRecordV2;
export type MessageRecord = z.infer<typeof MessageRecord>;
export type MessageRow = z.input<typeof MessageRecord>;

export const messageRecords = defineRecord(
  'messages',
  'id',
  [
    { version: 1, schema: MessageRecordV1 },
    // Nothing to invent: a version 1 reply has one version and a version 1 message was never edited.
    { version: 2, schema: MessageRecordV2, up: (v1) => (v1['role'] === 'assistant' ? { ...v1, recordVersion: 2, alternatives: [], chosen: 0 } : { ...v1, recordVersion: 2 }) },
  ],
  MessageRecord,
);

/** Insert shapes: the database assigns message ids. */
export const NewUserMessage = UserMessageRecord.omit({ id: true });
export type NewUserMessage = z.input<typeof NewUserMessage>;
export const NewAssistantMessage = AssistantShapeV2.omit({ id: true }).superRefine(checkAssistant).superRefine(checkAlternatives);
export type NewAssistantMessage = z.input<typeof NewAssistantMessage>;
export type NewMessage = NewUserMessage | NewAssistantMessage;
