import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Moment } from '../../core/recall/moment.ts';
import { classifyStorageError, type CompanionDb } from './db.ts';
import { ConcurrentUpdateError, CorruptRecordError, InvalidRecordError, RecordNotFoundError } from './errors.ts';
import type { AssistantMessageRecord, MessageRecord, NewMessage } from './records/index.ts';
import { CompanionRepository, type PersistentStorageApi } from './repository.ts';
import { T0, fakeDb, finalOf, freshState, persona, realTurn, uniqueName } from './test-fixtures.ts';

const opened: CompanionDb[] = [];

function open(name = uniqueName('repo')): { db: CompanionDb; repo: CompanionRepository } {
  const db = fakeDb(name);
  opened.push(db);
  let id = 0;
  const repo = new CompanionRepository(db, { now: () => T0 + 60_000, newId: () => `${name}-id-${(id += 1)}`, storage: null });
  return { db, repo };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A relationship with one committed turn (a user message, a reply, the turn's moments). */
async function withOneTurn(repo: CompanionRepository, text = "you're literally a bot, it's your job to talk to me") {
  const before = freshState();
  const relationship = await repo.createRelationship({ personaId: persona.id, state: before, at: T0 });
  const user = await repo.appendUserMessage({ relationshipId: relationship.id, text, at: T0 + 1000 });
  const assistantId = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 + 1000 });
  const turn = realTurn(before, text, T0 + 1000);
  const committed = await repo.commitTurn({
    relationshipId: relationship.id,
    expectedRevision: relationship.revision,
    state: turn.state,
    moments: turn.moments,
    assistant: finalOf(assistantId, before, turn),
    at: T0 + 2000,
  });
  return { relationship, user, assistantId, turn, committed, before };
}

describe('round trips', () => {
  it('settings: defaults, then a patch, and an invalid patch changes nothing', async () => {
    const { repo } = open();
    expect(await repo.getSettings()).toEqual({
      recordVersion: 2,
      key: 'app',
      schemaVersion: 1,
      modelId: null,
      theme: 'system',
      persistentStorage: 'unknown',
      aiNoticeAcknowledgedAt: null,
      speech: { speakReplies: false, voices: {}, listening: 'push-to-talk' },
    });
    await repo.saveSettings({ modelId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC', theme: 'dark', aiNoticeAcknowledgedAt: T0 });
    await repo.saveSettings({ persistentStorage: 'granted' });
    const saved = await repo.getSettings();
    expect(saved).toMatchObject({ modelId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC', theme: 'dark', persistentStorage: 'granted', aiNoticeAcknowledgedAt: T0 });
    // @ts-expect-error an invalid theme is a type error too; at run time it is refused
    await expect(repo.saveSettings({ theme: 'purple' })).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await repo.getSettings()).toEqual(saved);
  });

  it('personas', async () => {
    const { repo } = open();
    await repo.putPersonas([{ persona, builtIn: true, importedAt: T0 }]);
    const listed = await repo.listPersonas();
    expect(listed.corrupt).toEqual([]);
    expect(listed.records).toEqual([{ recordVersion: 2, id: persona.id, persona, builtIn: true, importedAt: T0, updatedAt: T0, avatar: null, greeting: null }]);
    await expect(repo.putPersonas([{ persona: { ...persona, id: 'Not Kebab' }, builtIn: false, importedAt: T0 }])).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('a persona stored by the first release (record version 1) reads as version 2, with no picture and no greeting picked', async () => {
    const { db, repo } = open();
    await db.personas.put({ id: persona.id, persona, builtIn: false, importedAt: T0 });
    expect(await repo.getPersona(persona.id)).toEqual({ recordVersion: 2, id: persona.id, persona, builtIn: false, importedAt: T0, updatedAt: T0, avatar: null, greeting: null });
  });

  it('a persona with her picture and a picked greeting; a greeting she does not have is refused', async () => {
    const { repo } = open();
    const mine = { ...persona, id: 'ella-2', greetings: ['hi {{user}}', 'oh, you again'], avatar: { ref: 'avatar:ella-2', mime: 'image/png' as const } };
    await repo.putPersona({ persona: mine, builtIn: false, importedAt: T0, avatar: { mime: 'image/png', base64: 'iVBORw0KGgo=' }, greeting: 1 });
    expect(await repo.getPersona('ella-2')).toMatchObject({ greeting: 1, avatar: { mime: 'image/png', base64: 'iVBORw0KGgo=' } });
    await expect(repo.putPersona({ persona: mine, builtIn: false, importedAt: T0, greeting: 2 })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(repo.putPersona({ persona: mine, builtIn: false, importedAt: T0, avatar: { mime: 'image/png', base64: 'not base64!' } })).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('deleting a companion deletes her persona and every row of her relationships, and nothing of another companion', async () => {
    const { repo } = open();
    const mine = { ...persona, id: 'ella-2' };
    await repo.putPersona({ persona: mine, builtIn: false, importedAt: T0 });
    const hers = await repo.createRelationship({ personaId: 'ella-2', state: { ...freshState(), personaId: 'ella-2' } });
    const other = await repo.createRelationship({ personaId: persona.id, state: freshState() });
    for (const relationship of [hers, other]) {
      const user = await repo.appendUserMessage({ relationshipId: relationship.id, text: 'my sister Ana', at: T0 });
      await repo.addMemories(relationship.id, [{ kind: 'fact', category: 'person', text: 'has a sister, Ana', quote: 'my sister Ana', at: T0, importance: 0.5, sourceMessageId: user.id }]);
    }
    const deleted = await repo.deleteCompanion('ella-2', { keepPersona: false });
    expect(deleted).toEqual({ persona: 1, relationships: 1, messages: 1, moments: 0, memories: 1 });
    expect(await repo.getPersona('ella-2')).toBeNull();
    expect(await repo.countRelationshipRows(hers.id)).toEqual({ relationship: 0, messages: 0, moments: 0, memories: 0 });
    expect(await repo.countRelationshipRows(other.id)).toEqual({ relationship: 1, messages: 1, moments: 0, memories: 1 });
    // A bundled companion keeps her persona: only her relationship goes.
    expect(await repo.deleteCompanion(persona.id, { keepPersona: true })).toMatchObject({ persona: 0, relationships: 1 });
    expect(await repo.countRelationshipRows(other.id)).toEqual({ relationship: 0, messages: 0, moments: 0, memories: 0 });
  });

  it('relationships: create, get, list, latest', async () => {
    const { repo } = open();
    const first = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 });
    const second = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 + 5 });
    expect(first).toMatchObject({ personaId: persona.id, revision: 0, createdAt: T0, updatedAt: T0, lastBreakReminderAt: null });
    expect(await repo.getRelationship(first.id)).toEqual(first);
    expect(await repo.getRelationship('nope')).toBeNull();
    expect((await repo.listRelationships()).records.map((r) => r.id)).toEqual([second.id, first.id]);
    expect((await repo.latestRelationship())?.id).toBe(second.id);
    // The state must belong to the relationship's persona.
    await expect(repo.createRelationship({ personaId: 'mara', state: freshState() })).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('a Svelte-style proxy is stored as a plain copy (IndexedDB cannot clone a Proxy)', async () => {
    const { repo } = open();
    const state = new Proxy(freshState(), {});
    expect(() => structuredClone(state)).toThrow();
    const created = await repo.createRelationship({ personaId: persona.id, state, at: T0 });
    expect((await repo.getRelationship(created.id))?.state).toEqual(freshState());
  });

  it('messages, the committed turn, moments and memories', async () => {
    const { repo } = open();
    const { relationship, user, assistantId, turn, committed } = await withOneTurn(repo);
    expect(user).toMatchObject({ role: 'user', relationshipId: relationship.id, at: T0 + 1000 });
    expect(turn.moments.length).toBeGreaterThan(0);

    const page = await repo.pageMessages(relationship.id, { limit: 10 });
    expect(page.corrupt).toEqual([]);
    expect(page.records.map((m) => m.role)).toEqual(['assistant', 'user']);
    const reply = page.records[0] as AssistantMessageRecord;
    expect(reply).toEqual(committed.assistant);
    expect(reply).toMatchObject({ id: assistantId, status: 'complete', replyTo: user.id, decision: turn.decision, text: 'hm. okay.' });
    expect(reply.usage?.promptTokens).toBe(812);

    const stored = await repo.getRelationship(relationship.id);
    expect(stored).toMatchObject({ revision: 1, updatedAt: T0 + 2000, state: turn.state });

    const moments = await repo.listMoments(relationship.id);
    expect(moments.records).toEqual(turn.moments.map((moment) => ({ ...moment, relationshipId: relationship.id, recordVersion: 1 })));

    const memories = await repo.addMemories(relationship.id, [
      { kind: 'fact', category: 'work', text: 'works night shifts at a hospital', quote: 'i work nights at the hospital', at: T0 + 1000, importance: 0.6, sourceMessageId: user.id },
      { id: 'given-id', kind: 'fact', category: 'name', text: 'is called Jake', quote: "i'm jake", at: T0, importance: 0.9, sourceMessageId: null },
    ]);
    expect(memories.map((m) => m.id)).toEqual([expect.stringContaining('-id-'), 'given-id']);
    const listed = await repo.listMemories(relationship.id);
    expect(listed.records.map((m) => m.id)).toEqual(['given-id', memories[0]?.id]);
    expect(listed.records[1]).toEqual(memories[0]);
  });

  it('a user message for a missing relationship is refused and nothing is stored', async () => {
    const { repo, db } = open();
    await expect(repo.appendUserMessage({ relationshipId: 'gone', text: 'hi', at: T0 })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.messages.count()).toBe(0);
  });
});

describe('commitTurn', () => {
  it('is atomic: an invalid moment fails the whole commit and nothing changes', async () => {
    const { repo, db } = open();
    const before = freshState();
    const relationship = await repo.createRelationship({ personaId: persona.id, state: before, at: T0 });
    const user = await repo.appendUserMessage({ relationshipId: relationship.id, text: 'be my girlfriend', at: T0 + 1000 });
    const assistantId = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 + 1000 });
    await repo.updateStreamingText(assistantId, 'lol we met');
    const turn = realTurn(before, 'be my girlfriend', T0 + 1000);
    const bad: Moment = { id: 'bad', personaId: persona.id, at: T0, kind: 'pressure', quote: 'x', importance: 2, terms: [] };

    const attempt = repo.commitTurn({
      relationshipId: relationship.id,
      expectedRevision: 0,
      state: turn.state,
      moments: [...turn.moments, bad],
      assistant: finalOf(assistantId, before, turn),
    });
    await expect(attempt).rejects.toThrow(/moments: refusing to write an invalid record: importance/);

    expect(await repo.getRelationship(relationship.id)).toEqual(relationship);
    expect(await db.moments.count()).toBe(0);
    expect(await db.messages.get(assistantId)).toMatchObject({ status: 'streaming', text: 'lol we met', decision: null });
  });

  it('rolls back writes already made inside the transaction when a later one fails', async () => {
    const { repo, db } = open();
    const { relationship, committed, turn: committedTurn } = await withOneTurn(repo);
    const state1 = committed.relationship.state;
    const user = await repo.appendUserMessage({ relationshipId: relationship.id, text: 'sorry. how was your day?', at: T0 + 9000 });
    const assistantId = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 + 9000 });
    const turn = realTurn(state1, 'sorry. how was your day?', T0 + 9000);
    const fresh: Moment = { id: 'fresh-moment', personaId: persona.id, at: T0 + 9000, kind: 'apology', quote: 'sorry', importance: 0.6, terms: ['sorry'] };
    // The relationship is written first; adding a moment this relationship already has then fails inside the transaction.
    const duplicate = committedTurn.moments[0] as Moment;
    const attempt = repo.commitTurn({
      relationshipId: relationship.id,
      expectedRevision: 1,
      state: turn.state,
      moments: [fresh, duplicate],
      assistant: finalOf(assistantId, state1, turn, 'ok. it was fine.'),
    });
    await expect(attempt).rejects.toThrow(/ConstraintError/);

    expect(await repo.getRelationship(relationship.id)).toEqual(committed.relationship);
    expect(await db.moments.get([relationship.id, 'fresh-moment'])).toBeUndefined();
    expect(await db.messages.get(assistantId)).toMatchObject({ status: 'streaming', text: '' });
  });

  it('a full disk on the last write of a turn leaves no half-written turn: no state, moment or fact of it is kept', async () => {
    const { repo, db } = open();
    const { relationship, committed } = await withOneTurn(repo);
    const state1 = committed.relationship.state;
    const text = 'my sister mia is visiting this weekend';
    const user = await repo.appendUserMessage({ relationshipId: relationship.id, text, at: T0 + 9000 });
    const assistantId = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 + 9000 });
    const turn = realTurn(state1, text, T0 + 9000);
    const memoriesBefore = await db.memories.count();
    const momentsBefore = await db.moments.count();
    // The reply is the last write of the transaction; the disk fills up there.
    const put = vi.spyOn(db.messages, 'put').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error: unknown = await repo
      .commitTurn({
        relationshipId: relationship.id,
        expectedRevision: 1,
        state: turn.state,
        moments: [{ id: 'sister-moment', personaId: persona.id, at: T0 + 9000, kind: 'disclosure', quote: text, importance: 0.5, terms: ['sister'] }],
        memories: [{ kind: 'fact', category: 'person', text: 'has a sister called Mia', quote: text, at: T0 + 9000, importance: 0.7, sourceMessageId: user.id }],
        assistant: finalOf(assistantId, state1, turn, 'oh nice. how long is she staying?'),
      })
      .catch((caught: unknown) => caught);
    put.mockRestore();

    expect(classifyStorageError(error).kind).toBe('quota');
    expect(await repo.getRelationship(relationship.id)).toEqual(committed.relationship);
    expect(await db.memories.count()).toBe(memoriesBefore);
    expect(await db.moments.count()).toBe(momentsBefore);
    expect(await db.messages.get(assistantId)).toMatchObject({ status: 'streaming', text: '' });
    // With space again, the same turn commits whole, facts included.
    const retried = await repo.commitTurn({
      relationshipId: relationship.id,
      expectedRevision: 1,
      state: turn.state,
      moments: [],
      memories: [{ kind: 'fact', category: 'person', text: 'has a sister called Mia', quote: text, at: T0 + 9000, importance: 0.7, sourceMessageId: user.id }],
      assistant: finalOf(assistantId, state1, turn, 'oh nice. how long is she staying?'),
    });
    expect(retried.memories.map((memory) => memory.text)).toEqual(['has a sister called Mia']);
    expect((await repo.listMemories(relationship.id)).records.map((memory) => memory.text)).toContain('has a sister called Mia');
  });

  it('two tabs committing from the same revision: the second gets ConcurrentUpdateError, then reloads and retries', async () => {
    const name = uniqueName('tabs');
    const tabA = open(name);
    const tabB = open(name);
    const before = freshState();
    const relationship = await tabA.repo.createRelationship({ personaId: persona.id, state: before, at: T0 });
    const seenByB = await tabB.repo.getRelationship(relationship.id);
    expect(seenByB?.revision).toBe(0);

    async function turnIn(tab: CompanionRepository, state: typeof before, revision: number, text: string, at: number) {
      const user = await tab.appendUserMessage({ relationshipId: relationship.id, text, at });
      const assistantId = await tab.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at });
      const turn = realTurn(state, text, at);
      return tab.commitTurn({ relationshipId: relationship.id, expectedRevision: revision, state: turn.state, moments: turn.moments, assistant: finalOf(assistantId, state, turn) });
    }

    const a = await turnIn(tabA.repo, before, 0, 'how was your day?', T0 + 1000);
    expect(a.relationship.revision).toBe(1);
    const lost = turnIn(tabB.repo, before, 0, 'you owe me attention', T0 + 1500);
    await expect(lost).rejects.toBeInstanceOf(ConcurrentUpdateError);
    await expect(lost).rejects.toMatchObject({ expectedRevision: 0, actualRevision: 1 });
    expect(classifyStorageError(await lost.catch((error: unknown) => error)).kind).toBe('conflict');

    // Tab A's update is intact; tab B reloads and its retry builds on it.
    const reloaded = await tabB.repo.getRelationship(relationship.id);
    expect(reloaded).toEqual(a.relationship);
    const b = await turnIn(tabB.repo, reloaded?.state ?? before, reloaded?.revision ?? -1, 'you owe me attention', T0 + 2000);
    expect(b.relationship.revision).toBe(2);
    expect(b.relationship.state.turns).toBe(a.relationship.state.turns + 1);
  });

  it('a reply cannot be committed twice', async () => {
    const { repo } = open();
    const { relationship, assistantId, turn, before } = await withOneTurn(repo);
    const again = repo.commitTurn({ relationshipId: relationship.id, expectedRevision: 1, state: turn.state, moments: [], assistant: finalOf(assistantId, before, turn) });
    await expect(again).rejects.toThrow(/already complete/);
    expect((await repo.getRelationship(relationship.id))?.revision).toBe(1);
  });
});

describe('streaming and interruption', () => {
  it('markInterruptedOnStartup keeps the partial text; a late streaming write never overwrites a final reply', async () => {
    const name = uniqueName('reload');
    const first = open(name);
    const { relationship, assistantId: done } = await withOneTurn(first.repo);
    const user = await first.repo.appendUserMessage({ relationshipId: relationship.id, text: 'tell me about your week', at: T0 + 5000 });
    const streaming = await first.repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 + 5000 });
    expect(await first.repo.updateStreamingText(streaming, 'ok so monday was')).toBe(true);
    expect(await first.repo.updateStreamingText(streaming, 'ok so monday was chaos, the')).toBe(true);
    first.db.close(); // the tab is reloaded mid-reply

    const second = open(name);
    expect(await second.repo.markInterruptedOnStartup()).toBe(1);
    const page = await second.repo.pageMessages(relationship.id, { limit: 10 });
    const cut = page.records.find((m) => m.id === streaming);
    expect(cut).toMatchObject({ role: 'assistant', status: 'interrupted', text: 'ok so monday was chaos, the' });
    expect(page.records.find((m) => m.id === done)).toMatchObject({ status: 'complete', text: 'hm. okay.' });
    expect(page.records.find((m) => m.id === user.id)).toMatchObject({ role: 'user', text: 'tell me about your week' });
    expect(await second.repo.markInterruptedOnStartup()).toBe(0);

    expect(await second.repo.updateStreamingText(done, 'overwritten?')).toBe(false);
    expect((await second.db.messages.get(done))?.text).toBe('hm. okay.');
    await expect(second.repo.updateStreamingText(user.id, 'x')).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('a failed reply keeps its text and says why', async () => {
    const { repo } = open();
    const relationship = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 });
    const user = await repo.appendUserMessage({ relationshipId: relationship.id, text: 'hey', at: T0 });
    const id = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 });
    const failed = await repo.failAssistantMessage(id, 'hey wh', 'The GPU was lost.');
    expect(failed).toMatchObject({ status: 'failed', text: 'hey wh', failure: 'The GPU was lost.' });
    await expect(repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: id, at: T0 })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('paging', () => {
  it('pages 5,000 messages newest first with `before`, never skipping messages that share a millisecond', async () => {
    const { repo, db } = open();
    const relationship = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 });
    const other = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 });
    // 2,500 turns; each user message and its reply share one `at`, as a fast clock would give them.
    const rows: NewMessage[] = [];
    for (let turn = 0; turn < 2500; turn += 1) {
      const at = T0 + turn * 1000;
      rows.push({ relationshipId: relationship.id, at, role: 'user', text: `u${turn}` });
      rows.push({ relationshipId: relationship.id, at, role: 'assistant', text: `a${turn}`, status: 'interrupted', decision: null, appraisalLabels: [], stateBefore: null, stateAfter: null, regenerated: false, violations: [], modelId: null, replyTo: 1 });
    }
    await db.messages.bulkAdd(rows);
    await db.messages.add({ relationshipId: other.id, at: T0 + 10, role: 'user', text: 'not mine' });
    expect(await repo.countMessages(relationship.id)).toBe(5000);
    expect(await repo.countMessages(other.id)).toBe(1);

    const seen: MessageRecord[] = [];
    let before: number | undefined;
    let pages = 0;
    for (;;) {
      // An odd limit puts page boundaries between a user message and its reply.
      const page = await repo.pageMessages(relationship.id, { limit: 49, ...(before !== undefined ? { before } : {}) });
      expect(page.corrupt).toEqual([]);
      seen.push(...page.records);
      pages += 1;
      if (page.nextBefore === null) break;
      before = page.nextBefore;
    }
    expect(pages).toBeGreaterThan(90);
    expect(seen).toHaveLength(5000);
    expect(new Set(seen.map((m) => m.id)).size).toBe(5000);
    expect(seen.every((m) => m.relationshipId === relationship.id)).toBe(true);
    // Newest first: later `at` first, and within one `at` the reply (added later) before the question.
    for (let i = 1; i < seen.length; i += 1) {
      const newer = seen[i - 1] as MessageRecord;
      const older = seen[i] as MessageRecord;
      expect(newer.at > older.at || (newer.at === older.at && newer.id > older.id)).toBe(true);
    }
    expect(seen[0]).toMatchObject({ role: 'assistant', text: 'a2499' });
    expect(seen.at(-1)).toMatchObject({ role: 'user', text: 'u0' });
  });
});

describe('deletion', () => {
  it('deleteMemory and deleteMoment delete for real', async () => {
    const { repo, db } = open();
    const { relationship } = await withOneTurn(repo);
    const [memory] = await repo.addMemories(relationship.id, [{ kind: 'fact', category: 'place', text: 'lives in Leeds', quote: 'im in leeds', at: T0, importance: 0.5, sourceMessageId: null }]);
    const moment = (await repo.listMoments(relationship.id)).records[0];
    expect(memory).toBeDefined();
    expect(moment).toBeDefined();

    expect(await repo.deleteMemory(memory?.id ?? '')).toBe(true);
    expect(await repo.deleteMoment(relationship.id, moment?.id ?? '')).toBe(true);
    expect(await db.memories.get(memory?.id ?? '')).toBeUndefined();
    expect(await db.moments.get([relationship.id, moment?.id ?? ''])).toBeUndefined();
    expect((await repo.listMemories(relationship.id)).records).toEqual([]);
    expect((await repo.listMoments(relationship.id)).records.map((m) => m.id)).not.toContain(moment?.id);
    expect(await repo.deleteMemory('never-existed')).toBe(false);
  });

  it('moments are keyed per relationship: the same core moment id in two relationships is two rows', async () => {
    const { repo } = open();
    const mine = await withOneTurn(repo);
    const theirs = await withOneTurn(repo); // same persona, same clock: the core gives the same moment ids
    const [first] = mine.turn.moments;
    expect(first?.id).toBe(theirs.turn.moments[0]?.id);
    expect(await repo.deleteMoment(mine.relationship.id, first?.id ?? '')).toBe(true);
    expect((await repo.listMoments(mine.relationship.id)).records.map((m) => m.id)).not.toContain(first?.id);
    expect((await repo.listMoments(theirs.relationship.id)).records.map((m) => m.id)).toContain(first?.id);
  });

  it('resetRelationship removes its rows from every table, and only its rows', async () => {
    const { repo, db } = open();
    const mine = await withOneTurn(repo);
    const theirs = await withOneTurn(repo, 'how was your day?');
    const id = mine.relationship.id;
    await repo.addMemories(id, [{ kind: 'fact', category: 'person', text: 'has a sister, Mia', quote: 'my sister mia', at: T0, importance: 0.7, sourceMessageId: mine.user.id }]);
    // A damaged row (no `at`, so missing from the index) must go too.
    await db.messages.add({ relationshipId: id, role: 'user', text: 'damaged' } as unknown as NewMessage);
    const counted = await repo.countRelationshipRows(id);
    expect(counted).toEqual({ relationship: 1, messages: 3, moments: mine.turn.moments.length, memories: 1 });
    const theirsBefore = await repo.countRelationshipRows(theirs.relationship.id);

    const deleted = await repo.resetRelationship(id);
    expect(deleted).toEqual(counted);

    // Re-query every table, by index and by full scan.
    expect(await repo.getRelationship(id)).toBeNull();
    expect(await repo.countMessages(id)).toBe(0);
    expect((await repo.listMoments(id)).records).toEqual([]);
    expect((await repo.listMemories(id)).records).toEqual([]);
    for (const table of [db.messages, db.moments, db.memories] as const) {
      const rows: unknown[] = await table.toArray();
      expect(rows.filter((row) => (row as { relationshipId?: unknown }).relationshipId === id)).toEqual([]);
    }
    expect(await repo.countRelationshipRows(id)).toEqual({ relationship: 0, messages: 0, moments: 0, memories: 0 });
    expect(await repo.countRelationshipRows(theirs.relationship.id)).toEqual(theirsBefore);
  });

  it('wipeEverything empties every table', async () => {
    const { repo, db } = open();
    await withOneTurn(repo);
    await repo.saveSettings({ theme: 'dark' });
    await repo.putPersonas([{ persona, builtIn: true, importedAt: T0 }]);
    await repo.wipeEverything();
    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect((await repo.getSettings()).theme).toBe('system');
  });
});

describe('corrupt rows', () => {
  it('a corrupt row is reported with a clear error and the rest of the list still loads', async () => {
    const { repo, db } = open();
    const { relationship } = await withOneTurn(repo);
    // Written raw, bypassing validation, as an old build or a bad import might have.
    const badId = await db.messages.add({ relationshipId: relationship.id, at: T0 + 1500, role: 'assistant', text: 'x', status: 'thinking' } as unknown as NewMessage);
    await db.moments.put({ id: 'bad-moment', relationshipId: relationship.id, at: T0 + 1500, kind: 'pressure', quote: 'q', importance: 'high', terms: [], personaId: persona.id } as never);

    const page = await repo.pageMessages(relationship.id, { limit: 10 });
    expect(page.records.map((m) => m.role)).toEqual(['assistant', 'user']);
    expect(page.corrupt).toHaveLength(1);
    const error = page.corrupt[0];
    expect(error).toBeInstanceOf(CorruptRecordError);
    expect(error).toMatchObject({ table: 'messages', key: badId });
    expect(error?.message).toMatch(/^messages: stored row \d+ is not readable: /);
    expect(error?.issues.some((issue) => issue.startsWith('status'))).toBe(true);
    expect(classifyStorageError(error).kind).toBe('invalid');

    const moments = await repo.listMoments(relationship.id);
    expect(moments.records.length).toBeGreaterThan(0);
    expect(moments.corrupt.map((e) => [e.key, e.issues])).toEqual([['bad-moment', [expect.stringMatching(/^importance: /)]]]);
  });

  it('a single corrupt relationship throws CorruptRecordError on get, and is listed apart from the good ones', async () => {
    const { repo, db } = open();
    const good = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 });
    await db.relationships.put({ ...good, id: 'broken', revision: -1 });
    await expect(repo.getRelationship('broken')).rejects.toThrow(/relationships: stored row "broken" is not readable: revision/);
    const listed = await repo.listRelationships();
    expect(listed.records.map((r) => r.id)).toEqual([good.id]);
    expect(listed.corrupt.map((e) => e.key)).toEqual(['broken']);
    // A turn against a corrupt relationship fails cleanly instead of overwriting it.
    await expect(repo.noteBreakReminder('broken', T0)).rejects.toBeInstanceOf(CorruptRecordError);
  });
});

describe('break reminders and persistent storage', () => {
  it('noteBreakReminder writes the time and bumps the revision', async () => {
    const { repo } = open();
    const created = await repo.createRelationship({ personaId: persona.id, state: freshState(), at: T0 });
    const noted = await repo.noteBreakReminder(created.id, T0 + 3 * 3600_000);
    expect(noted).toMatchObject({ lastBreakReminderAt: T0 + 3 * 3600_000, revision: 1 });
    expect(await repo.getRelationship(created.id)).toEqual(noted);
  });

  it('requestPersistentStorage reports what the browser said', async () => {
    const { db } = open();
    const ask = (storage: PersistentStorageApi | null) => new CompanionRepository(db, { storage }).requestPersistentStorage();
    expect(await ask(null)).toBe('unknown');
    expect(await ask({})).toBe('unknown');
    expect(await ask({ persist: async () => true })).toBe('granted');
    expect(await ask({ persist: async () => false, persisted: async () => false })).toBe('denied');
    expect(await ask({ persist: async () => false, persisted: async () => true })).toBe('granted');
    expect(await ask({ persist: () => Promise.reject(new Error('insecure context')) })).toBe('unknown');
  });
});
