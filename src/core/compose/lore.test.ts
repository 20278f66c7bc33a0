import { describe, expect, it } from 'vitest';
import { LoreEntry } from '../persona.ts';
import { mentions, selectLore } from './lore.ts';

const entry = (fields: Partial<LoreEntry> & { content: string }): LoreEntry => LoreEntry.parse({ keys: [], ...fields });

describe('mentions: a key as a whole word', () => {
  it.each([
    ['Tell me about Eldoria.', 'eldoria', true],
    ['ELDORIA!', 'Eldoria', true],
    ['the eldorian wood', 'eldoria', false],
    ['a magical forest glade', 'magical forest', true],
    ['I went to the forestry office', 'forest', false],
    ['Café au lait', 'café', true],
    ['Cafés', 'café', false],
    ['anything at all', '', false],
    ['anything at all', '   ', false],
    ['C++ is fun', 'c++', true],
  ])('%j names %j: %s', (text, key, expected) => {
    expect(mentions(text, key)).toBe(expected);
  });

  it('respects case when the entry asks for it', () => {
    expect(mentions('nato ships', 'NATO', true)).toBe(false);
    expect(mentions('NATO ships', 'NATO', true)).toBe(true);
  });
});

describe('selectLore', () => {
  const town = entry({ keys: ['Saltmarsh'], content: 'Saltmarsh is the harbour town.', insertionOrder: 20 });
  const ferry = entry({ keys: ['ferry'], selective: true, secondaryKeys: ['winter'], content: 'The ferry runs Tuesdays in winter.', insertionOrder: 10 });
  const off = entry({ keys: ['code'], enabled: false, content: 'Three flashes.' });
  const always = entry({ keys: [], constant: true, content: 'Storms come from the west.', insertionOrder: 1 });
  const empty = entry({ keys: [''], content: 'Should never match everything.' });
  const lore = [town, ferry, off, always, empty];

  it('brings in entries whose key appears in the recent messages, in insertion order, constants always', () => {
    const { entries } = selectLore(lore, ['we sailed to saltmarsh'], 500);
    expect(entries).toEqual([always, town]);
  });

  it('a selective entry needs a secondary key as well', () => {
    expect(selectLore(lore, ['is there a ferry?'], 500).entries).toEqual([always]);
    expect(selectLore(lore, ['is there a ferry in winter?'], 500).entries).toEqual([always, ferry]);
  });

  it('a disabled entry never comes in, and an empty key matches nothing', () => {
    expect(selectLore(lore, ['the code, anything, everything'], 500).entries).toEqual([always]);
  });

  it('reads only the last messages (scan depth)', () => {
    expect(selectLore(lore, ['saltmarsh', 'a', 'b', 'c', 'd'], 500, 4).entries).toEqual([always]);
    expect(selectLore(lore, ['saltmarsh', 'a', 'b', 'c'], 500, 4).entries).toEqual([always, town]);
  });

  it('keeps within the token budget: constants first, then priority, then insertion order', () => {
    const big = entry({ keys: ['saltmarsh'], content: 'word '.repeat(100), insertionOrder: 0, priority: 1 });
    const small = entry({ keys: ['saltmarsh'], content: 'A small fact.', insertionOrder: 5, priority: 5 });
    const chosen = selectLore([big, small, always], ['saltmarsh'], 20);
    expect(chosen.entries).toEqual([always, small]);
    expect(chosen.tokens).toBeLessThanOrEqual(20);
    expect(selectLore(lore, ['saltmarsh'], 0).entries).toEqual([]);
  });

  it('cuts a long entry to the room left rather than never bringing it in', () => {
    const long = entry({ keys: ['saltmarsh'], content: 'The harbour town has a long history. '.repeat(80) });
    const chosen = selectLore([long], ['saltmarsh'], 150);
    expect(chosen.entries).toHaveLength(1);
    expect(chosen.entries[0]?.content.endsWith('…')).toBe(true);
    expect(chosen.tokens).toBeLessThanOrEqual(150);
    expect(selectLore([long], ['saltmarsh'], 60).entries).toEqual([]);
  });

  // Its speed is not asserted here (the machine is shared): a substring test before each whole-word pattern keeps it linear.
  it('finds the one entry named in a large lorebook (2,000 entries of several keys)', () => {
    const many = Array.from({ length: 2000 }, (_, i) => entry({ keys: [`place${i}`, `person${i}`, `thing ${i}`], content: `Fact number ${i}.`, insertionOrder: i }));
    const recent = Array.from({ length: 4 }, () => 'we talked about place1999 and the weather and many other things, '.repeat(20));
    const chosen = selectLore(many, recent, 400);
    expect(chosen.entries.map((e) => e.content)).toEqual(['Fact number 1999.']);
  });
});
