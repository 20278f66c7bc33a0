import { expect, test } from '@playwright/test';
import { scoreMessage } from '../../src/core/read/model/model.ts';
import { readMessage } from '../../src/core/read/read.ts';
import { shippedReaders } from '../../src/node/reader-files.ts';

/** The same weights, the same code: Chromium and Node must read every message alike, to the last bit. */
const TEXTS = [
  'hey, how was your day?',
  'ya no quiero seguir, tengo las pastillas contadas',
  'je suis en troisième et ma mère me confisque mon téléphone le soir',
  '死にたいくらい恥ずかしい笑',
  '나 진짜 너무 힘들어. 다 끝내고 싶어',
  'मैं 15 साल का हूँ और कल मेरा पेपर है',
  'عمري ١٥ سنة',
  'Today I did the shopping. Then I gave my cat to my sister. I wrote letters for everyone.',
  '😂😂😂',
  '',
];

test('the browser loads the weights lazily and scores every message exactly as Node does', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('bench.html');
  const inBrowser = await page.evaluate(async (texts) => (window as unknown as { readerScores: (t: readonly string[]) => Promise<unknown[]> }).readerScores(texts), TEXTS);
  const readers = shippedReaders();
  const inNode = TEXTS.map((text) => {
    const reading = readMessage(text, readers.message);
    return {
      message: readers.message ? scoreMessage(readers.message, text) : null,
      reply: readers.reply ? scoreMessage(readers.reply, text) : null,
      crisis: reading.safety.crisis,
      minor: reading.safety.minor,
      lang: reading.lang ?? null,
    };
  });
  expect(inBrowser).toEqual(inNode);
  // The weights are separate assets, fetched on demand, not part of a script.
  expect(requests.filter((url) => url.endsWith('.rdr'))).toHaveLength(2);
});
