/**
 * The reader in the browser, for the e2e test that Node and Chromium score
 * every message alike: the weights loaded through the app's own lazy loader,
 * then every label's probability, whole and by part. Built only into the e2e
 * build (bench.html).
 */
import { readerLoader } from '../adapters/reader/load.ts';

async function readerScores(texts: readonly string[]) {
  // Imported here, as the app does, so the app's entry never shares a chunk with the reader's code.
  const [{ scoreMessage }, { readMessage }] = await Promise.all([import('../core/read/model/model.ts'), import('../core/read/read.ts')]);
  const readers = await readerLoader()();
  return texts.map((text) => {
    const reading = readMessage(text, readers.message);
    return {
      message: readers.message ? scoreMessage(readers.message, text) : null,
      reply: readers.reply ? scoreMessage(readers.reply, text) : null,
      crisis: reading.safety.crisis,
      minor: reading.safety.minor,
      lang: reading.lang ?? null,
    };
  });
}

(window as unknown as { readerScores: typeof readerScores }).readerScores = readerScores;
