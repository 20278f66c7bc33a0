import { z } from 'zod';
import { epochMs } from './bounds.ts';
import { defineRecord } from './versioned.ts';

export const SETTINGS_SCHEMA_VERSION = 1;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const PersistentStorage = z.enum(['granted', 'denied', 'unknown']);
export type PersistentStorage = z.infer<typeof PersistentStorage>;

/** Version 1 (the first release): the one settings row (key 'app'). */
export const SettingsRecordV1 = z.strictObject({
  recordVersion: z.literal(1).default(1),
  key: z.literal('app'),
  /** Older name of the version, kept so version 1 rows stay readable by the first release's export. */
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** The model the user picked; null until the first choice. */
  modelId: z.string().min(1).max(200).nullable(),
  theme: Theme,
  /** What navigator.storage.persist() answered: 'denied' means the browser may evict us, so export matters. */
  persistentStorage: PersistentStorage,
  /** When the user acknowledged the "this is an AI" notice; null until then. */
  aiNoticeAcknowledgedAt: epochMs.nullable(),
});

export const SettingsRecord = SettingsRecordV1;
export type SettingsRecord = z.infer<typeof SettingsRecord>;
/** A row as IndexedDB may hold it (any released version of this one: `recordVersion` may be absent). */
export type SettingsRow = z.input<typeof SettingsRecord>;

export const settingsRecords = defineRecord('settings', 'key', [{ version: 1, schema: SettingsRecordV1 }], SettingsRecord);

/** What `saveSettings` may change: never the key or the versions. */
export type SettingsPatch = Partial<Omit<SettingsRecord, 'key' | 'schemaVersion' | 'recordVersion'>>;

export const DEFAULT_SETTINGS: SettingsRecord = {
  recordVersion: 1,
  key: 'app',
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  modelId: null,
  theme: 'system',
  persistentStorage: 'unknown',
  aiNoticeAcknowledgedAt: null,
};
