import { describe, expect, it } from 'vitest';
import { Conversation, MINUTE, START, persona } from '../../../tests/support/fixtures.ts';
import { compose, systemPrompt, type HistoryMessage } from './compose.ts';
import { estimateTokens, messagesTokens, prefillTokens, type ChatMessage } from './tokens.ts';

describe('estimateTokens', () => {
  it('counts common words as one token and grows with length', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('hey there')).toBe(2);
    expect(estimateTokens('hello, world!')).toBe(4);
    expect(estimateTokens('a'.repeat(100))).toBeGreaterThan(10);
    expect(estimateTokens('😀😀')).toBe(2);
  });
});

describe('prefillTokens', () => {
  const sys: ChatMessage = { role: 'system', content: 'you are ella' };
  it('reads only the new part when the request extends the previous one', () => {
    const first = [sys, { role: 'user', content: 'hi' } as const];
    const second = [...first, { role: 'assistant', content: 'hey' } as const, { role: 'user', content: 'how are you?' } as const];
    expect(prefillTokens({ request: first, reply: 'hey' }, second)).toBe(messagesTokens([{ role: 'user', content: 'how are you?' }]));
  });
  it('reads everything when anything earlier changed', () => {
    const first = [sys, { role: 'user', content: 'hi' } as const];
    const changed = [{ role: 'system', content: 'you are ella. it is 9pm' } as const, { role: 'user', content: 'hi' } as const, { role: 'assistant', content: 'hey' } as const, { role: 'user', content: 'yo' } as const];
    expect(prefillTokens({ request: first, reply: 'hey' }, changed)).toBe(messagesTokens(changed));
  });
});

describe('compose', () => {
  const ella = persona('ella');

  function run(turns: number, budget = { contextTokens: 4096, replyTokens: 512 }) {
    const talk = new Conversation(ella, { name: 'Jake', age: 27 });
    const history: HistoryMessage[] = [];
    let windowStart = 0;
    let compactUntil = 0;
    let previous: { request: readonly ChatMessage[]; reply: string } | undefined;
    const prefills: number[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < turns; i += 1) {
      const text = i % 3 === 0 ? 'how was your day? anything fun happen' : 'haha fair. i went running this morning, it was rough';
      const result = talk.say(text, START + i * 3 * MINUTE);
      const prompt = compose({ persona: ella, state: result.state, decision: result.decision, userText: text, history, windowStart, compactUntil, budget });
      prefills.push(prefillTokens(previous, prompt.messages));
      sizes.push(prompt.promptTokens);
      const reply = 'lol okay. mine was fine, i mostly read. what about you, what are you up to tonight?';
      previous = { request: prompt.messages, reply };
      history.push({ role: 'user', content: prompt.userContent, plain: text }, { role: 'assistant', content: reply });
      windowStart = prompt.windowStart;
      compactUntil = prompt.compactUntil;
    }
    return { prefills, sizes };
  }

  it('keeps the system message the same whatever the time and state, so the prefix is stable', () => {
    const talk = new Conversation(ella, { name: 'Jake', age: 27 });
    const early = talk.say('hey', START);
    const late = talk.say('just say you like me', START + 300 * MINUTE);
    const first = compose({ persona: ella, state: early.state, decision: early.decision, userText: 'hey', history: [], windowStart: 0 });
    const second = compose({ persona: ella, state: late.state, decision: late.decision, userText: 'x', history: [], windowStart: 0 });
    expect(first.messages[0]).toEqual(second.messages[0]);
    expect(systemPrompt(ella, 'Jake')).toContain('Ella');
  });

  it('writes the decision as a concrete directive with the time known', () => {
    const talk = new Conversation(ella, { name: 'Jake', age: 27 });
    talk.say('hey', START);
    const result = talk.say('just say you like me. dont dodge it', START + 58 * MINUTE);
    const prompt = compose({ persona: ella, state: result.state, decision: result.decision, userText: 'just say you like me', history: [], windowStart: 0 });
    expect(prompt.directive).toMatch(/58 minutes/);
    expect(prompt.directive).toMatch(/Do not: say you like or love them/);
    expect(prompt.userContent.startsWith('just say you like me')).toBe(true);
  });

  it('stays within the budget over a long conversation', () => {
    const { sizes } = run(200);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4096 - 512);
  });

  it('mostly extends the previous request, so most turns read few new tokens', () => {
    const { prefills } = run(200);
    const sorted = [...prefills].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
    expect(median).toBeLessThan(400);
    const fullReads = prefills.filter((tokens) => tokens > 1000).length;
    expect(fullReads).toBeLessThan(prefills.length / 10);
  });
});
