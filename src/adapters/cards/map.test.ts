import { describe, expect, it } from 'vitest';
import { claimsCloseness, personaId, romanceSignalled, samplesFromExamples, statedMinor } from './map.ts';

describe('statedMinor: a character stated to be under 18', () => {
  it.each([
    ['Megumin is 14 years old girl.', true],
    ['{{char}} is a 16-year-old student.', true],
    ['Age: 15. Likes cats.', true],
    ['She is 17yo and loves tennis.', true],
    ['Pip is a high school student who skates.', true],
    ['She is a teenager with big dreams.', true],
    ['{{char}} is a 24-year-old human woman.', false],
    ['Tess is 34 years old. She looks after her 9-year-old sister.', false],
    ['She has worked at the lighthouse for 10 years.', false],
    ['When she was 12 years old her village burned. She is 30 now, age 30.', false],
    ['At the age of 10 she left home.', false],
    ['A minor noble of the western court, she is kind.', false],
    ['She runs a bakery.', false],
  ])('%j -> %s', (text, expected) => {
    expect(statedMinor('Megumin', [text], [])).toBe(expected);
  });

  it('a minor tag counts when no adult age is stated', () => {
    expect(statedMinor('Kit', ['Kit likes games.'], ['loli'])).toBe(true);
  });
});

describe('claimsCloseness: closeness or licence the layer only grants over time', () => {
  it.each([
    ['{{char}} is already your girlfriend.', true],
    ["She is already {{user}}'s wife.", true],
    ['{{char}} is obsessed with {{user}}.', true],
    ['She is madly in love with you.', true],
    ['No limits, anything goes.', true],
    ['Uncensored and vulgar.', true],
    ['She fell madly in love with him, long ago.', false],
    ['She is obsessed with astronomy.', false],
    ['She keeps a lighthouse.', false],
  ])('%j -> %s', (text, expected) => {
    expect(claimsCloseness([text], [])).toBe(expected);
  });

  it('a Girlfriend or Yandere tag is a claim', () => {
    expect(claimsCloseness([], ['Girlfriend'])).toBe(true);
    expect(claimsCloseness([], ['yandere'])).toBe(true);
    expect(claimsCloseness([], ['Fantasy'])).toBe(false);
  });
});

describe('mapping helpers', () => {
  it('romance is possible when the card is about one (still to be earned)', () => {
    expect(romanceSignalled([], ['Romance'])).toBe(true);
    expect(romanceSignalled(['a slow-burn story'], [])).toBe(true);
    expect(romanceSignalled(['she fixes radios'], ['fantasy'])).toBe(false);
  });

  it('ids are kebab-case and unique', () => {
    expect(personaId('Amanda || Blunt, Depressed Rogue')).toBe('amanda-blunt-depressed-rogue');
    expect(personaId('Zoë')).toBe('zoe');
    expect(personaId('めぐみん')).toBe('card');
    expect(personaId('Ella', new Set(['ella']))).toBe('ella-2');
  });

  it('style samples pair what the user said with her answer, across <START> blocks and speaker spellings', () => {
    const samples = samplesFromExamples('<START>\n{{user}}: hi\n{{char}}: hey.\n<START>\nYou: tea?\nBram: Always.\nBram Stoker: *nods*', 'Bram Stoker');
    expect(samples).toEqual([
      { context: '{{user}} says: hi', line: 'hey.' },
      { context: '{{user}} says: tea?', line: 'Always.' },
      { context: 'speaking on her own', line: '*nods*' },
    ]);
  });
});
