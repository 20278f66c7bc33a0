import { describe, expect, it } from 'vitest';
import { exp, log1p } from './exact-math.ts';

describe('engine-independent log1p and exp', () => {
  it('agree with Math to a few parts in 10^15', () => {
    for (const x of [0, 1e-9, 0.5, 1, 2, 3, 7, 63, 1000, 123456.789]) {
      expect(Math.abs(log1p(x) - Math.log1p(x))).toBeLessThanOrEqual(4e-15 * Math.max(1, Math.log1p(x)));
    }
    for (const x of [-700, -30, -5.5, -1, -1e-6, 0, 0.3, 1, 2.5, 10, 40, 700]) {
      expect(Math.abs(exp(x) - Math.exp(x)) / Math.exp(x)).toBeLessThanOrEqual(1e-14);
    }
  });
  it('handles the edges', () => {
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(log1p(-2)).toBeNaN();
  });
});
