import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from './corpus.ts';

const DIR = 'tests/corpus';

/**
 * The development corpus (the files the cue lexicon was tuned against) and the
 * held-out one (written separately, never tuned against): generalisation is
 * read from the second.
 */
export function developmentCorpus(): Corpus {
  const files = readdirSync(DIR).filter((file) => /^(?:messages|dev-[a-z0-9-]+)\.json$/.test(file)).sort();
  const messages = files.flatMap((file) => loadCorpus(join(DIR, file)).messages);
  return { version: 1, description: `development: ${files.join(', ')}`, messages };
}

export function heldOutCorpus(): Corpus | undefined {
  const files = readdirSync(DIR).filter((file) => /^holdout(?:-[0-9]+)?\.json$/.test(file)).sort();
  if (files.length === 0) return undefined;
  const messages = files.flatMap((file) => loadCorpus(join(DIR, file)).messages);
  return { version: 1, description: `held out: ${files.join(', ')}`, messages };
}
