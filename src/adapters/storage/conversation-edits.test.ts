import { afterEach, describe, expect, it } from 'vitest';
import { ConversationEdits } from './conversation-edits.ts';
import type { CompanionDb } from './db.ts';
import { ConcurrentUpdateError, InvalidRecordError } from './errors.ts';
import { MAX_ALTERNATIVES } from './records/index.ts';
import { CompanionRepository } from './repository.ts';
import { T0, fakeDb, finalOf, freshState, persona, realTurn, uniqueName } from './test-fixtures.ts';
import type { RelationshipState } from '../../core/state/state.ts';

const opened: CompanionDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open() {
  const name = uniqueName('edits');
  const db = fakeDb(name);
  opened.push(db);
  let id = 0;
  const repo = new CompanionRepository(db, { now: () => T0 + 60_000, newId: () => `${name}-${(id += 1)}`, storage: null });
  return { db, repo, edits: new ConversationEdits(db, { now: () => T0 + 90_000 }) };
}

/** One committed turn, with a fact drawn from the user's message; `before` is the state it started from. */
async function turn(repo: CompanionRepository, relationshipId: string, before: RelationshipState, revision: number, text: string, at: number) {
  const user = await repo.appendUserMessage({ relationshipId, text, at });
  const assistantId = await repo.beginAssistantMessage({ relationshipId, replyTo: user.id, at });
  const result = realTurn(before, text, at);
  const committed = await repo.commitTurn({
    relationshipId,
    expectedRevision: revision,
    state: result.state,
    moments: result.moments,
    memories: [{ kind: 'fact', category: 'work', text: `said: ${text.slice(0, 40)}`, quote: text.slice(0, 200), at, importance: 0.5, sourceMessageId: user.id }],
    assistant: finalOf(assistantId, before, result, 'first version'),
    at: at + 500,
  });
  return { user, assistantId, result, committed };
}

async function conversation() {
  const context = open();
  const start = freshState();
  const relationship = await context.repo.createRelationship({ personaId: persona.id, state: start, at: T0 });
  const first = await turn(context.repo, relationship.id, start, 0, 'i work as a nurse on nights', T0 + 1000);
  const second = await turn(context.repo, relationship.id, first.result.state, first.committed.relationship.revision, "i'm 15 and my exams are next week lol", T0 + 5000);
  return { ...context, relationship, first, second };
}

describe('another version of a reply', () => {
  it('keeps the first version, shows the new one, and can go back; the relationship is not touched', async () => {
    const { repo, edits, relationship, second } = await conversation();
    const revision = (await repo.getRelationship(relationship.id))?.revision;
    const added = await edits.addAlternative(second.assistantId, 'second version');
    expect(added).toMatchObject({ text: 'second version', alternatives: ['first version', 'second version'], chosen: 1 });
    const back = await edits.chooseAlternative(second.assistantId, 0);
    expect(back).toMatchObject({ text: 'first version', chosen: 0 });
    expect((await repo.getRelationship(relationship.id))?.revision).toBe(revision);
    await expect(edits.chooseAlternative(second.assistantId, 5)).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it(`keeps at most ${MAX_ALTERNATIVES} versions and refuses a reply that is not finished`, async () => {
    const { repo, edits, relationship, second } = await conversation();
    for (let index = 1; index < MAX_ALTERNATIVES; index += 1) await edits.addAlternative(second.assistantId, `version ${index + 1}`);
    await expect(edits.addAlternative(second.assistantId, 'one too many')).rejects.toThrow(/at most/);
    const user = await repo.appendUserMessage({ relationshipId: relationship.id, text: 'hello?', at: T0 + 9000 });
    const open = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at: T0 + 9000 });
    await expect(edits.addAlternative(open, 'x')).rejects.toThrow(/finished reply/);
  });
});

describe('editing the last message', () => {
  it('rewinds to the state before it, deletes its reply, fact and moments, and keeps a minor a minor', async () => {
    const { repo, edits, relationship, first, second } = await conversation();
    const current = await repo.getRelationship(relationship.id);
    expect(current?.state.user.minor).toBe(true);
    expect(current?.beforeLastTurn?.messageId).toBe(second.user.id);
    const report = await edits.editLastUserMessage({ relationshipId: relationship.id, messageId: second.user.id, text: 'my exams are next week', expectedRevision: current?.revision ?? -1 });
    expect(report.facts).toBe(1);
    expect(report.relationship.state.turns).toBe(first.result.state.turns);
    // The edit cannot take back what the first version said about age: a minor read stays.
    expect(report.relationship.state.user.minor).toBe(true);
    expect(report.relationship.beforeLastTurn).toBeNull();
    const page = await repo.pageMessages(relationship.id, { limit: 10 });
    expect(page.records.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(page.records[0]).toMatchObject({ text: 'my exams are next week', editedAt: T0 + 90_000 });
    expect((await repo.listMemories(relationship.id)).records).toHaveLength(1);
    expect((await repo.listMoments(relationship.id)).records.every((moment) => moment.at !== T0 + 5000)).toBe(true);
  });

  it('refuses an earlier message, a stale revision, and a turn whose state before was not kept', async () => {
    const { repo, edits, relationship, first, second } = await conversation();
    const current = await repo.getRelationship(relationship.id);
    const revision = current?.revision ?? -1;
    await expect(edits.editLastUserMessage({ relationshipId: relationship.id, messageId: first.user.id, text: 'x', expectedRevision: revision })).rejects.toThrow(/only your last message/);
    await expect(edits.editLastUserMessage({ relationshipId: relationship.id, messageId: second.user.id, text: 'x', expectedRevision: revision - 1 })).rejects.toBeInstanceOf(ConcurrentUpdateError);
    // Deleting the reply forgets the state before: the message can no longer be answered again from it.
    await edits.deleteMessage(relationship.id, second.assistantId);
    const after = await repo.getRelationship(relationship.id);
    expect(after?.beforeLastTurn).toBeNull();
    // Unanswered now, it can be edited without a rewind.
    const report = await edits.editLastUserMessage({ relationshipId: relationship.id, messageId: second.user.id, text: 'x', expectedRevision: after?.revision ?? -1 });
    expect(report.relationship.state.turns).toBe(after?.state.turns);
  });
});

describe('deleting a message', () => {
  it("a message of the user's goes with its reply, its fact and its moments; the state is not rewound", async () => {
    const { repo, edits, relationship, first } = await conversation();
    const before = await repo.getRelationship(relationship.id);
    const report = await edits.deleteMessage(relationship.id, first.user.id);
    expect(report).toMatchObject({ messages: 2, facts: 1 });
    const after = await repo.getRelationship(relationship.id);
    expect(after?.state).toEqual(before?.state);
    expect(after?.revision).toBe((before?.revision ?? 0) + 1);
    expect((await repo.pageMessages(relationship.id, { limit: 10 })).records).toHaveLength(2);
  });
});

describe('facts', () => {
  it('a corrected fact keeps the quote and says when; a pin is kept; an empty text is refused', async () => {
    const { repo, edits, relationship } = await conversation();
    const [fact] = (await repo.listMemories(relationship.id)).records;
    if (!fact) throw new Error('no fact');
    const edited = await edits.updateMemory(fact.id, { text: 'works nights as a nurse', pinned: true });
    expect(edited).toMatchObject({ text: 'works nights as a nurse', quote: fact.quote, pinned: true, editedAt: T0 + 90_000 });
    await expect(edits.updateMemory(fact.id, { text: '   ' })).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await repo.listMemories(relationship.id)).records.find((memory) => memory.id === fact.id)).toMatchObject({ text: 'works nights as a nurse', pinned: true });
  });
});

describe('the timeline', () => {
  it('lists every finished turn with its numbers and the words that moved them', async () => {
    const { edits, relationship } = await conversation();
    const timeline = await edits.timeline(relationship.id);
    expect(timeline.map((entry) => entry.quote)).toEqual(['i work as a nurse on nights', "i'm 15 and my exams are next week lol"]);
    expect(timeline[0]?.before.trust).toEqual(expect.any(Number));
  });
});

describe('forgetting reaches every version of a reply and the state kept for an edit', () => {
  it('a forget scrubs the alternatives and the state before the last turn, and every row stays valid', async () => {
    const { db, repo, edits, relationship, second } = await conversation();
    await edits.addAlternative(second.assistantId, 'so your exams, and the nurse job');
    await edits.chooseAlternative(second.assistantId, 0);
    const { forgetTopic } = await import('./forget-topic.ts');
    await forgetTopic(db, relationship.id, ['nurse']);
    const page = await repo.pageMessages(relationship.id, { limit: 10 });
    expect(page.corrupt).toEqual([]);
    const reply = page.records.find((message) => message.id === second.assistantId);
    expect(JSON.stringify(reply)).not.toMatch(/nurse/);
    expect(reply).toMatchObject({ chosen: 0, text: 'first version' });
    const stored = await repo.getRelationship(relationship.id);
    expect(JSON.stringify(stored?.beforeLastTurn)).not.toMatch(/nurse/);
  });
});

describe('what an edit cannot take back', () => {
  it('a crisis read in the first version is still known after the edit', async () => {
    const context = open();
    const start = freshState();
    const relationship = await context.repo.createRelationship({ personaId: persona.id, state: start, at: T0 });
    const crisis = await turn(context.repo, relationship.id, start, 0, "i want to kill myself tonight, i've written the letters", T0 + 1000);
    expect(crisis.result.state.crisisAt).not.toBeNull();
    const report = await context.edits.editLastUserMessage({ relationshipId: relationship.id, messageId: crisis.user.id, text: 'never mind', expectedRevision: crisis.committed.relationship.revision });
    expect(report.relationship.state.turns).toBe(0);
    expect(report.relationship.state.crisisAt).toBe(crisis.result.state.crisisAt);
  });
});
