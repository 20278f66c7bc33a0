import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompanionRepository } from '../repository.ts';
import { fakeDb, uniqueName } from '../test-fixtures.ts';
import { DEFAULT_SPEECH, MAX_VOICE_CHOICES, settingsRecords } from './settings.ts';

/** The settings row the build of 2026-12-07 wrote (version 1, no recordVersion field), from the fixtures. */
function releasedRow(): Record<string, unknown> {
  const rows = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/data/adult.idb-rows-v1.json', import.meta.url), 'utf8')) as { settings: Record<string, unknown>[] };
  const row = rows.settings[0];
  if (!row) throw new Error('the fixture has no settings row');
  return row;
}

const V2 = {
  recordVersion: 2,
  key: 'app',
  schemaVersion: 1,
  modelId: null,
  theme: 'system',
  persistentStorage: 'granted',
  aiNoticeAcknowledgedAt: null,
  speech: { speakReplies: true, voices: { ella: 'Google UK English Female' }, listening: 'hands-free' },
};

describe('settings version 2: speech', () => {
  it('a released version 1 row upgrades to version 2 with every field kept and speech off', () => {
    const row = releasedRow();
    expect(row['recordVersion']).toBeUndefined();
    const result = settingsRecords.upgrade(row);
    if (!result.ok) throw new Error(result.problem);
    expect(result.from).toBe(1);
    expect(result.record).toEqual({ ...row, recordVersion: 2, speech: DEFAULT_SPEECH });
  });

  it('a version 2 row reads as it is', () => {
    const result = settingsRecords.upgrade(V2);
    expect(result).toEqual({ ok: true, from: 2, record: V2 });
  });

  it.each([
    ['an unknown listening mode', { ...V2.speech, listening: 'always' }, /listening/],
    ['a voice for an empty persona id', { ...V2.speech, voices: { '': 'x' } }, /voices/],
    ['an empty voice', { ...V2.speech, voices: { ella: '' } }, /voices/],
    ['speakReplies that is not a boolean', { ...V2.speech, speakReplies: 'yes' }, /speakReplies/],
    ['an unknown field', { ...V2.speech, rate: 2 }, /speech/],
    ['too many voices', { ...V2.speech, voices: Object.fromEntries(Array.from({ length: MAX_VOICE_CHOICES + 1 }, (_, i) => [`p${i}`, 'v'])) }, /voices/],
  ])('refuses %s', (_label, speech, problem) => {
    const result = settingsRecords.upgrade({ ...V2, speech });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  it('a version 2 row without speech is refused (only version 1 rows get the defaults)', () => {
    const { speech: _speech, ...withoutSpeech } = V2;
    expect(settingsRecords.upgrade(withoutSpeech).ok).toBe(false);
  });

  it('a stored version 1 row is read as version 2, and a speech patch is stored whole', async () => {
    const db = fakeDb(uniqueName('settings-v2'));
    await db.open();
    await db.settings.put(releasedRow() as never);
    const repo = new CompanionRepository(db);
    expect((await repo.getSettings()).speech).toEqual(DEFAULT_SPEECH);
    await repo.saveSettings({ speech: { speakReplies: true, voices: { mara: 'voice-1' }, listening: 'push-to-talk' } });
    const stored = (await db.settings.get('app')) as Record<string, unknown>;
    expect(stored['recordVersion']).toBe(2);
    expect(stored['speech']).toEqual({ speakReplies: true, voices: { mara: 'voice-1' }, listening: 'push-to-talk' });
  });
});
