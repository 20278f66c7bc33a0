import { describe, expect, it } from 'vitest';
import { messageWriters } from '../../src/node/corpus.ts';
import { compiledCues } from '../../src/core/appraise/cues.ts';
import { lexiconWords } from '../../src/core/appraise/appraise.ts';
import { lightNormalize } from '../../src/core/text/normalize.ts';
import { foldForMatching } from '../../src/core/read/normalize.ts';
import { compileLexicons } from '../../src/core/read/lexicon/cue.ts';
import { LEXICONS } from '../../src/core/read/lexicon/index.ts';
import type { LiteralIndex } from '../../src/core/text/literal-index.ts';

/**
 * The literal index lets a cue pattern skip a text only when the pattern
 * cannot match it. Checked on real messages in every language: every pattern
 * that matches was let through.
 */
describe('the literal index on the corpus', () => {
  const writers = messageWriters();
  // Every 12th message of every writer: every language and register, in a few seconds.
  const texts = writers.flatMap((writer) => writer.items.filter((_, i) => i % 12 === 0).map((item) => item.text));

  const skippedMatches = (patterns: readonly RegExp[], index: LiteralIndex, form: (text: string) => string): string[] => {
    const skipped: string[] = [];
    for (const text of texts) {
      const formed = form(text);
      const mayMatch = index.scan(formed);
      patterns.forEach((pattern, i) => {
        if (mayMatch(i)) return;
        pattern.lastIndex = 0;
        if (pattern.test(formed)) skipped.push(`${pattern.source.slice(0, 60)} on ${formed.slice(0, 80)}`);
      });
    }
    return skipped;
  };

  it('has messages in many languages to check', () => {
    expect(texts.length).toBeGreaterThan(4000);
    expect(new Set(writers.flatMap((writer) => writer.items.map((item) => item.lang))).size).toBeGreaterThanOrEqual(16);
  });

  it('never skips an English lexicon pattern that matches', () => {
    const cues = compiledCues();
    expect(skippedMatches(cues.word.entries.map(([, pattern]) => pattern), cues.word.index, lexiconWords)).toEqual([]);
    expect(skippedMatches(cues.light.entries.map(([, pattern]) => pattern), cues.light.index, lightNormalize)).toEqual([]);
  });

  it('never skips a cue of any language that matches', () => {
    const compiled = compileLexicons(LEXICONS);
    expect(skippedMatches(compiled.cues.map(({ pattern }) => pattern), compiled.index, foldForMatching)).toEqual([]);
  });
});
