/** npm run corpus [-- --errors]: per-label precision and recall of the appraiser on the labelled corpora. */
import { existsSync } from 'node:fs';
import { formatScore, loadCorpus, scoreCorpus } from '../tests/corpus/corpus.ts';

const showErrors = process.argv.includes('--errors');
for (const [name, file] of [
  ['development corpus', 'tests/corpus/messages.json'],
  ['held-out corpus', 'tests/corpus/holdout.json'],
] as const) {
  if (!existsSync(file)) continue;
  const corpus = loadCorpus(file);
  const score = scoreCorpus(corpus);
  process.stdout.write(`${formatScore(name, score, corpus.messages.length)}\n\n`);
  if (showErrors) {
    for (const error of score.errors) {
      process.stdout.write(`${error.id} ${JSON.stringify(error.text.slice(0, 140))}${error.missed.length ? ` missed=${error.missed.join(',')}` : ''}${error.extra.length ? ` extra=${error.extra.join(',')}` : ''}\n`);
    }
    process.stdout.write('\n');
  }
}
