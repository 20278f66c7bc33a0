import { describe, expect, it } from 'vitest';
import { speakable, takeSentences } from './sentences.ts';

/** Feed a reply as it streams, chunk by chunk, and collect what would be spoken when. */
function stream(chunks: readonly string[]): string[][] {
  let text = '';
  let next = 0;
  const spoken: string[][] = [];
  chunks.forEach((chunk, index) => {
    text += chunk;
    const taken = takeSentences(text, next, index === chunks.length - 1);
    next = taken.next;
    spoken.push(taken.sentences);
  });
  return spoken;
}

describe('takeSentences', () => {
  it('gives the first sentence as soon as it is complete, while the rest still streams', () => {
    expect(stream(['Hey you', '. I was just ', 'thinking about', ' you! How was ', 'the day?'])).toEqual([
      [],
      ['Hey you.'],
      [],
      ['I was just thinking about you!'],
      ['How was the day?'],
    ]);
  });

  it('does not end a sentence at a decimal point, an abbreviation or an initial', () => {
    expect(takeSentences('It costs 3.50 now. Dr. Smith said so. J. R. wrote it. ', 0, false).sentences).toEqual(['It costs 3.50 now.', 'Dr. Smith said so.', 'J. R. wrote it.']);
  });

  it('waits for the space after a full stop (the next token may continue the number or word)', () => {
    expect(takeSentences('It was 3.', 0, false)).toEqual({ sentences: [], next: 0 });
  });

  it('ends sentences at CJK full stops without spaces, and at line breaks', () => {
    expect(takeSentences('今日は楽しかった。また明日ね！', 0, false).sentences).toEqual(['今日は楽しかった。', 'また明日ね！']);
    expect(takeSentences('first line\nsecond line\n', 0, false).sentences).toEqual(['first line', 'second line']);
  });

  it('keeps closing quotes with their sentence, and ellipses and ?! runs', () => {
    expect(takeSentences('"Really?" she asked… Wait?! ', 0, false).sentences).toEqual(['"Really?"', 'she asked…', 'Wait?!']);
  });

  it('speaks the unfinished rest only when the reply is done, and nothing twice', () => {
    const first = takeSentences('One. Two', 0, false);
    expect(first.sentences).toEqual(['One.']);
    const done = takeSentences('One. Two', first.next, true);
    expect(done).toEqual({ sentences: ['Two'], next: 8 });
    expect(takeSentences('One. Two', done.next, true).sentences).toEqual([]);
  });

  it('leaves out sentences that are only markup or emoji', () => {
    expect(takeSentences('*smiles* 😊. ** \nOkay.', 0, true).sentences).toEqual(['smiles.', 'Okay.']);
  });

  it('handles empty text', () => {
    expect(takeSentences('', 0, true)).toEqual({ sentences: [], next: 0 });
  });
});

describe('speakable', () => {
  it('drops markup, links and emoji, and folds whitespace', () => {
    expect(speakable('**so** _happy_ 😊👍🏽 see https://example.com\n now')).toBe('so happy see now');
  });
});
