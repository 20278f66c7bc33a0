/**
 * npm run eval -- [--json] FILE...
 * Runs scenario files through the judgment layer (no language model; the reader's committed weights). Exit 0 when every
 * expectation holds, 1 when one fails, 2 when a file is invalid.
 */
import { InvalidScenarioFile, loadScenarioFile } from '../src/node/scenarios.ts';
import { runScenario, type ScenarioReport } from '../src/core/scenario/run.ts';
import { shippedReaders } from '../src/node/reader-files.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
const unknownFlag = files.find((arg) => arg.startsWith('--'));
if (unknownFlag || files.length === 0) {
  process.stderr.write(`${unknownFlag ? `unknown option ${unknownFlag}\n` : ''}usage: npm run eval -- [--json] FILE...\n`);
  process.exit(2);
}

const invalid: string[] = [];
const reports: ScenarioReport[] = [];
for (const file of files) {
  try {
    const { scenario, persona } = loadScenarioFile(file);
    reports.push(runScenario(scenario, persona, shippedReaders()));
  } catch (error) {
    if (!(error instanceof InvalidScenarioFile)) throw error;
    invalid.push(error.message);
  }
}

if (json) {
  const out = reports.map((report) => ({
    id: report.id,
    passed: report.passed,
    turns: report.turns.map((turn) => ({
      index: turn.index,
      at: turn.at,
      user: turn.user,
      decision: turn.decision,
      ...(turn.replies.length > 0 ? { replies: turn.replies.map(({ from, verdict, violations }) => ({ from, verdict, violations })) } : {}),
      failures: turn.failures,
    })),
    final: { state: report.final.state, failures: report.final.failures },
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  for (const report of reports) {
    const turns = report.turns.length;
    process.stdout.write(`${report.passed ? 'PASS' : 'FAIL'} ${report.id} (${turns} turn${turns === 1 ? '' : 's'})\n`);
    for (const turn of report.turns) {
      for (const failure of turn.failures) process.stdout.write(`  turn ${turn.index} (${turn.at}) "${turn.user.slice(0, 60)}": ${failure}\n`);
    }
    for (const failure of report.final.failures) process.stdout.write(`  final: ${failure}\n`);
  }
  const passed = reports.filter((report) => report.passed).length;
  process.stdout.write(`eval: ${passed} passed, ${reports.length - passed} failed${invalid.length ? `, ${invalid.length} invalid` : ''}\n`);
}
for (const message of invalid) process.stderr.write(`invalid: ${message}\n`);
// exitCode, not exit(): a piped stdout must drain before the process ends.
process.exitCode = invalid.length > 0 ? 2 : reports.every((report) => report.passed) ? 0 : 1;
