import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Persona, TEMPERAMENT_PRESETS, Temperament, parsePersona } from './persona.ts';

const ella = JSON.parse(readFileSync('personas/ella.json', 'utf8')) as Record<string, unknown>;

describe('the persona schema, extended for cards, stays compatible', () => {
  it('the bundled files validate unchanged, with empty greetings and lore by default and no card fields', () => {
    for (const id of ['ella', 'mara', 'theo']) {
      const persona = parsePersona(JSON.parse(readFileSync(`personas/${id}.json`, 'utf8')), id);
      expect(persona.greetings).toEqual([]);
      expect(persona.lore).toEqual([]);
      expect(persona.source).toBeUndefined();
      expect(persona.character).toBeUndefined();
      expect(persona.avatar).toBeUndefined();
    }
  });

  it('every temperament preset is a valid temperament', () => {
    for (const preset of Object.values(TEMPERAMENT_PRESETS)) expect(Temperament.safeParse(preset).success).toBe(true);
    expect(TEMPERAMENT_PRESETS.guarded.guardedness).toBeGreaterThan(TEMPERAMENT_PRESETS.warm.guardedness);
  });

  it('takes the card fields', () => {
    const persona = parsePersona(
      {
        ...ella,
        temperamentPreset: 'guarded',
        character: { description: 'd', personality: 'p', scenario: '' },
        greetings: ['Hi {{user}}.'],
        lore: [{ keys: ['x'], content: 'y' }],
        avatar: { ref: 'avatar:ella', mime: 'image/png' },
        source: { spec: 'v2', container: 'png' },
      },
      'test',
    );
    expect(persona.lore[0]).toEqual({ keys: ['x'], secondaryKeys: [], selective: false, content: 'y', enabled: true, insertionOrder: 0, constant: false, caseSensitive: false });
    expect(persona.source).toEqual({ spec: 'v2', container: 'png', creator: '', creatorNotes: '', characterVersion: '', tags: [], inert: {}, ignored: [] });
  });

  it.each([
    ['a locked romance switched on', { romance: { possible: true, locked: 'minor-character' } }, 'romance.possible'],
    ['an unknown preset', { temperamentPreset: 'clingy' }, 'temperamentPreset'],
    ['an avatar of another type', { avatar: { ref: 'a', mime: 'text/html' } }, 'avatar.mime'],
    ['an empty greeting', { greetings: [''] }, 'greetings.0'],
    ['an unknown source spec', { source: { spec: 'v9', container: 'json' } }, 'source.spec'],
  ])('refuses %s, naming the field', (_what, patch, field) => {
    expect(Persona.safeParse({ ...ella, ...patch }).success).toBe(false);
    expect(() => parsePersona({ ...ella, ...patch }, 'p.json')).toThrow(new RegExp(field.replace(/\./g, '\\.')));
  });
});
