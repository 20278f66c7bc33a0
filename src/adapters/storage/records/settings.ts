import { z } from 'zod';
import { epochMs, rowId } from './bounds.ts';
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

/** How many companions can have a voice of their own (far more than anyone keeps; bounds an import). */
export const MAX_VOICE_CHOICES = 500;

/** How she speaks and listens. Only on-device voices and recognition are ever used (src/app/voice). */
export const SpeechSettings = z.strictObject({
  /** Read her replies aloud as they are written. Off until the user turns it on. */
  speakReplies: z.boolean(),
  /**
   * The on-device voice chosen for each companion: persona id to the voice's
   * `voiceURI`. A companion without one, or whose voice is gone or does not
   * speak the reply's language, gets the best on-device match.
   */
  voices: z.record(rowId, z.string().min(1).max(500)).refine((voices) => Object.keys(voices).length <= MAX_VOICE_CHOICES, { message: `at most ${MAX_VOICE_CHOICES} voices` }),
  /** The microphone: press to talk, or hands-free (listens again after each reply she finishes). */
  listening: z.enum(['push-to-talk', 'hands-free']),
});
export type SpeechSettings = z.infer<typeof SpeechSettings>;

export const DEFAULT_SPEECH: SpeechSettings = { speakReplies: false, voices: {}, listening: 'push-to-talk' };

/** Version 2 (2026-12-07, voice): adds `speech`; a version 1 row gets the defaults (silent, push-to-talk). */
export const SettingsRecordV2 = SettingsRecordV1.extend({
  recordVersion: z.literal(2),
  speech: SpeechSettings,
});

export const SettingsRecord = SettingsRecordV2;
export type SettingsRecord = z.infer<typeof SettingsRecord>;
/** A row as IndexedDB may hold it (any released version of this one: `recordVersion` may be absent). */
export type SettingsRow = z.input<typeof SettingsRecordV1> | z.input<typeof SettingsRecord>;

export const settingsRecords = defineRecord(
  'settings',
  'key',
  [
    { version: 1, schema: SettingsRecordV1 },
    { version: 2, schema: SettingsRecordV2, up: (v1) => ({ ...v1, recordVersion: 2, speech: DEFAULT_SPEECH }) },
  ],
  SettingsRecord,
);

/** What `saveSettings` may change: never the key or the versions. */
export type SettingsPatch = Partial<Omit<SettingsRecord, 'key' | 'schemaVersion' | 'recordVersion'>>;

export const DEFAULT_SETTINGS: SettingsRecord = {
  recordVersion: 2,
  key: 'app',
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  modelId: null,
  theme: 'system',
  persistentStorage: 'unknown',
  aiNoticeAcknowledgedAt: null,
  speech: DEFAULT_SPEECH,
};
