import { z } from 'zod';
import { Decision, DecisionState } from '../../core/decide/decision.ts';
import { Violation } from '../../core/guard/guard.ts';
import { Persona } from '../../core/persona.ts';
import { Moment } from '../../core/recall/moment.ts';
import { RelationshipState } from '../../core/state/state.ts';

/**
 * One zod schema per persisted record; every type is inferred from its
 * schema. The repository parses with these before each write and after each
 * read, so a row from an older build, another tab or a hand-edited export can
 * never reach the app unchecked. Objects are strict: an unknown field is a
 * sign of a schema drift we want to hear about, not to carry silently.
 */

const epochMs = z.number().int().nonnegative();
const unit = z.number().min(0).max(1);
/** Auto-increment keys of the messages table. */
const messageId = z.number().int().positive();

export const SETTINGS_SCHEMA_VERSION = 1;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const PersistentStorage = z.enum(['granted', 'denied', 'unknown']);
export type PersistentStorage = z.infer<typeof PersistentStorage>;

/** The one settings row (key 'app'). */
export const SettingsRecord = z.strictObject({
  key: z.literal('app'),
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** The model the user picked; null until the first choice. */
  modelId: z.string().min(1).nullable(),
  theme: Theme,
  /** What navigator.storage.persist() answered: 'denied' means the browser may evict us, so export matters. */
  persistentStorage: PersistentStorage,
  /** When the user acknowledged the "this is an AI" notice; null until then. */
  aiNoticeAcknowledgedAt: epochMs.nullable(),
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/** What `saveSettings` may change: never the key or the schema version. */
export type SettingsPatch = Partial<Omit<SettingsRecord, 'key' | 'schemaVersion'>>;

export const DEFAULT_SETTINGS: SettingsRecord = {
  key: 'app',
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  modelId: null,
  theme: 'system',
  persistentStorage: 'unknown',
  aiNoticeAcknowledgedAt: null,
};

/** A persona the app can offer; the record's id is the persona's own id. */
export const PersonaRecord = z
  .strictObject({
    id: z.string().min(1),
    persona: Persona,
    /** Shipped with the app (re-seeded on start) rather than imported by the user. */
    builtIn: z.boolean(),
    importedAt: epochMs,
  })
  .refine((record) => record.id === record.persona.id, { message: 'id must equal persona.id', path: ['id'] });
export type PersonaRecord = z.infer<typeof PersonaRecord>;

/** One relationship with one persona; the state is the judgment core's, stored whole. */
export const RelationshipRecord = z
  .strictObject({
    id: z.string().min(1),
    personaId: z.string().min(1),
    createdAt: epochMs,
    updatedAt: epochMs,
    state: RelationshipState,
    /** Incremented on every write: a commit names the revision it read, so two tabs never overwrite each other. */
    revision: z.number().int().nonnegative(),
    /** Minors get a break reminder every three hours of chat; this is the last one shown. */
    lastBreakReminderAt: epochMs.nullable(),
  })
  .refine((record) => record.state.personaId === record.personaId, {
    message: 'state.personaId must equal personaId',
    path: ['state', 'personaId'],
  });
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

const messageBase = {
  id: messageId,
  relationshipId: z.string().min(1),
  at: epochMs,
};

/** What the user typed, stored before generation so a crash never loses it. */
export const UserMessageRecord = z.strictObject({
  ...messageBase,
  role: z.literal('user'),
  text: z.string(),
  /** Exactly what the model saw for this turn (the text with the app's note), to rebuild its history after a reload. */
  promptContent: z.string().optional(),
});
export type UserMessageRecord = z.infer<typeof UserMessageRecord>;

export const AssistantStatus = z.enum(['complete', 'streaming', 'interrupted', 'stopped', 'failed']);
export type AssistantStatus = z.infer<typeof AssistantStatus>;

/** Statuses after which the reply is final and carries its decision. */
export const FINAL_STATUSES = ['complete', 'stopped'] as const satisfies readonly AssistantStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

/** The engine's own figures for one reply. */
export const Usage = z.strictObject({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  prefillTokensPerSecond: z.number().nonnegative().optional(),
  decodeTokensPerSecond: z.number().nonnegative().optional(),
  timeToFirstTokenSeconds: z.number().nonnegative().optional(),
  e2eLatencySeconds: z.number().nonnegative().optional(),
});
export type Usage = z.infer<typeof Usage>;

/** Stage and numbers before and after a turn, for the inspector (same shape as the decision's state). */
export const StateSnapshot = DecisionState;
export type StateSnapshot = z.infer<typeof StateSnapshot>;

const AssistantMessageShape = z.strictObject({
  ...messageBase,
  role: z.literal('assistant'),
  /** While streaming, the text so far; after an interruption, the partial text is kept. */
  text: z.string(),
  status: AssistantStatus,
  /** Null only until the turn commits (a streaming, interrupted or failed reply may not have one). */
  decision: Decision.nullable(),
  appraisalLabels: z.array(z.string()),
  stateBefore: StateSnapshot.nullable(),
  stateAfter: StateSnapshot.nullable(),
  /** The first draft broke the decision and was written again. */
  regenerated: z.boolean(),
  /** What the rejected drafts broke. */
  violations: z.array(Violation),
  /** A fixed line stood in for two rejected drafts. */
  fellBack: z.boolean().optional(),
  usage: Usage.optional(),
  modelId: z.string().min(1).nullable(),
  /** The user message this answers. */
  replyTo: messageId,
  /** Why generation failed (status 'failed'), in words the user can read. */
  failure: z.string().optional(),
});

/** A final reply carries the decision that produced it; only a failed one says why it failed. */
function checkAssistant(record: z.infer<typeof AssistantMessageShape> | z.infer<typeof AssistantInsertShape>, ctx: z.RefinementCtx): void {
  const final = (FINAL_STATUSES as readonly string[]).includes(record.status);
  if (final && (record.decision === null || record.stateBefore === null || record.stateAfter === null)) {
    ctx.addIssue({ code: 'custom', message: `a ${record.status} reply needs its decision and state snapshots`, path: ['decision'] });
  }
  if (record.failure !== undefined && record.status !== 'failed') {
    ctx.addIssue({ code: 'custom', message: 'only a failed reply has a failure', path: ['failure'] });
  }
}

const AssistantInsertShape = AssistantMessageShape.omit({ id: true });

export const AssistantMessageRecord = AssistantMessageShape.superRefine(checkAssistant);
export type AssistantMessageRecord = z.infer<typeof AssistantMessageRecord>;

export const MessageRecord = z.discriminatedUnion('role', [UserMessageRecord, AssistantMessageRecord]);
export type MessageRecord = z.infer<typeof MessageRecord>;

/** Insert shapes: the database assigns message ids. */
export const NewUserMessage = UserMessageRecord.omit({ id: true });
export type NewUserMessage = z.infer<typeof NewUserMessage>;
export const NewAssistantMessage = AssistantInsertShape.superRefine(checkAssistant);
export type NewAssistantMessage = z.infer<typeof NewAssistantMessage>;
export type NewMessage = NewUserMessage | NewAssistantMessage;

/** A notable moment (the core's Moment) and the relationship it belongs to. */
export const MomentRecord = Moment.extend({ relationshipId: z.string().min(1) });
export type MomentRecord = z.infer<typeof MomentRecord>;

export const FactCategory = z.enum(['name', 'place', 'work', 'person', 'plan', 'preference', 'other']);
export type FactCategory = z.infer<typeof FactCategory>;

/** A fact the user shared. Stored text is data for recall, never an instruction to the model. */
export const FactMemoryRecord = z.strictObject({
  id: z.string().min(1),
  relationshipId: z.string().min(1),
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
export type FactMemoryRecord = z.infer<typeof FactMemoryRecord>;

/** A union on `kind` so later kinds (a summary, a preference of hers) slot in without a new table. */
export const MemoryRecord = z.discriminatedUnion('kind', [FactMemoryRecord]);
export type MemoryRecord = z.infer<typeof MemoryRecord>;

/** What `addMemories` takes: the repository fills in the relationship and, if absent, the id. */
export const NewMemory = FactMemoryRecord.omit({ id: true, relationshipId: true }).extend({ id: z.string().min(1).optional() });
export type NewMemory = z.infer<typeof NewMemory>;

/** Table names, for errors that say where a bad row lives. */
export const TABLES = ['settings', 'personas', 'relationships', 'messages', 'moments', 'memories'] as const;
export type TableName = (typeof TABLES)[number];
