import { describe, expect, it } from 'vitest';
import { greetingsFor, resolveMacros } from './macros.ts';

const names = { char: 'Wren', user: 'Sam' };

describe('resolveMacros', () => {
  it.each([
    ['{{char}} greets {{user}}.', 'Wren greets Sam.'],
    ['{{Char}} and {{User}} and {{USER}}', 'Wren and Sam and Sam'],
    ['{{ char }} waves at {{ user }}', 'Wren waves at Sam'],
    ['<BOT> meets <USER>; <bot> and <user>', 'Wren meets Sam; Wren and Sam'],
    ['{{original}}You are {{char}}.', 'You are Wren.'],
    ['Hi{{// a note for the author}}!', 'Hi!'],
    ['a{{comment: hidden}}b{{hidden_key:x}}c', 'abc'],
    ['{{reverse:abc}}', 'cba'],
    ['{{unknown_macro}} stays', '{{unknown_macro}} stays'],
    ['no macros at all', 'no macros at all'],
    ['<script>{{char}}</script>', '<script>Wren</script>'],
  ])('%j -> %j', (text, expected) => {
    expect(resolveMacros(text, names)).toBe(expected);
  });

  it('picks {{random}} options by seed, the same seed the same pick, every option reachable', () => {
    const picks = new Set<string>();
    for (let seed = 0; seed < 40; seed += 1) {
      const once = resolveMacros('{{random:kind,curt}}', { ...names, seed });
      expect(resolveMacros('{{random:kind,curt}}', { ...names, seed })).toBe(once);
      picks.add(once);
    }
    expect([...picks].sort()).toEqual(['curt', 'kind']);
    expect(['a', 'b', 'c']).toContain(resolveMacros('{{random::a::b::c}}', names));
    const roll = Number(resolveMacros('{{roll:d6}}', { ...names, seed: 3 }));
    expect(roll).toBeGreaterThanOrEqual(1);
    expect(roll).toBeLessThanOrEqual(6);
  });

  it('a name with $ signs is inserted literally', () => {
    expect(resolveMacros('hi {{user}}', { char: 'x', user: '$& $1' })).toBe('hi $& $1');
  });
});

describe('greetingsFor', () => {
  it('resolves every greeting for this user', () => {
    expect(greetingsFor({ name: 'Wren', greetings: ['Shut the door, <USER>.', '{{char}} nods at {{user}}.'] }, 'Sam')).toEqual(['Shut the door, Sam.', 'Wren nods at Sam.']);
  });

  it('a V3 nickname stands for {{char}}', () => {
    const character = { description: '', personality: '', scenario: '', nickname: 'Nessie' };
    expect(greetingsFor({ name: 'Ines', greetings: ['{{char}} here.'], character }, 'Sam')).toEqual(['Nessie here.']);
  });
});
