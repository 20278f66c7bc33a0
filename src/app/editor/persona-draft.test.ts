import { describe, expect, it } from 'vitest';
import { persona } from '../../../tests/support/fixtures.ts';
import { TEMPERAMENT_PRESETS } from '../../core/persona.ts';
import { blankDraft, buildPersona, draftFrom, draftStatesMinor, duplicateDraft, presetOf, uniqueId, withNumber, withPreset } from './persona-draft.ts';

const ella = persona('ella');
const taken = new Set(['ella', 'mara', 'theo']);

describe('the persona editor form', () => {
  it('a bundled persona round-trips through the form unchanged (but for the preset it names)', () => {
    const built = buildPersona(draftFrom(ella, null), taken);
    expect(built.ok).toBe(true);
    if (built.ok) expect(built.persona).toEqual({ ...ella, temperamentPreset: 'custom' });
  });

  it('a duplicate gets a new id from its name and keeps everything else', () => {
    const built = buildPersona(duplicateDraft(ella, null), taken);
    expect(built.ok && built.persona.id).toBe('ella-copy');
    expect(built.ok && built.persona.voice).toEqual(ella.voice);
    expect(uniqueId('Ella (copy)', new Set(['ella-copy']))).toBe('ella-copy-2');
    expect(uniqueId('!!!', new Set())).toBe('companion');
  });

  it('a blank form says, next to each field, what is missing, in plain words', () => {
    const built = buildPersona(blankDraft(), taken);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.name).toBe('Give her a name.');
    expect(built.errors.summary).toBe('This cannot be empty.');
    expect(built.errors.voiceDescription).toBe('This cannot be empty.');
    expect(built.errors.samples).toBe('Sample 1: say what was said or what the moment was.');
    expect(built.errors.interests).toBe('Add at least 1 interest (one a line).');
    expect(built.errors.style).toBeUndefined();
  });

  it('too long, and too many, are said with the limit', () => {
    const draft = { ...draftFrom(ella, null), name: 'x'.repeat(10_000), interests: Array.from({ length: 25 }, (_, i) => `thing ${i}`).join('\n') };
    const built = buildPersona(draft, taken);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.name).toBe('Too long: at most 200 characters.');
    expect(built.errors.interests).toBe('At most 20 interests (one a line).');
  });

  it('presets set the numbers; changing a number under "advanced" makes it custom; numbers out of range are refused', () => {
    const warm = withPreset(blankDraft(), 'warm');
    expect(warm.temperament).toEqual(TEMPERAMENT_PRESETS.warm);
    expect(presetOf(warm.temperament)).toBe('warm');
    const edited = withNumber(warm, 'forgiveness', 0.1);
    expect(edited.preset).toBe('custom');
    const bad = buildPersona({ ...draftFrom(ella, null), temperament: { ...ella.temperament, guardedness: 3 } }, taken);
    expect(!bad.ok && bad.errors.temperament).toBe('Must be at most 1.');
  });

  it('a character stated to be under 18 can never be a romance, whatever the form says', () => {
    const draft = { ...draftFrom(ella, null), id: '', name: 'Kiko', summary: 'Kiko is 15 years old and loves comics.', romance: true };
    expect(draftStatesMinor(draft)).toBe(true);
    const built = buildPersona(draft, taken);
    expect(built.ok && built.persona.romance).toEqual({ possible: false, locked: 'minor-character' });
  });

  it('HTML in a field is kept as text (it is only ever shown as text)', () => {
    const built = buildPersona({ ...draftFrom(ella, null), summary: '<img src=x onerror=alert(1)>' }, taken);
    expect(built.ok && built.persona.summary).toBe('<img src=x onerror=alert(1)>');
  });
});
