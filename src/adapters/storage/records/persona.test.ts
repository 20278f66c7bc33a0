import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPersona } from '../../../node/personas.ts';
import { parseExport } from '../transfer.ts';
import { personaRecords } from './persona.ts';

/**
 * The persona record's versions: version 1 rows (the first release, no `recordVersion`) read as
 * version 2; an export of the first release whose relationship is with the user's own persona
 * (carried in the file) still imports.
 */

const PERSONAS = ['ella', 'mara', 'theo'].map((id) => loadPersona(id));
const ella = loadPersona('ella');
const T0 = Date.UTC(2026, 11, 1);
const adultExport = (): Record<string, unknown[]> & Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../../../tests/fixtures/data/adult.export-v1.json', import.meta.url), 'utf8')) as Record<string, unknown[]> & Record<string, unknown>;

describe('persona records', () => {
  it('a version 1 row (no recordVersion) upgrades to version 2 with no picture and no greeting', () => {
    const v1 = { id: 'wren', persona: { ...ella, id: 'wren', name: 'Wren' }, builtIn: false, importedAt: T0 };
    expect(personaRecords.versionOf(v1)).toBe(1);
    expect(personaRecords.upgrade(v1)).toEqual({ ok: true, from: 1, record: { ...v1, recordVersion: 2, updatedAt: T0, avatar: null, greeting: null } });
  });

  it('version 2 refuses a greeting she does not have, picture bytes without persona.avatar, and a row from a newer app', () => {
    const base = { recordVersion: 2, id: 'wren', persona: { ...ella, id: 'wren', greetings: ['hi'] }, builtIn: false, importedAt: T0, updatedAt: T0, avatar: null, greeting: 0 };
    expect(personaRecords.upgrade(base).ok).toBe(true);
    expect(personaRecords.upgrade({ ...base, greeting: 1 })).toMatchObject({ ok: false, problem: expect.stringContaining('greeting must be one of her greetings') });
    expect(personaRecords.upgrade({ ...base, avatar: { mime: 'image/png', base64: 'iVBORw0KGgo=' } })).toMatchObject({ ok: false, problem: expect.stringContaining('avatar bytes need persona.avatar') });
    expect(personaRecords.upgrade({ ...base, recordVersion: 3 })).toMatchObject({ ok: false, newer: true });
  });

  it("a first-release export whose relationship is with the user's own persona (a version 1 row in the file) imports", () => {
    const document = adultExport();
    const relationship = (document['relationships'] as Record<string, unknown>[])[0] ?? {};
    const state = relationship['state'] as Record<string, unknown>;
    const wren = { ...ella, id: 'wren', name: 'Wren' };
    const moved = {
      ...document,
      personas: [{ id: 'wren', persona: wren, builtIn: false, importedAt: T0 }],
      relationships: [{ ...relationship, personaId: 'wren', state: { ...state, personaId: 'wren' } }],
      moments: (document['moments'] as Record<string, unknown>[]).map((moment) => ({ ...moment, personaId: 'wren' })),
    };
    const parsed = parseExport(JSON.stringify(moved), { personas: PERSONAS });
    expect(parsed.personas).toEqual([{ recordVersion: 2, id: 'wren', persona: wren, builtIn: false, importedAt: T0, updatedAt: T0, avatar: null, greeting: null }]);
    // Without her persona row the relationship could never be opened: refused.
    expect(() => parseExport(JSON.stringify({ ...moved, personas: [] }), { personas: PERSONAS })).toThrow(/persona 'wren' is not one this app has/);
  });
});
