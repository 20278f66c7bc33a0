/**
 * npm run concept-stems [-- --fix]: list the concept forms that, matched at the
 * start of a word, mostly start other languages' words in the training
 * corpora (src/node/concept-stems.ts); with --fix, write each as a whole word
 * (a trailing space) in its concepts/<lang>.ts. The weights must then be
 * retrained (the feature set includes the concept words).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSplit, messageWriters } from '../src/node/corpus.ts';
import { collidingStems } from '../src/node/concept-stems.ts';

const sealed = new Set(loadSplit().sealedMessageWriters);
const found = collidingStems(messageWriters().filter((writer) => !sealed.has(writer.writer)));
for (const stem of found) {
  process.stdout.write(`${stem.lang}\t${stem.concept}\t${JSON.stringify(stem.form)}\t${stem.foreign} other-language words (${stem.examples.join(', ')}), ${stem.own} of its own\n`);
}
if (process.argv.includes('--fix')) {
  for (const lang of new Set(found.map((stem) => stem.lang))) {
    const file = `src/core/read/model/concepts/${lang.toLowerCase()}.ts`;
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const stem of found.filter((s) => s.lang === lang)) {
      const at = lines.findIndex((line) => line.startsWith(`    ${stem.concept}: [`));
      const line = lines[at];
      if (line === undefined) throw new Error(`${file}: no list for ${stem.concept}`);
      // Each form is a JSON string in the list; only the exact form is rewritten, and a form not found is an error.
      const rewritten = line.replace(`${JSON.stringify(stem.form)}`, JSON.stringify(`${stem.form} `));
      if (rewritten === line) throw new Error(`${file}: ${JSON.stringify(stem.form)} not found as written in ${stem.concept}`);
      lines[at] = rewritten;
    }
    writeFileSync(file, lines.join('\n'));
  }
  process.stdout.write(`${found.length} forms written as whole words\n`);
}
