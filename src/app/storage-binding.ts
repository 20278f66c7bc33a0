import type { HistoryMessage } from '../core/compose/compose.ts';
import type { Moment } from '../core/recall/moment.ts';
import { openCompanionDb, type CompanionDb } from '../adapters/storage/db.ts';
import type { MessageRecord, RelationshipRecord } from '../adapters/storage/records.ts';
import { CompanionRepository } from '../adapters/storage/repository.ts';
import { forgetTopic } from '../adapters/storage/forget-topic.ts';
import { FactCategory } from '../adapters/storage/records.ts';
import { exportEverything, importEverything, parseExport } from '../adapters/storage/transfer.ts';
import type { ChatItem, CompanionStore, MemoryItem, RelationshipView } from './ports.ts';

/**
 * The app's storage port on top of the Dexie repository: ids as strings on the
 * app side, the turn runner's commit shape, and the model history rebuilt from
 * stored messages.
 */
export interface DexieStoreOptions {
  readonly name?: string;
  /** Another tab upgraded or deleted the database: this page must reload. */
  readonly onVersionChange?: () => void;
  /** Opening waits on another tab holding an older version open; called again with false once it opens. */
  readonly onBlocked?: (blocked: boolean) => void;
}

export function createDexieStore(options: DexieStoreOptions = {}): CompanionStore {
  let database: Promise<CompanionDb> | undefined;
  const db = (): Promise<CompanionDb> => {
    if (database) return database;
    let blocked = false;
    database = openCompanionDb(options.name ?? 'companion', {
      ...(options.onVersionChange ? { onVersionChange: options.onVersionChange } : {}),
      onBlocked: () => {
        blocked = true;
        options.onBlocked?.(true);
      },
    });
    // Once the other tab lets go, the open completes and the notice can go.
    database.then(
      () => blocked && options.onBlocked?.(false),
      () => undefined,
    );
    return database;
  };
  let repository: Promise<CompanionRepository> | undefined;
  const repo = (): Promise<CompanionRepository> => {
    repository ??= db().then((opened) => new CompanionRepository(opened));
    return repository;
  };
  return bindRepository(repo, db);
}

export function bindRepository(repo: () => Promise<CompanionRepository>, db: () => Promise<CompanionDb>): CompanionStore {
  return {
    async listMemoryItems(relationshipId) {
      const repository = await repo();
      const facts = (await repository.listMemories(relationshipId)).records.map((memory): MemoryItem => ({ key: memory.id, source: 'fact', label: memory.category, text: memory.text, at: memory.at, importance: memory.importance }));
      const moments = (await repository.listMoments(relationshipId)).records.map((moment): MemoryItem => ({ key: moment.id, source: 'moment', label: moment.kind, text: moment.quote, at: moment.at, importance: moment.importance }));
      return [...facts, ...moments].sort((a, b) => b.at - a.at);
    },
    async deleteMemoryItem(relationshipId, item) {
      const repository = await repo();
      if (item.source === 'fact') await repository.deleteMemory(item.key);
      else await repository.deleteMoment(relationshipId, item.key);
    },
    async forgetTopic(relationshipId, terms) {
      return forgetTopic(await db(), relationshipId, terms);
    },
    async exportAll(at) {
      return JSON.stringify(await exportEverything(await db(), at), null, 1);
    },
    async importAll(text, onProgress) {
      const document = parseExport(text);
      return importEverything(await db(), document, onProgress);
    },
    async appendUserMessage({ relationshipId, text, promptContent, at }) {
      const record = await (await repo()).appendUserMessage({ relationshipId, text, promptContent, at });
      return String(record.id);
    },
    async beginAssistantMessage({ relationshipId, replyTo, at }) {
      return String(await (await repo()).beginAssistantMessage({ relationshipId, replyTo: Number(replyTo), at }));
    },
    async updateStreamingText(messageId, text) {
      await (await repo()).updateStreamingText(Number(messageId), text);
    },
    async failAssistantMessage(messageId, text, reason) {
      await (await repo()).failAssistantMessage(Number(messageId), text, reason);
    },
    async commitTurn({ relationshipId, expectedRevision, state, moments, facts, assistantId, reply, modelId, at }) {
      const result = await (await repo()).commitTurn({
        relationshipId,
        expectedRevision,
        state,
        moments,
        memories: facts.drafts.map((fact) => ({
          kind: 'fact' as const,
          category: FactCategory.catch('other').parse(fact.category),
          text: fact.text.slice(0, 300),
          quote: facts.quote.slice(0, 200),
          at: facts.at,
          importance: fact.importance,
          sourceMessageId: Number(facts.sourceMessageId),
        })),
        at,
        assistant: {
          id: Number(assistantId),
          text: reply.text,
          status: reply.status === 'failed' ? 'complete' : reply.status,
          decision: reply.decision,
          appraisalLabels: reply.appraisalLabels,
          stateBefore: reply.stateBefore,
          stateAfter: reply.stateAfter,
          regenerated: reply.regenerated,
          violations: reply.violations,
          fellBack: reply.fellBack,
          ...(reply.usage ? { usage: reply.usage } : {}),
          modelId,
        },
      });
      return {
        revision: result.relationship.revision,
        facts: result.memories.map((memory) => ({ id: memory.id, category: memory.category, text: memory.text, at: memory.at, importance: memory.importance })),
      };
    },
    async markInterruptedOnStartup() {
      return (await repo()).markInterruptedOnStartup();
    },
    async getSettings() {
      const settings = await (await repo()).getSettings();
      return { modelId: settings.modelId, persistentStorage: settings.persistentStorage };
    },
    async saveSettings(patch) {
      await (await repo()).saveSettings(patch);
    },
    async latestRelationship() {
      const record = await (await repo()).latestRelationship();
      return record ? viewOf(record) : null;
    },
    async createRelationship({ personaId, state }) {
      return viewOf(await (await repo()).createRelationship({ personaId, state }));
    },
    async getRelationship(id) {
      const record = await (await repo()).getRelationship(id);
      return record ? viewOf(record) : null;
    },
    async pageMessages(relationshipId, { before, limit }) {
      const page = await (await repo()).pageMessages(relationshipId, { ...(before !== undefined ? { before } : {}), limit });
      return page.records.map(chatItemOf);
    },
    async countMessages(relationshipId) {
      return (await repo()).countMessages(relationshipId);
    },
    async listMoments(relationshipId) {
      const listing = await (await repo()).listMoments(relationshipId);
      // The core's Moment is strict: drop the storage key before handing it over.
      return listing.records.map(({ relationshipId: _owner, ...moment }): Moment => moment);
    },
    async recentHistory(relationshipId, limit) {
      const page = await (await repo()).pageMessages(relationshipId, { limit });
      const history: HistoryMessage[] = [];
      for (const record of [...page.records].reverse()) {
        if (record.role === 'user') history.push({ role: 'user', content: record.promptContent ?? record.text, plain: record.text });
        else if (record.status === 'complete' || record.status === 'stopped') history.push({ role: 'assistant', content: record.text });
      }
      // The model's history must alternate; drop a user turn whose reply failed.
      return history.filter((message, index) => message.role === 'assistant' || history[index + 1]?.role === 'assistant');
    },
    async noteBreakReminder(relationshipId, at) {
      return (await (await repo()).noteBreakReminder(relationshipId, at)).revision;
    },
    async resetRelationship(relationshipId) {
      await (await repo()).resetRelationship(relationshipId);
    },
    async wipeEverything() {
      await (await repo()).wipeEverything();
    },
    async requestPersistentStorage() {
      return (await repo()).requestPersistentStorage();
    },
  };
}

function viewOf(record: RelationshipRecord): RelationshipView {
  return { id: record.id, personaId: record.personaId, revision: record.revision, state: record.state, lastBreakReminderAt: record.lastBreakReminderAt };
}

export function chatItemOf(record: MessageRecord): ChatItem {
  if (record.role === 'user') return { id: String(record.id), role: 'user', at: record.at, text: record.text };
  return {
    id: String(record.id),
    role: 'assistant',
    at: record.at,
    text: record.text,
    status: record.status,
    ...(record.decision ? { decision: record.decision } : {}),
    appraisalLabels: record.appraisalLabels,
    ...(record.stateBefore ? { stateBefore: record.stateBefore } : {}),
    ...(record.stateAfter ? { stateAfter: record.stateAfter } : {}),
    regenerated: record.regenerated,
    violations: record.violations,
    ...(record.usage ? { usage: record.usage } : {}),
    ...(record.failure !== undefined ? { failure: record.failure } : {}),
  };
}
