import { describe, expect, it } from 'vitest';
import { freshState, persona } from '../../../tests/support/fixtures.ts';
import { extractFacts } from './facts.ts';
import { FORGOTTEN, mentionsTopic, readForgetRequest, scrubStrings } from './forget.ts';

describe('extractFacts', () => {
  it('reads first-person facts: name, place, work, people, plans', () => {
    const facts = extractFacts("hi! my name is Priya, i live in Lisbon and i work as a nurse. my sister Mia is visiting this weekend and i'm going to take her hiking");
    const categories = facts.map((fact) => fact.category);
    expect(categories).toEqual(expect.arrayContaining(['name', 'place', 'work', 'person', 'plan']));
    expect(facts.find((fact) => fact.category === 'name')?.text).toContain('Priya');
    expect(facts.find((fact) => fact.category === 'person')?.text).toMatch(/sister Mia/);
  });
  it('reads nothing from talk about other things', () => {
    expect(extractFacts('what do you think about rainy days?')).toEqual([]);
    expect(extractFacts('')).toEqual([]);
  });
});

describe('forgetting', () => {
  it('reads a forget request and its topic', () => {
    expect(readForgetRequest('please forget what I told you about my sister')?.terms).toEqual(['sister']);
    expect(readForgetRequest("forget about the hospital thing.")?.terms).toEqual(['hospital', 'thing']);
    expect(readForgetRequest('i always forget my keys')).toBeNull();
    // Asked as a question or an order, in English and other languages.
    expect(readForgetRequest('can you forget my address?')?.terms).toEqual(['address']);
    expect(readForgetRequest('ok. delete my phone number please')?.terms).toEqual(['phone', 'number']);
    expect(readForgetRequest('olvida mi dirección, porfa')?.terms).toEqual(['dirección']);
    expect(readForgetRequest('Vergiss meine Adresse bitte.')?.terms).toEqual(['adresse']);
    expect(readForgetRequest('forget I said anything')).toBeNull();
    expect(readForgetRequest('did you forget my birthday?')).toBeNull();
  });
  it('matches stored text by word stems', () => {
    expect(mentionsTopic('my sisters are visiting', ['sister'])).toBe(true);
    expect(mentionsTopic('my brother is visiting', ['sister'])).toBe(false);
  });
  it('scrubs every string about the topic from a stored value, and nothing else', () => {
    const state = freshState(persona('ella'));
    const withQuotes = {
      ...state,
      ledger: { ...state.ledger, recent: [{ at: 1, signal: 'disclosure' as const, quote: 'my sister is in hospital' }, { at: 2, signal: 'humour' as const, quote: 'lol ok' }] },
    };
    const { value: scrubbed, changed } = scrubStrings(withQuotes, ['sister']);
    expect(changed).toBe(1);
    expect(scrubbed.ledger.recent.map((entry) => entry.quote)).toEqual([FORGOTTEN, 'lol ok']);
    expect(scrubbed.stage).toBe(state.stage);
    expect(scrubStrings(withQuotes, ['brother']).value).toBe(withQuotes);
  });
});

describe('rankFacts', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const facts = [
    { id: 'f1', text: 'my sister Mia is visiting this weekend', at: 0, importance: 0.65 },
    { id: 'f2', text: 'i work as a nurse', at: 0, importance: 0.75 },
    { id: 'f3', text: 'my name is Priya', at: 0, importance: 0.9 },
    { id: 'f4', text: 'i live in Lisbon', at: 0, importance: 0.75 },
  ];
  it('days later brings up what matters to this message, not what does not', async () => {
    const { rankFacts } = await import('./facts.ts');
    const now = 9 * DAY;
    const sister = rankFacts(facts, 'my sister left this morning, the house is so quiet', now).map((fact) => fact.text);
    expect(sister[0]).toContain('sister');
    expect(sister).not.toContain('i work as a nurse');
    const shift = rankFacts(facts, 'long shift today, three nurses called in sick', now).map((fact) => fact.text);
    expect(shift[0]).toContain('nurse');
    expect(shift).not.toContain('my sister Mia is visiting this weekend');
    expect(rankFacts(facts, 'hmm', now).map((fact) => fact.text)).toEqual(['my name is Priya']);
  });
  it('an index forgets a removed fact', async () => {
    const { FactIndex } = await import('./facts.ts');
    const index = new FactIndex();
    for (const fact of facts) index.add(fact);
    expect(index.remove('f1')).toBe(true);
    expect(index.rank('my sister called', 9 * DAY).map((fact) => fact.id)).not.toContain('f1');
    expect(index.size).toBe(3);
  });
});
