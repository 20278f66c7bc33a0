/**
 * npm run concepts -- DIR...: turns lexicographers' files (DIR/<lang>.json,
 * `{ lang, concepts: { concept: [forms] } }`; the message concepts in one folder, the
 * reply concepts in another) into src/core/read/model/concepts/<lang>.ts, a language's
 * lists from every folder merged.
 * A concept the model does not know is an error; a concept left out is an empty list.
 * The forms are kept as written (matching folds them); duplicates and forms without a letter go.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CONCEPTS, formOf } from '../src/core/read/model/concepts.ts';
import { Lang } from '../src/node/corpus.ts';

const ANYWHERE = new Set(['ar', 'ja', 'ko', 'zh']);
const File = z.strictObject({
  lang: Lang,
  concepts: z.partialRecord(z.enum(CONCEPTS), z.array(z.string())),
});

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: npm run concepts -- DIR...');
const identifier = (lang: string) => lang.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const byLang = new Map<string, Map<string, string[]>>();
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = File.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    const lists = byLang.get(file.lang) ?? new Map<string, string[]>();
    for (const [concept, forms] of Object.entries(file.concepts)) lists.set(concept, [...(lists.get(concept) ?? []), ...(forms ?? [])]);
    byLang.set(file.lang, lists);
  }
}
for (const [lang, lists] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
  const file = { lang };
  const lines = CONCEPTS.map((concept) => {
    // Edge spaces stay: they anchor a form at a word's edge (concepts.ts).
    const written = lists.get(concept) ?? [];
    // A form of punctuation only (")))", "...") folds to nothing and could never match.
    for (const form of written) if (formOf(form).length === 0) process.stdout.write(`${file.lang} ${concept}: left out ${JSON.stringify(form)} (no letters)\n`);
    const forms = [...new Set(written.filter((form) => formOf(form).length > 0))];
    return `    ${concept}: ${JSON.stringify(forms)},`;
  });
  const body = `import type { ConceptLexicon } from '../concepts.ts';

/** Concept words in ${file.lang}, written by a lexicographer who never saw the corpus (scripts/import-concepts.ts). */
export const ${identifier(file.lang)}: ConceptLexicon = {
  lang: '${file.lang}',
  match: '${ANYWHERE.has(file.lang) ? 'anywhere' : 'word-start'}',
  concepts: {
${lines.join('\n')}
  },
};
`;
  writeFileSync(`src/core/read/model/concepts/${file.lang.toLowerCase()}.ts`, body);
  process.stdout.write(`${file.lang}: ${lines.length} concepts\n`);
}

// The index imports every language's module there is, old and new.
const INDEX = 'src/core/read/model/concepts/index.ts';
const modules = readdirSync('src/core/read/model/concepts')
  .filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const names = modules.map((module) => identifier(module));
const index = readFileSync(INDEX, 'utf8')
  .replace(/^(?:import \{ \w+ \} from '\.\/[a-z-]+\.ts';\n)+/m, modules.map((module, i) => `import { ${names[i] as string} } from './${module}.ts';\n`).join(''))
  .replace(/CONCEPT_LEXICONS: readonly ConceptLexicon\[\] = \[[^\]]*\];/, `CONCEPT_LEXICONS: readonly ConceptLexicon[] = [${names.join(', ')}];`);
writeFileSync(INDEX, index);
