import { memoryRecords } from './memory.ts';
import { messageRecords } from './message.ts';
import { momentRecords } from './moment.ts';
import { personaRecords } from './persona.ts';
import { relationshipRecords } from './relationship.ts';
import { settingsRecords } from './settings.ts';
import type { RecordModule } from './versioned.ts';
import type { MemoryRecord } from './memory.ts';
import type { MessageRecord } from './message.ts';
import type { MomentRecord } from './moment.ts';
import type { PersonaRecord } from './persona.ts';
import type { RelationshipRecord } from './relationship.ts';
import type { SettingsRecord } from './settings.ts';

/**
 * Every persisted record: one module per table (schema per version,
 * migrations, current version). See versioned.ts for how and when rows are
 * upgraded.
 */
export * from './bounds.ts';
export * from './memory.ts';
export * from './message.ts';
export * from './moment.ts';
export * from './persona.ts';
export * from './relationship.ts';
export * from './settings.ts';
export * from './tables.ts';
export * from './versioned.ts';

/** The module of each table. Repository reads, export and import all go through one of these. */
export interface RecordSet {
  readonly settings: RecordModule<SettingsRecord>;
  readonly personas: RecordModule<PersonaRecord>;
  readonly relationships: RecordModule<RelationshipRecord>;
  readonly messages: RecordModule<MessageRecord>;
  readonly moments: RecordModule<MomentRecord>;
  readonly memories: RecordModule<MemoryRecord>;
}

export const RECORDS: RecordSet = {
  settings: settingsRecords,
  personas: personaRecords,
  relationships: relationshipRecords,
  messages: messageRecords,
  moments: momentRecords,
  memories: memoryRecords,
};
