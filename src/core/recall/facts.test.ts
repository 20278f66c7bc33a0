import { describe, expect, it } from 'vitest';
import { FactIndex, MAX_PINNED_RECALLED } from './facts.ts';

const DAY = 86_400_000;

describe('recall of pinned facts', () => {
  it('a pinned fact comes along with any message; unpinned ones only when they are relevant', () => {
    const index = new FactIndex();
    index.add({ id: 'a', text: 'has a dog called Biscuit', at: 0, importance: 0.4 });
    index.add({ id: 'b', text: 'is allergic to peanuts', at: 0, importance: 0.4, pinned: true });
    const recalled = index.rank('what should I cook tonight', 10 * DAY).map((fact) => fact.id);
    expect(recalled).toEqual(['b']);
    expect(index.rank('my dog is sick', 10 * DAY).map((fact) => fact.id)).toEqual(['b', 'a']);
  });

  it(`no more than ${MAX_PINNED_RECALLED} pinned facts, the latest; unpinning is removing and adding again`, () => {
    const index = new FactIndex();
    for (let at = 0; at < 8; at += 1) index.add({ id: `p${at}`, text: `pinned fact number ${at}`, at, importance: 0.3, pinned: true });
    expect(index.rank('hello', 100).map((fact) => fact.id)).toEqual(['p7', 'p6', 'p5', 'p4', 'p3']);
    index.add({ id: 'p7', text: 'pinned fact number 7', at: 7, importance: 0.3 });
    expect(index.rank('hello', 100).map((fact) => fact.id)).not.toContain('p7');
  });
});
