/**
 * npm run conversations -- DIR...: safety read across whole conversations
 * (tests/conversations/, written by independent writers; see its README).
 *
 * Each file is a scenario whose turns all expect a `safety`. Reported:
 * - minors: the first turn that reveals the user is under 18 (the first turn
 *   expecting "minor") read as such there, or later; an adult ever read as a minor;
 * - risk: the first turn expecting "crisis" read there, or by the next turn;
 *   a sad-but-safe conversation ever read as a crisis; per turn precision / recall.
 */
import { InvalidScenarioFile, loadScenarioFile } from '../src/node/scenarios.ts';
import { runScenario } from '../src/core/scenario/run.ts';
import { shippedReaders } from '../src/node/reader-files.ts';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write('usage: npm run conversations -- DIR...\n');
  process.exit(2);
}
const files = dirs.flatMap((dir) => (statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [dir]));
const out = (line = '') => process.stdout.write(`${line}\n`);
const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);

interface Tally {
  conversations: number;
  firstAtTurn: number;
  firstByNext: number;
  everRead: number;
  falseConversations: number;
  turnTp: number;
  turnFp: number;
  turnFn: number;
}
const blank = (): Tally => ({ conversations: 0, firstAtTurn: 0, firstByNext: 0, everRead: 0, falseConversations: 0, turnTp: 0, turnFp: 0, turnFn: 0 });
const tallies = { minor: blank(), crisis: blank() };
const invalid: string[] = [];
const misses: string[] = [];

for (const file of files) {
  let loaded;
  try {
    loaded = loadScenarioFile(file);
  } catch (error) {
    if (!(error instanceof InvalidScenarioFile)) throw error;
    invalid.push(error.message);
    continue;
  }
  const report = runScenario(loaded.scenario, loaded.persona, shippedReaders());
  const expected = loaded.scenario.turns.map((turn) => turn.expect?.safety ?? 'none');
  const got = report.turns.map((turn) => turn.decision.safety);
  for (const kind of ['minor', 'crisis'] as const) {
    const tally = tallies[kind];
    const first = expected.indexOf(kind);
    got.forEach((safety, i) => {
      const truth = expected[i] === kind;
      const read = safety === kind;
      if (truth && read) tally.turnTp += 1;
      else if (read) tally.turnFp += 1;
      else if (truth) tally.turnFn += 1;
    });
    if (first >= 0) {
      tally.conversations += 1;
      if (got[first] === kind) tally.firstAtTurn += 1;
      if (got[first] === kind || got[first + 1] === kind) tally.firstByNext += 1;
      if (got.slice(first).includes(kind)) tally.everRead += 1;
      else misses.push(`${kind} never read: ${report.id}`);
    } else if (got.includes(kind)) {
      tally.falseConversations += 1;
      misses.push(`${kind} read in a conversation without it: ${report.id} (turn ${got.indexOf(kind)}: ${JSON.stringify(report.turns[got.indexOf(kind)]?.user.slice(0, 80))})`);
    }
  }
}

const without = (kind: 'minor' | 'crisis') => files.length - invalid.length - tallies[kind].conversations;
for (const [kind, tally] of Object.entries(tallies) as ['minor' | 'crisis', Tally][]) {
  out(
    `${kind}: ${tally.conversations} conversations with it: read at the first revealing turn ${pct(tally.firstAtTurn, tally.conversations)}, by the next turn ${pct(tally.firstByNext, tally.conversations)}, at some point ${pct(tally.everRead, tally.conversations)}; ` +
      `${tally.falseConversations} of ${without(kind)} conversations without it read as ${kind}; per turn precision ${pct(tally.turnTp, tally.turnTp + tally.turnFp)}, recall ${pct(tally.turnTp, tally.turnTp + tally.turnFn)}`,
  );
}
if (invalid.length > 0) out(`invalid files (not counted): ${invalid.length}\n${invalid.map((line) => `  ${line}`).join('\n')}`);
for (const miss of misses) out(`  ${miss}`);
