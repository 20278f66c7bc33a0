import { describe, expect, it } from 'vitest';
import { loadSplit, messageWriters } from '../../src/node/corpus.ts';
import { collidingStems } from '../../src/node/concept-stems.ts';

/**
 * Every language's concept words are matched in every message. A short stem
 * that starts more words of other languages than of its own (Dutch "mes" in
 * "message", Polish "nic" in "nice") feeds the model a concept that is not
 * there; such forms are written as whole words. Checked on the training
 * writers' words (the sealed round stays unread).
 */
describe('concept stems on the corpus', () => {
  it('starts no more words of other languages than of its own', () => {
    const sealed = new Set(loadSplit().sealedMessageWriters);
    const found = collidingStems(messageWriters().filter((writer) => !sealed.has(writer.writer)));
    expect(found.map((stem) => `${stem.lang} ${stem.concept} "${stem.form}": ${stem.foreign} words of other languages (${stem.examples.join(', ')}), ${stem.own} of its own`)).toEqual([]);
  });

  it('flags a stem that mostly starts another language’s words, and not a whole word or its own language’s stem', () => {
    const messages = (text: string, lang: 'en' | 'nl') => Array.from({ length: 30 }, () => ({ text, lang, labels: [] }));
    const writers = [{ writer: 'a', items: [...messages('sent you a message', 'en'), ...messages('ik mest de tuin', 'nl')] }];
    const lexicon = (forms: string[]) => [{ lang: 'nl', match: 'word-start' as const, concepts: { blade_cut: forms } }];
    // Dutch "mes" (a knife) as a stem starts English "message" 30 times and Dutch "mest" 30 times: not twice as many.
    expect(collidingStems(writers, lexicon(['mes']))).toEqual([]);
    const english = [{ writer: 'b', items: messages('sent you a message, messy', 'en') }];
    expect(collidingStems(english, lexicon(['mes'])).map((stem) => [stem.form, stem.foreign, stem.own])).toEqual([['mes', 60, 0]]);
    expect(collidingStems(english, lexicon(['mes ']))).toEqual([]);
  });
});
