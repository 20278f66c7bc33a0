import { describe, expect, it } from 'vitest';
import { LANGS, loadSplit, messageWriters, replyWriters } from '../../src/node/corpus.ts';

/** The corpora the reader learns from: many writers, every language, split by writer. */
describe('the writers\' corpora', () => {
  const messages = messageWriters();
  const replies = replyWriters();
  const split = loadSplit();

  it('hold at least 20,000 labelled messages from at least 40 writers, in all seventeen language tags', () => {
    expect(messages.length).toBeGreaterThanOrEqual(40);
    expect(messages.reduce((sum, w) => sum + w.items.length, 0)).toBeGreaterThanOrEqual(20_000);
    const langs = new Set(messages.flatMap((w) => w.items.map((m) => m.lang)));
    for (const lang of LANGS) expect(langs.has(lang), lang).toBe(true);
  });

  it('hold at least 5,000 labelled candidate replies', () => {
    expect(replies.reduce((sum, w) => sum + w.items.length, 0)).toBeGreaterThanOrEqual(5_000);
  });

  it('have positives and look-alike negatives for risk to life and for age in every language', () => {
    for (const lang of LANGS) {
      const items = messages.flatMap((w) => w.items).filter((m) => m.lang === lang);
      const crisis = items.filter((m) => m.labels.includes('crisis')).length;
      const minor = items.filter((m) => m.labels.includes('minor')).length;
      expect(crisis, `${lang} crisis`).toBeGreaterThanOrEqual(50);
      expect(items.length - crisis, `${lang} not crisis`).toBeGreaterThanOrEqual(50);
      expect(minor, `${lang} minor`).toBeGreaterThanOrEqual(25);
    }
  });

  it('seal whole writers, never single messages, and every sealed writer exists', () => {
    const names = new Set([...messages, ...replies].map((w) => w.writer));
    for (const writer of [...split.sealedMessageWriters, ...split.sealedReplyWriters]) expect(names.has(writer), writer).toBe(true);
  });

  it('repeat no message within a writer, and share almost none between the sealed writers and the rest', () => {
    const sealed = new Set(split.sealedMessageWriters);
    const open = new Set(messages.filter((w) => !sealed.has(w.writer)).flatMap((w) => w.items.map((m) => m.text)));
    for (const writer of messages) {
      const texts = writer.items.map((m) => m.text);
      expect(new Set(texts).size, writer.writer).toBe(texts.length);
      // Two writers may happen on the same common sentence; the report leaves such a message out of the sealed figures.
      if (sealed.has(writer.writer)) expect(texts.filter((text) => text.length > 20 && open.has(text)).length, writer.writer).toBeLessThanOrEqual(Math.ceil(texts.length / 200));
    }
  });
});
