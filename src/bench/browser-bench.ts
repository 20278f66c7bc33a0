/**
 * Storage figures in a real browser's IndexedDB, for `npm run bench`: recall
 * over 10,000 and 100,000 stored memories, and export / import of a year of
 * daily conversation. Built only into the e2e build (bench.html).
 */
import { appraisalLabels } from '../core/appraise/appraise.ts';
import { FactIndex } from '../core/recall/facts.ts';
import { MomentIndex } from '../core/recall/recall.ts';
import { RelationshipState, initialState } from '../core/state/state.ts';
import { takeTurn } from '../core/turn.ts';
import { openCompanionDb } from '../adapters/storage/db.ts';
import type { MemoryRow as MemoryRecord, MessageRow as MessageRecord, NewMessage } from '../adapters/storage/records/index.ts';
import { CompanionRepository } from '../adapters/storage/repository.ts';
import { exportEverything, importEverything, parseExport } from '../adapters/storage/transfer.ts';
import { builtInPersonas } from '../app/personas.ts';
import './reader-probe.ts';

const DAY = 86_400_000;
const WORDS = ['sister', 'nurse', 'lisbon', 'hiking', 'coffee', 'exam', 'dog', 'garden', 'brother', 'piano', 'running', 'shift', 'boss', 'trip', 'paris', 'guitar', 'novel', 'recipe', 'cousin', 'bakery', 'marathon', 'chess', 'kayak', 'violin'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function recallFigures(count: number): Promise<{ seed_ms: number; load_ms: number; recall_ms: number }> {
  const name = `bench-recall-${count}-${Date.now()}`;
  const db = await openCompanionDb(name);
  const relationshipId = 'bench';
  const rows: MemoryRecord[] = Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    relationshipId,
    kind: 'fact',
    category: 'other',
    text: `my ${WORDS[i % WORDS.length]} and the ${WORDS[(i * 7 + 3) % WORDS.length]} from week ${i % 52}`,
    quote: 'bench',
    at: i * 60_000,
    importance: (i % 10) / 10,
    sourceMessageId: null,
  }));
  const seedStarted = performance.now();
  // In chunks, as a long-lived relationship accumulates them: one huge transaction is not what the app does.
  for (let start = 0; start < rows.length; start += 2_000) await db.memories.bulkPut(rows.slice(start, start + 2_000));
  const seed = performance.now() - seedStarted;
  const repository = new CompanionRepository(db, { storage: null });
  // What the app does on opening a relationship: read every memory once and index it.
  const started = performance.now();
  const listing = await repository.listMemories(relationshipId);
  const index = new FactIndex();
  for (const memory of listing.records) index.add({ id: memory.id, text: memory.text, at: memory.at, importance: memory.importance });
  const load = performance.now() - started;
  // What it does every turn: rank them against the message.
  const times: number[] = [];
  for (const message of ['my sister is coming over with her dog', 'long shift, my boss was awful', 'thinking about that paris trip again']) {
    const t = performance.now();
    index.rank(message, count * 60_000);
    times.push(performance.now() - t);
  }
  db.close();
  indexedDB.deleteDatabase(name);
  return { seed_ms: Math.round(seed), load_ms: Math.round(load), recall_ms: Math.round(median(times) * 100) / 100 };
}

async function yearFigures(): Promise<{ export_ms: number; export_kb: number; import_ms: number; import_parse_ms: number; messages: number }> {
  const persona = builtInPersonas().find((candidate) => candidate.id === 'ella');
  if (!persona) throw new Error('ella is missing');
  const name = `bench-year-${Date.now()}`;
  const db = await openCompanionDb(name);
  const repository = new CompanionRepository(db, { storage: null });
  let state = initialState({ personaId: persona.id, userName: 'Sam', userAge: 30, guardedness: persona.temperament.guardedness, warmthRate: persona.temperament.warmthRate });
  const relationship = await repository.createRelationship({ personaId: persona.id, state, at: 0 });
  const memory = new MomentIndex();
  const messages: MessageRecord[] = [];
  const lines = ['how was your day?', 'work was long today, my boss yelled again', 'thanks for listening yesterday', 'what are you reading lately?', 'my sister is visiting this weekend', 'haha fair enough'];
  let id = 1;
  const start = Date.UTC(2025, 0, 1, 19);
  for (let day = 0; day < 365; day += 1) {
    for (let turn = 0; turn < 10; turn += 1) {
      const at = start + day * DAY + turn * 120_000;
      const text = lines[(day + turn) % lines.length] ?? 'hi';
      const before = state;
      const result = takeTurn({ persona, state, memory, text, now: at });
      state = result.state;
      for (const moment of result.moments) memory.add(moment);
      const userId = id++;
      messages.push({ id: userId, relationshipId: relationship.id, at, role: 'user', text, promptContent: `${text}\n\n[note]\n(directive)` });
      messages.push({
        id: id++, relationshipId: relationship.id, at: at + 1, role: 'assistant', text: 'hm. tell me more about that.', status: 'complete',
        decision: result.decision, appraisalLabels: appraisalLabels(result.appraisal),
        stateBefore: { stage: before.stage, ...before.numbers }, stateAfter: { stage: state.stage, ...state.numbers },
        regenerated: false, violations: [], modelId: 'bench', replyTo: userId,
      });
    }
  }
  await db.messages.bulkPut(messages);
  await db.moments.bulkPut(memory.all().map((moment) => ({ ...moment, relationshipId: relationship.id })));
  await db.relationships.put({ ...relationship, state });
  const t = performance.now();
  const text = JSON.stringify(await exportEverything(db, Date.now()));
  const exportMs = performance.now() - t;
  const target = await openCompanionDb(`${name}-import`);
  const ti = performance.now();
  const parsed = parseExport(text, { personas: builtInPersonas() });
  const parseMs = performance.now() - ti;
  await importEverything(target, parsed);
  const importMs = performance.now() - ti;
  db.close();
  target.close();
  indexedDB.deleteDatabase(name);
  indexedDB.deleteDatabase(`${name}-import`);
  return { export_ms: Math.round(exportMs), export_kb: Math.round(new Blob([text]).size / 1024), import_ms: Math.round(importMs), import_parse_ms: Math.round(parseMs), messages: messages.length };
}

async function run(): Promise<Record<string, number>> {
  const small = await recallFigures(10_000);
  const large = await recallFigures(100_000);
  const year = await yearFigures();
  return {
    recall_ms_10k: small.recall_ms,
    recall_load_ms_10k: small.load_ms,
    // Writing them (in 2,000-row transactions, each row indexed by its words): what the version 2 index costs.
    memory_write_ms_10k: small.seed_ms,
    memory_write_ms_100k: large.seed_ms,
    recall_ms_100k: large.recall_ms,
    recall_load_ms_100k: large.load_ms,
    export_ms_year: year.export_ms,
    export_kb_year: year.export_kb,
    import_ms_year: year.import_ms,
    // Of which checking the file (JSON and every record's schema), which holds the main thread.
    import_parse_ms_year: year.import_parse_ms,
    year_messages: year.messages,
  };
}

/**
 * Give the app's own conversation a long past: `count` messages over the days
 * before its first one, so the app opens on a 5,000-message history.
 */
async function seedHistory(count: number): Promise<number> {
  const db = await openCompanionDb('companion');
  try {
    const relationship = await db.relationships.orderBy('updatedAt').last();
    if (!relationship) throw new Error('no relationship to seed: onboard first');
    const first = await db.messages.where('[relationshipId+at]').between([relationship.id, 0], [relationship.id, Number.MAX_SAFE_INTEGER]).first();
    const end = (first?.at ?? Date.now()) - DAY;
    const persona = builtInPersonas().find((candidate) => candidate.id === relationship.personaId) ?? builtInPersonas()[0];
    if (!persona) throw new Error('no persona');
    let state = RelationshipState.parse(relationship.state);
    const memory = new MomentIndex();
    const users: NewMessage[] = [];
    const turns: { at: number; result: ReturnType<typeof takeTurn>; before: typeof state }[] = [];
    for (let i = 0; i < count / 2; i += 1) {
      const at = end - (count / 2 - i) * 30 * 60_000;
      const text = `${WORDS[i % WORDS.length]} day ${i}: how was your evening?`;
      const before = state;
      const result = takeTurn({ persona, state, memory, text, now: at });
      state = result.state;
      users.push({ relationshipId: relationship.id, at, role: 'user', text, promptContent: text });
      turns.push({ at, result, before });
    }
    const userIds = await db.messages.bulkAdd(users, { allKeys: true });
    const rows: NewMessage[] = turns.map(({ at, result, before }, i) => ({
      relationshipId: relationship.id, at: at + 1, role: 'assistant', text: `hm, ${WORDS[(i + 5) % WORDS.length]}. tell me more about that.`, status: 'complete',
      decision: result.decision, appraisalLabels: appraisalLabels(result.appraisal),
      stateBefore: { stage: before.stage, ...before.numbers }, stateAfter: { stage: result.state.stage, ...result.state.numbers },
      regenerated: false, violations: [], modelId: 'bench', replyTo: userIds[i] ?? 0,
    }));
    await db.messages.bulkAdd(rows);
    return users.length + rows.length;
  } finally {
    db.close();
  }
}

(window as unknown as { runStorageBench: typeof run; seedHistory: typeof seedHistory }).runStorageBench = run;
(window as unknown as { seedHistory: typeof seedHistory }).seedHistory = seedHistory;
(window as unknown as { benchRecall: typeof recallFigures; benchYear: typeof yearFigures }).benchRecall = recallFigures;
(window as unknown as { benchYear: typeof yearFigures }).benchYear = yearFigures;
document.body.dataset['ready'] = 'true';
