import { describe, expect, it } from 'vitest';
import { LiteralIndex } from './literal-index.ts';

describe('LiteralIndex', () => {
  const patterns = [/\bpills\b/u, /kill (?:my)?self/u, /([a-z])\1{2,}/u, /想死/u, /\u{1F480}/u];
  const index = new LiteralIndex(patterns);
  const candidates = (text: string) => {
    const mayMatch = index.scan(text);
    return patterns.map((_, i) => i).filter(mayMatch);
  };

  it('keeps the patterns whose literals occur, and those it could name none for', () => {
    expect(candidates('i took the pills')).toEqual([0, 2]);
    expect(candidates('i want to kill myself')).toEqual([1, 2]);
    expect(candidates('我好想死')).toEqual([2, 3]);
    expect(candidates('💀💀')).toEqual([2, 4]);
    expect(candidates('nothing here')).toEqual([2]);
  });

  it('answers for the latest text only', () => {
    expect(candidates('pills')).toEqual([0, 2]);
    expect(candidates('')).toEqual([2]);
  });

  it('never skips a pattern that matches', () => {
    const texts = ['pillsss', 'self kill myself', 'killself', 'aaa', '想死💀', 'pills.', 'kill self'];
    for (const text of texts) {
      const mayMatch = index.scan(text);
      patterns.forEach((pattern, i) => {
        if (pattern.test(text)) expect(mayMatch(i), `${pattern} on ${text}`).toBe(true);
      });
    }
  });

  it('reads bad input without an exception', () => {
    for (const text of ['\u200b\u200b', '\u202eabc', 'x'.repeat(20_000), '\uD800', '🏳️‍🌈'.repeat(50)]) {
      expect(() => index.scan(text)).not.toThrow();
    }
  });
});
