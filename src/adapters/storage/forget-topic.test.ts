import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { persona as loadPersona } from '../../../tests/support/fixtures.ts';
import { readForgetRequest } from '../../core/recall/forget.ts';
import { MomentKind } from '../../core/recall/moment.ts';
import { Bid, Conduct, Safety, Signal, Stage, Stance } from '../../core/vocabulary.ts';
import type { CompanionDb } from './db.ts';
import { forgetTopic, scrubFreeText } from './forget-topic.ts';
import { FactCategory } from './records/index.ts';
import { CompanionRepository } from './repository.ts';
import { fakeDb, uniqueName } from './test-fixtures.ts';
import { exportEverything, importEverything, parseExport } from './transfer.ts';

/**
 * Forgetting a word that is also one of the app's own words (a stage, a
 * stance, a signal, a moment's kind, a fact's category) must blank only what
 * the user wrote, never the vocabulary: a blanked enum fails its schema and
 * the whole forget rolled back, with nothing forgotten (issue 15).
 */

const PERSONAS = ['ella', 'mara', 'theo'].map((id) => loadPersona(id));
const ADULT = readFileSync(new URL('../../../tests/fixtures/data/adult.export-v1.json', import.meta.url), 'utf8');
const VOCABULARY = [...new Set([...Stage.options, ...Stance.options, ...Safety.options, ...Signal.options, ...Bid.options, ...Conduct.options, ...MomentKind.options, ...FactCategory.options])];

const opened: CompanionDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function adult(): Promise<{ db: CompanionDb; repo: CompanionRepository; relationshipId: string }> {
  const db = fakeDb(uniqueName('forget'));
  opened.push(db);
  const document = parseExport(ADULT, { personas: PERSONAS });
  await importEverything(db, document);
  return { db, repo: new CompanionRepository(db, { storage: null }), relationshipId: document.relationships[0]?.id ?? '' };
}

describe('forgetting words that are also the app’s own vocabulary', () => {
  it.each(VOCABULARY)('"forget what I told you about %s" forgets and leaves every row readable', async (word) => {
    const request = readForgetRequest(`forget what I told you about ${word.replace(/_/g, ' ')}`);
    if (!request) return; // a word the request reader drops entirely (none today)
    const { db, repo, relationshipId } = await adult();
    const before = await repo.getRelationship(relationshipId);
    const report = await forgetTopic(db, relationshipId, request.terms);
    expect(report.revision).toBe((before?.revision ?? 0) + 1);
    const after = await repo.getRelationship(relationshipId);
    expect(after?.state.stage).toBe(before?.state.stage);
    const page = await repo.pageMessages(relationshipId, { limit: 1_000 });
    expect(page.corrupt).toEqual([]);
    expect((await repo.listMoments(relationshipId)).corrupt).toEqual([]);
    // The stored decisions keep their stances and stages.
    const stances = page.records.flatMap((message) => (message.role === 'assistant' && message.decision ? [message.decision.stance] : []));
    expect(stances.every((stance) => (Stance.options as readonly string[]).includes(stance))).toBe(true);
  });

  it('scrubs free text only: ids, roles, statuses and enums are never blanked', () => {
    const row = { id: 7, role: 'assistant', status: 'complete', text: 'you are a stranger to me', decision: { stance: 'engage', state: { stage: 'stranger' }, reasons: ['he called her a stranger'], signals: ['insult'] } };
    const scrubbed = scrubFreeText(row, ['stranger']);
    expect(scrubbed.changed).toBe(2);
    expect(scrubbed.value).toEqual({ ...row, text: '[forgotten at your request]', decision: { ...row.decision, reasons: ['[forgotten at your request]'] } });
  });

  it('an export after forgetting imports again (every scrubbed row is still a valid record)', async () => {
    const { db, relationshipId } = await adult();
    await forgetTopic(db, relationshipId, ['stranger']);
    await forgetTopic(db, relationshipId, ['mia']);
    const text = JSON.stringify(await exportEverything(db, 0));
    expect(text).not.toMatch(/\bmia\b/i);
    expect(() => parseExport(text, { personas: PERSONAS })).not.toThrow();
  });
});
