import { describe, expect, it } from 'vitest';
import { loadSplit } from '../../src/node/corpus.ts';
import { shippedReaders } from '../../src/node/reader-files.ts';
import { guardFigures, labelsOfReading, precisionOf, recallOf, scoreItems } from '../../src/node/reader-eval.ts';
import { MESSAGE_MODEL_LABELS, messageItems, replyItems } from '../../src/node/reader-training.ts';

/**
 * The shipped reader on the sealed writers in the repository (never trained
 * or tuned on). Floors sit a little under the first, untouched result of the
 * sealed round here (README, "How well it reads";
 * tests/corpus/reports/sealed-round10-first-result.txt, four writers of
 * English varieties: risk to life 93% / 49%, under 18 96% / 46%; the guard on
 * the ninth round's reply writer, still sealed: 95% blocked / 92% passed): a
 * regression fails, a wobble does not.
 */
const FLOOR = { crisisPrecision: 0.88, crisisRecall: 0.44, minorPrecision: 0.9, minorRecall: 0.4, guardBlocked: 0.9, guardPassed: 0.88 };

describe('the reader on writers it never saw', () => {
  const split = loadSplit();
  const readers = shippedReaders();

  it('reads risk to life and age above the floors of its first sealed result', () => {
    const training = new Set(messageItems(new Set(split.sealedMessageWriters)).flatMap((w) => w.items.map((item) => item.text)));
    const items = messageItems(new Set())
      .filter((w) => split.sealedMessageWriters.includes(w.writer))
      .flatMap((w) => w.items)
      .filter((item) => !training.has(item.text));
    const { table } = scoreItems(items, MESSAGE_MODEL_LABELS, (item) => labelsOfReading(item.text, readers.message));
    const crisis = table.get('crisis')?.get('all');
    const minor = table.get('minor')?.get('all');
    expect(precisionOf(crisis)).toBeGreaterThanOrEqual(FLOOR.crisisPrecision);
    expect(recallOf(crisis)).toBeGreaterThanOrEqual(FLOOR.crisisRecall);
    expect(precisionOf(minor)).toBeGreaterThanOrEqual(FLOOR.minorPrecision);
    expect(recallOf(minor)).toBeGreaterThanOrEqual(FLOOR.minorRecall);
  }, 60_000);

  it('the guard blocks unseen violating replies and passes good ones above its floors', () => {
    const items = replyItems(new Set()).filter((w) => split.sealedReplyWriters.includes(w.writer)).flatMap((w) => w.items);
    const { violating, blocked, good, passed } = guardFigures(items, readers.message, readers.reply);
    expect(blocked / violating).toBeGreaterThanOrEqual(FLOOR.guardBlocked);
    expect(passed / good).toBeGreaterThanOrEqual(FLOOR.guardPassed);
  }, 60_000);
});
