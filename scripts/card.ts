/**
 * npm run card -- [--json] FILE...
 * Reads each Character Card file (JSON, PNG, CHARX) through the app's import path and prints what
 * it would store. Exit 0 when every file imported, 2 when any was refused (or could not be read).
 */
import { readFileSync, statSync } from 'node:fs';
import { importCard } from '../src/adapters/cards/import.ts';
import { LIMITS, megabytes } from '../src/adapters/cards/errors.ts';
import { summarize, summarizeError, type CardSummary } from '../src/adapters/cards/summary.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
const unknownFlag = files.find((arg) => arg.startsWith('--'));
if (unknownFlag || files.length === 0) {
  process.stderr.write(`${unknownFlag ? `unknown option ${unknownFlag}\n` : ''}usage: npm run card -- [--json] FILE...\n`);
  process.exit(2);
}

async function one(file: string): Promise<CardSummary> {
  let bytes: Uint8Array;
  try {
    // Refuse a huge file before reading it, with the same message the import gives.
    const size = statSync(file).size;
    if (size > LIMITS.fileBytes) return { file, ok: false, error: `the file is ${megabytes(size)} (limit ${megabytes(LIMITS.fileBytes)})`, code: 'too-large' };
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { file, ok: false, error: `cannot read the file (${error instanceof Error ? error.message : String(error)})`, code: 'unreadable' };
  }
  try {
    return summarize(file, await importCard(bytes));
  } catch (error) {
    return summarizeError(file, error);
  }
}

const results: CardSummary[] = [];
for (const file of files) results.push(await one(file));

if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const result of results) {
    if (!result.ok || !result.persona) {
      process.stdout.write(`REFUSED ${result.file}: ${result.error ?? 'unknown error'}\n`);
      continue;
    }
    const p = result.persona;
    const clip = (text: string, max = 100) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
    process.stdout.write(`OK ${result.file}: ${JSON.stringify(p.name)} (id ${p.id}; ${p.spec}${p.variant === 'v1-pygmalion' ? ' Pygmalion keys' : ''}, ${p.container})\n`);
    process.stdout.write(`  description: ${clip(p.description)}\n`);
    process.stdout.write(`  greetings: ${p.greetings.length}${p.greetings[0] ? `, first ${clip(p.greetings[0], 80)}` : ''}\n`);
    process.stdout.write(`  style samples: ${p.styleSamples}; lore: ${p.lore.length} entr${p.lore.length === 1 ? 'y' : 'ies'}${p.lore.length ? ` (${p.lore.slice(0, 4).map((entry) => entry.keys.slice(0, 3).join('/') || 'constant').join(', ')}${p.lore.length > 4 ? ', …' : ''})` : ''}\n`);
    process.stdout.write(`  tags: ${p.tags.length ? p.tags.join(', ') : '(none)'}; creator: ${p.creator || '(none)'}\n`);
    process.stdout.write(`  romance: ${p.romance ? 'can be earned' : p.romanceLocked ? 'never (the character is under 18)' : 'no'}; temperament: ${p.temperamentPreset ?? 'custom'}${p.avatar ? `; avatar: ${p.avatar.mime}, ${p.avatar.bytes} bytes` : ''}\n`);
    if (p.notice) process.stdout.write(`  notice: ${p.notice}\n`);
    for (const part of p.ignored) process.stdout.write(`  ignored (${part.kept}): ${part.field}: ${part.why}\n`);
    for (const warning of p.warnings) process.stdout.write(`  warning: ${warning}\n`);
  }
  const refused = results.filter((result) => !result.ok).length;
  process.stdout.write(`card: ${results.length - refused} imported, ${refused} refused\n`);
}
// exitCode, not exit(): a piped stdout must drain before the process ends.
process.exitCode = results.every((result) => result.ok) ? 0 : 2;
