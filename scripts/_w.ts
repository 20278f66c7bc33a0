import { wordForm } from '../src/core/text/normalize.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(wordForm(t).text));
