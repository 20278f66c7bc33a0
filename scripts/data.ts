/**
 * npm run data -- check [--json] FILE...
 * Reads each export file exactly as the app's import does (every released
 * format, the record migrations, every bound and invariant, the size cap) and
 * says, per file, whether it can be imported and what it holds:
 *   { "file", "ok", "version", "counts": { "messages": n, ... }, "error"? }
 * Exit 0 when every file is importable, 2 when any is refused or unreadable
 * (and 2 on a usage error). Writes nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { ImportError, parseExport } from '../src/adapters/storage/transfer.ts';
import { MAX_IMPORT_BYTES } from '../src/adapters/storage/records/bounds.ts';
import { listPersonaIds, loadPersona } from '../src/node/personas.ts';

interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  /** The export format version the file says it is, when it says one. */
  readonly version: number | null;
  readonly counts: Readonly<Record<'settings' | 'personas' | 'relationships' | 'messages' | 'moments' | 'memories' | 'unreadable', number>> | null;
  readonly error?: string;
}

const USAGE = 'usage: npm run data -- check [--json] FILE...\n';
const [command, ...rest] = process.argv.slice(2);
const json = rest.includes('--json');
const files = rest.filter((arg) => arg !== '--json');
const unknownFlag = files.find((arg) => arg.startsWith('--'));
if (command !== 'check' || unknownFlag || files.length === 0) {
  process.stderr.write(`${command !== 'check' && command !== undefined ? `unknown command ${command}\n` : ''}${unknownFlag ? `unknown option ${unknownFlag}\n` : ''}${USAGE}`);
  process.exit(2);
}

const personas = listPersonaIds().map((id) => loadPersona(id));

function declaredVersion(text: string): number | null {
  const match = /"version"\s*:\s*(\d+)/.exec(text.slice(0, 2_000));
  return match ? Number(match[1]) : null;
}

function check(file: string): FileReport {
  let text: string;
  try {
    if (statSync(file).size > MAX_IMPORT_BYTES) {
      return { file, ok: false, version: null, counts: null, error: `This file is too large to import (over ${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)} MB). Nothing was changed.` };
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, ok: false, version: null, counts: null, error: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const document = parseExport(text, { personas });
    return {
      file,
      ok: true,
      version: document.version,
      counts: {
        settings: document.settings.length,
        personas: document.personas.length,
        relationships: document.relationships.length,
        messages: document.messages.length,
        moments: document.moments.length,
        memories: document.memories.length,
        unreadable: document.unreadable?.length ?? 0,
      },
    };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { file, ok: false, version: declaredVersion(text), counts: null, error: error.message };
  }
}

const reports = files.map(check);
if (json) {
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
} else {
  for (const report of reports) {
    if (report.ok && report.counts) {
      const counts = Object.entries(report.counts).map(([table, count]) => `${count} ${table}`).join(', ');
      process.stdout.write(`OK      ${report.file} (format ${report.version}): ${counts}\n`);
    } else {
      process.stdout.write(`REFUSED ${report.file}${report.version === null ? '' : ` (format ${report.version})`}: ${report.error}\n`);
    }
  }
}
process.exit(reports.every((report) => report.ok) ? 0 : 2);
