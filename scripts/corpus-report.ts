/** npm run corpus [-- --errors]: per-label precision and recall of the appraiser on the labelled corpora. */
import { formatScore, scoreCorpus, type Corpus } from '../tests/corpus/corpus.ts';
import { existsSync } from 'node:fs';
import { developmentCorpus, heldOutCorpus } from '../tests/corpus/files.ts';
import { GUARD_CORPUS_FILES, GUARD_HOLDOUT_FILE, loadGuardCorpus, scoreGuard } from '../tests/guard/guard-corpus.ts';

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

// The reply guard on its labelled corpora: the tuned ones and the held-out one.
const guardSets: [string, string[]][] = [
  ['guard, development corpora', [...GUARD_CORPUS_FILES]],
  ['guard, held-out corpus', existsSync(GUARD_HOLDOUT_FILE) ? [GUARD_HOLDOUT_FILE] : []],
];
for (const [name, files] of guardSets) {
  if (files.length === 0) continue;
  const score = scoreGuard(files.flatMap((file) => loadGuardCorpus(file).cases));
  const pct = (value: number) => `${Math.round(value * 100)}%`.padStart(4);
  process.stdout.write(
    `${name}: ${score.cases} replies (${score.flags} violating), flag recall ${pct(score.flagRecall)}, right rule ${pct(score.ruleRecall)}, flag precision ${pct(score.flagPrecision)}, good replies passed ${pct(score.passRate)}\n`,
  );
  if (showErrors) for (const miss of score.misses) process.stdout.write(`${miss.id} expected ${miss.expected}, got ${miss.got}: ${JSON.stringify(miss.reply.slice(0, 140))}\n`);
}
