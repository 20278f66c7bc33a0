import { describe, expect, it } from 'vitest';
import type { MemoryItem, TimelineTurn } from '../ports.ts';
import { biggestMoves, byDay, groupMemories, labelOf, linePoints, sourceOf } from './memory-map.ts';

const fact = (key: string, label: string, extra: Partial<MemoryItem> = {}): MemoryItem => ({ key, source: 'fact', label, text: key, at: 1, importance: 0.5, ...extra });
const moment = (key: string, label: string, signal?: string): MemoryItem => ({ key, source: 'moment', label, text: key, at: 2, importance: 0.5, ...(signal ? { signal } : {}) });
const snap = (trust: number, affection: number, tension: number) => ({ stage: 'stranger' as const, trust, affection, tension, respect: 0.6, familiarity: 0 });
const turn = (at: number, before: ReturnType<typeof snap>, after: ReturnType<typeof snap>, quote = `t${at}`): TimelineTurn => ({ at, before, after, quote });

describe('the map of what she knows', () => {
  it('groups by what memories are about, in a fixed order, pinned first', () => {
    const groups = groupMemories([fact('sister Mia', 'person'), fact('nurse', 'work'), moment('how are you?', 'kindness', 'asks_about_her'), fact('Lisbon', 'place'), fact('brother', 'person', { pinned: true, at: 0 })]);
    expect(groups.map((group) => group.id)).toEqual(['people', 'places', 'work', 'between']);
    expect(groups[0]?.items.map((item) => item.key)).toEqual(['brother', 'sister Mia']);
  });

  it('a question is not a kindness: a moment is named by what made it', () => {
    expect(labelOf(moment('how are you today?', 'kindness', 'asks_about_her'))).toBe('asked about her');
    expect(labelOf(moment('sorry', 'apology', 'apology'))).toBe('apologised');
    expect(labelOf(moment('no', 'refusal'))).toBe('she said no');
    expect(labelOf(fact('x', 'preference'))).toBe('something you like or dislike');
  });

  it('says where a fact came from and whether it was corrected', () => {
    expect(sourceOf(fact('nurse', 'work', { quote: 'i work as a nurse', editedAt: 5 }), () => 'Monday')).toBe('From your message of Monday: "i work as a nurse" (corrected by you)');
  });
});

describe('the relationship over time', () => {
  const turns = [
    turn(1, snap(0.3, 0.1, 0), snap(0.31, 0.11, 0)),
    turn(2, snap(0.31, 0.11, 0), snap(0.2, 0.1, 0.3), 'you are useless'),
    turn(30, snap(0.2, 0.1, 0.3), snap(0.25, 0.12, 0.15), 'sorry about yesterday'),
  ];
  const dayOf = (at: number) => (at < 10 ? 'day 1' : 'day 2');

  it('one point per day, the numbers as the day ended', () => {
    expect(byDay(turns, dayOf)).toEqual([
      { day: 'day 1', trust: 0.2, affection: 0.1, tension: 0.3 },
      { day: 'day 2', trust: 0.25, affection: 0.12, tension: 0.15 },
    ]);
  });

  it('the moments that moved them, biggest first; small drift left out', () => {
    expect(biggestMoves(turns).map((move) => move.quote)).toEqual(['you are useless', 'sorry about yesterday']);
    expect(biggestMoves(turns)[0]).toMatchObject({ trust: -0.11, tension: 0.3 });
    expect(biggestMoves([])).toEqual([]);
  });

  it('draws a line from the bottom (0) to the top (1)', () => {
    expect(linePoints([{ day: 'a', trust: 0, affection: 0, tension: 0 }, { day: 'b', trust: 1, affection: 0, tension: 0 }], 'trust', 100, 50)).toBe('0,50 100,0');
    expect(linePoints([], 'trust', 100, 50)).toBe('');
  });
});
