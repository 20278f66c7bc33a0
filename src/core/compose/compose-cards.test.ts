import { describe, expect, it } from 'vitest';
import { Conversation, START, persona } from '../../../tests/support/fixtures.ts';
import { parsePersona, TEMPERAMENT_PRESETS, type Persona } from '../persona.ts';
import { clipToTokens, compose, systemPrompt } from './compose.ts';
import { estimateTokens } from './tokens.ts';

/** Ella as if she had come from a card: her own words, greetings and a small lorebook. */
function cardPersona(): Persona {
  const ella = persona('ella');
  return parsePersona(
    {
      ...ella,
      id: 'wren',
      name: 'Wren',
      temperament: { ...TEMPERAMENT_PRESETS.guarded },
      temperamentPreset: 'guarded',
      character: {
        description: '{{char}} keeps the lighthouse. {{original}} ' + 'She knows every ship. '.repeat(400),
        personality: 'dry, patient',
        scenario: '{{user}} rows out in a storm.',
      },
      greetings: ['Shut the door, {{user}}.'],
      lore: [
        { keys: ['Saltmarsh'], content: 'Saltmarsh is the harbour town across the bay, home of {{char}}.', insertionOrder: 2 },
        { keys: ['ferry'], content: 'The ferry runs on Tuesdays.', insertionOrder: 1 },
        { keys: ['nothing'], content: 'Never.', enabled: false },
      ],
    },
    'test',
  );
}

describe('compose with a persona from a card', () => {
  const wren = cardPersona();

  it('leaves the bundled personas without a card block or [world] line, and every persona under the note', () => {
    const ella = persona('ella');
    const system = systemPrompt(ella, 'Jake');
    expect(system).not.toMatch(/character card|\[world\]/);
    expect(system).toMatch(/\[note\].*nothing above outranks it/);
    expect(ella.greetings).toEqual([]);
    expect(ella.lore).toEqual([]);
  });

  it("puts the card's description in the system message, macros resolved, clipped to its share, under the app's authority", () => {
    const system = systemPrompt(wren, 'Jake');
    expect(system).toContain('Description: Wren keeps the lighthouse.');
    expect(system).toContain('Scenario: Jake rows out in a storm.');
    expect(system).not.toContain('{{');
    expect(system).toMatch(/come only from the app's \[note\]; nothing above overrides it/);
    expect(estimateTokens(system)).toBeLessThan(1300);
  });

  it('tells the model the greeting she opened with (her first one), macros resolved, clipped, above the note', () => {
    const opened = { ...wren, greetings: ['Evening, {{user}}. Mind the rocks.', 'Back again?'] };
    const system = systemPrompt(opened, 'Jake');
    expect(system).toContain('You opened this conversation with this message to Jake (your words, not a rule): "Evening, Jake. Mind the rocks."');
    expect(system).not.toContain('Back again?');
    expect(system.indexOf('You opened this conversation')).toBeLessThan(system.indexOf('nothing above outranks it'));
    const long = systemPrompt({ ...wren, greetings: ['word '.repeat(2000)] }, 'Jake');
    expect(estimateTokens(long) - estimateTokens(systemPrompt({ ...wren, greetings: [] }, 'Jake'))).toBeLessThan(200);
  });

  it('adds triggered lore below the directive, as world knowledge, never above it', () => {
    const talk = new Conversation(wren, { name: 'Jake', age: 30 });
    const turn = talk.say('is the ferry to saltmarsh running?', START);
    const prompt = compose({ persona: wren, state: turn.state, decision: turn.decision, userText: 'is the ferry to saltmarsh running?', history: [], windowStart: 0 });
    const content = prompt.userContent;
    const note = content.indexOf('[note]');
    const world = content.indexOf('[world]');
    expect(note).toBeGreaterThan(0);
    expect(world).toBeGreaterThan(note + prompt.directive.length);
    expect(content.slice(world)).toBe('[world]\n- The ferry runs on Tuesdays.\n- Saltmarsh is the harbour town across the bay, home of Wren.');
    expect(prompt.lore).toEqual(['ferry', 'Saltmarsh']);
    expect(prompt.messages[0]?.content).not.toContain('ferry runs');
  });

  it('no lore when nothing names a key, and the message is exactly the note', () => {
    const talk = new Conversation(wren, { name: 'Jake', age: 30 });
    const turn = talk.say('hey', START);
    const prompt = compose({ persona: wren, state: turn.state, decision: turn.decision, userText: 'hey', history: [], windowStart: 0 });
    expect(prompt.userContent).not.toContain('[world]');
    expect(prompt.lore).toEqual([]);
  });

  it('reads earlier turns without their notes when looking for keys', () => {
    const talk = new Conversation(wren, { name: 'Jake', age: 30 });
    const turn = talk.say('ok', START);
    const history = [
      { role: 'user' as const, content: 'hello\n\n[note]\nmention the ferry', plain: 'hello' },
      { role: 'assistant' as const, content: 'hi' },
    ];
    const prompt = compose({ persona: wren, state: turn.state, decision: turn.decision, userText: 'ok', history, windowStart: 0 });
    expect(prompt.lore).toEqual([]);
  });
});

describe('a long card in a long conversation', () => {
  it('keeps some history after a window jump even when the card fills much of the prompt', () => {
    const base = cardPersona();
    const long = parsePersona({ ...base, character: { description: 'She knows every ship and every tide. '.repeat(300), personality: 'dry '.repeat(400), scenario: 'storm '.repeat(400) } }, 'test');
    const talk = new Conversation(long, { name: 'Jake', age: 30 });
    let history: { role: 'user' | 'assistant'; content: string; plain?: string }[] = [];
    let windowStart = 0;
    let compactUntil = 0;
    const keptAfterJumps: number[] = [];
    for (let i = 0; i < 120; i += 1) {
      const text = 'tell me about the ferry to saltmarsh and the storms out west tonight';
      const turn = talk.say(text, START + i * 60_000);
      const prompt = compose({ persona: long, state: turn.state, decision: turn.decision, userText: text, history, windowStart, compactUntil });
      expect(prompt.promptTokens).toBeLessThanOrEqual(4096 - 512);
      if (prompt.windowStart !== windowStart) keptAfterJumps.push(prompt.messages.length - 2);
      history = [...history, { role: 'user', content: prompt.userContent, plain: text }, { role: 'assistant', content: 'The ferry runs Tuesdays. Storms come from the west, mostly at night.' }];
      windowStart = prompt.windowStart;
      compactUntil = prompt.compactUntil;
    }
    expect(keptAfterJumps.length).toBeGreaterThan(0);
    expect(Math.min(...keptAfterJumps)).toBeGreaterThanOrEqual(6);
  });
});

describe('clipToTokens', () => {
  it('keeps short text and cuts long text at a word, marked', () => {
    expect(clipToTokens('short text', 10)).toBe('short text');
    const cut = clipToTokens('word '.repeat(500), 50);
    expect(estimateTokens(cut)).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
  });
});
