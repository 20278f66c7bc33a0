import { describe, expect, it } from 'vitest';
import { initialState } from '../../core/state/state.ts';
import type { ChatItem, RelationshipView } from '../ports.ts';
import { greetingLine, knownForLine } from './chat-header.ts';

const HOUR = 3_600_000;
const view = (metAt: number | null, stage: 'stranger' | 'friend' = 'stranger'): RelationshipView => ({
  id: 'r',
  personaId: 'ella',
  revision: 0,
  lastBreakReminderAt: null,
  rewindableMessageId: null,
  state: { ...initialState({ personaId: 'ella', userName: 'Jake', userAge: 30, guardedness: 0.5, warmthRate: 0.5 }), metAt, stage },
});
const said: ChatItem = { id: '1', role: 'user', at: 1000, text: 'hi' };

describe('the header line', () => {
  it('is computed from the time it is read, not the time the chat opened', () => {
    expect(knownForLine(view(0), [said], 30_000)).toBe('You met just now · stranger');
    expect(knownForLine(view(0, 'friend'), [said], 5 * HOUR)).toBe('You met about 5 hours ago · friend');
  });

  it('after a reload that cut off the first reply, the first message says when they met', () => {
    expect(knownForLine(view(null), [said], 1000 + 3 * HOUR)).toBe('You met about 3 hours ago · stranger');
    expect(knownForLine(view(null), [], 5)).toBe('You have not talked yet · stranger');
  });
});

describe('the greeting', () => {
  it("is her card's first greeting, or a plain hello in her name", () => {
    expect(greetingLine('Ella', 'Jake', [])).toBe("Hi Jake, I'm Ella. How is your day going?");
    expect(greetingLine('Ella', 'Jake', ['yo Jake'])).toBe('yo Jake');
  });
});

describe('what a forget says', () => {
  it('names the topic and the counts, never the forgotten words', async () => {
    const { forgetNote } = await import('./chat-items.ts');
    const note = forgetNote('my sister', { memories: ['has a sister called Mia'], moments: ['my sister Mia is visiting'], messages: 2, quotes: 1, revision: 3 });
    expect(note).toBe('Forgotten "my sister": 1 fact, 1 moment and 2 messages deleted or blanked. For the strongest erase, also clear this site\'s data in the browser.');
    expect(note).not.toContain('Mia');
    expect(forgetNote('the moon', { memories: [], moments: [], messages: 0, quotes: 0, revision: null })).toMatch(/nothing to forget/);
  });
});
