/** npm run corpus [-- --errors]: per-label precision and recall of the appraiser on the labelled corpora. */
import { formatScore, scoreCorpus, type Corpus } from '../tests/corpus/corpus.ts';
import { developmentCorpus, heldOutCorpus } from '../tests/corpus/files.ts';

const showErrors = process.argv.includes('--errors');
const corpora: [string, Corpus | undefined][] = [
  ['development corpus', developmentCorpus()],
  ['held-out corpus', heldOutCorpus()],
];
for (const [name, corpus] of corpora) {
  if (!corpus || corpus.messages.length === 0) continue;
  const score = scoreCorpus(corpus);
  process.stdout.write(`${formatScore(name, score, corpus.messages.length)}\n\n`);
  if (showErrors) {
    for (const error of score.errors) {
      process.stdout.write(`${error.id} ${JSON.stringify(error.text.slice(0, 140))}${error.missed.length ? ` missed=${error.missed.join(',')}` : ''}${error.extra.length ? ` extra=${error.extra.join(',')}` : ''}\n`);
    }
    process.stdout.write('\n');
  }
}
