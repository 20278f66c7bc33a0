import type { HistoryMessage } from '../../core/compose/compose.ts';
import { Decision } from '../../core/decide/decision.ts';
import { Violation } from '../../core/guard/verdict.ts';
import { Safety } from '../../core/vocabulary.ts';
import type { Persona } from '../../core/persona.ts';
import type { Moment } from '../../core/recall/moment.ts';
import type { ChatItem, CompanionStore, ImportPreview, MemoryItem, RelationshipView } from '../../app/ports.ts';
import type { CorruptRecordError } from './errors.ts';
import { openCompanionDb, type CompanionDb } from './db.ts';
import { forgetTopic } from './forget-topic.ts';
import { FactCategory, MAX_EPOCH_MS, type MessageRecord, type RelationshipRecord, type StoredDecision } from './records/index.ts';
import { CompanionRepository } from './repository.ts';
import { countsOf, exportEverything, importEverything, parseExport, storedCounts, type ExportDocument } from './transfer.ts';

/**
 * The app's one door to storage: the app's storage port on top of the Dexie
 * repository: ids as strings on the app side, the turn runner's commit shape,
 * and the model history rebuilt from stored messages. Rows that cannot be read
 * are handed to the app as such (shown, never dropped).
 */
export interface DexieStoreOptions {
  readonly name?: string;
  /** The personas the app can open: an import naming any other is refused. */
  readonly personas: readonly Persona[];
  /** Another tab upgraded or deleted the database: this page must reload. */
  readonly onVersionChange?: () => void;
  /** Opening waits on another tab holding an older version open; called again with false once it opens. */
  readonly onBlocked?: (blocked: boolean) => void;
}

export function createDexieStore(options: DexieStoreOptions): CompanionStore {
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
  return bindRepository(repo, db, options.personas);
}

export function bindRepository(repo: () => Promise<CompanionRepository>, db: () => Promise<CompanionDb>, personas: readonly Persona[]): CompanionStore {
  /** The last file checked for import, so confirming it does not read it twice. */
  let checkedImport: { readonly text: string; readonly document: ExportDocument } | null = null;
  const readImport = (text: string): ExportDocument => {
    if (checkedImport?.text === text) return checkedImport.document;
    const document = parseExport(text, { personas });
    checkedImport = { text, document };
    return document;
  };
  return {
    async listMemoryItems(relationshipId) {
      const repository = await repo();
      const memories = await repository.listMemories(relationshipId);
      const moments = await repository.listMoments(relationshipId);
      const facts = memories.records.map((memory): MemoryItem => ({ key: memory.id, source: 'fact', label: memory.category, text: memory.text, at: memory.at, importance: memory.importance }));
      const recalled = moments.records.map((moment): MemoryItem => ({ key: moment.id, source: 'moment', label: moment.kind, text: moment.quote, at: moment.at, importance: moment.importance }));
      const unreadable = [...memories.corrupt, ...moments.corrupt].map((error): MemoryItem => ({ key: `${error.table}:${String(error.key)}`, source: 'unreadable', label: 'unreadable', text: unreadableText(error), at: safeAt(error.row), importance: 0 }));
      return [...facts, ...recalled, ...unreadable].sort((a, b) => b.at - a.at);
    },
    async deleteMemoryItem(relationshipId, item) {
      const repository = await repo();
      if (item.source === 'fact') await repository.deleteMemory(item.key);
      else if (item.source === 'moment') await repository.deleteMoment(relationshipId, item.key);
      else throw new Error('A row that could not be read is kept as it is; export it, or start over to delete it.');
    },
    async forgetTopic(relationshipId, terms) {
      return forgetTopic(await db(), relationshipId, terms);
    },
    async exportAll(at) {
      return JSON.stringify(await exportEverything(await db(), at), null, 1);
    },
    async previewImport(text): Promise<ImportPreview> {
      const document = readImport(text);
      return { version: document.version, incoming: countsOf(document), replaced: await storedCounts(await db()), unreadable: document.unreadable?.length ?? 0 };
    },
    async importAll(text, onProgress) {
      const document = readImport(text);
      checkedImport = null;
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
          stateBefore: { ...reply.stateBefore },
          stateAfter: { ...reply.stateAfter },
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
    async userMessageText(messageId) {
      return (await repo()).userMessageText(Number(messageId));
    },
    async markInterruptedOnStartup() {
      const repository = await repo();
      await repository.resolveStaleFailures();
      return repository.markInterruptedOnStartup();
    },
    async resolveStaleFailures() {
      return (await repo()).resolveStaleFailures();
    },
    async getSettings() {
      const settings = await (await repo()).getSettings();
      return { modelId: settings.modelId, persistentStorage: settings.persistentStorage, speech: settings.speech };
    },
    async resetSettings() {
      await (await repo()).resetSettings();
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
      // A row that cannot be read is shown where it was, never dropped.
      const unreadable = page.corrupt.map(unreadableItem);
      return [...page.records.map(chatItemOf), ...unreadable].sort((a, b) => b.at - a.at);
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
    async listPersonas() {
      const listing = await (await repo()).listPersonas();
      const bundled = new Set(personas.map((persona) => persona.id));
      return {
        // Bundled personas come with the code; a stored row of the same id (an older release's seed) is not hers to replace.
        personas: listing.records
          .filter((record) => !record.builtIn && !bundled.has(record.id))
          .map((record) => ({ persona: record.persona, avatar: record.avatar, greeting: record.greeting, importedAt: record.importedAt }))
          .sort((a, b) => a.importedAt - b.importedAt),
        unreadable: listing.corrupt.map((error) => `${String(error.key)}: ${error.issues.join('; ')}`),
      };
    },
    async savePersona(entry) {
      if (personas.some((persona) => persona.id === entry.persona.id)) throw new Error(`${entry.persona.name} comes with the app and cannot be changed: duplicate her to edit.`);
      await (await repo()).putPersona({ persona: entry.persona, builtIn: false, importedAt: entry.importedAt, avatar: entry.avatar, greeting: entry.greeting });
    },
    async listRelationships() {
      return (await (await repo()).listRelationships()).records.map(viewOf);
    },
    async touchRelationship(relationshipId, at) {
      await (await repo()).touchRelationship(relationshipId, at);
    },
    async deleteCompanion(personaId, options) {
      return (await repo()).deleteCompanion(personaId, options);
    },
  };
}

function viewOf(record: RelationshipRecord): RelationshipView {
  return { id: record.id, personaId: record.personaId, revision: record.revision, state: record.state, lastBreakReminderAt: record.lastBreakReminderAt };
}

/** A stored row's `at`, when it is one the page can show; 0 otherwise. */
function safeAt(row: unknown): number {
  const at = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)['at'] : undefined;
  return typeof at === 'number' && Number.isInteger(at) && at >= 0 && at <= MAX_EPOCH_MS ? at : 0;
}

function unreadableText(error: CorruptRecordError): string {
  return `This could not be read by this version of the app (${error.issues.join('; ')}). It is kept as it is and included in exports.`;
}

function unreadableItem(error: CorruptRecordError): ChatItem {
  return { id: `unreadable-${String(error.key)}`, role: 'unreadable', at: safeAt(error.row), text: unreadableText(error) };
}

export function chatItemOf(record: MessageRecord): ChatItem {
  if (record.role === 'user') return { id: String(record.id), role: 'user', at: record.at, text: record.text };
  return {
    id: String(record.id),
    role: 'assistant',
    at: record.at,
    text: record.text,
    status: record.status,
    ...decisionOf(record.decision),
    ...safetyOf(record.decision),
    appraisalLabels: record.appraisalLabels,
    ...(record.stateBefore ? { stateBefore: record.stateBefore } : {}),
    ...(record.stateAfter ? { stateAfter: record.stateAfter } : {}),
    regenerated: record.regenerated,
    violations: record.violations.flatMap((violation) => {
      const parsed = Violation.safeParse({ rule: violation.rule, excerpt: violation.excerpt });
      return parsed.success ? [parsed.data] : [];
    }),
    ...(record.usage ? { usage: record.usage } : {}),
    ...(record.failure !== undefined ? { failure: record.failure } : {}),
  };
}

function safetyOf(stored: StoredDecision | null): { safety?: Safety } {
  const parsed = Safety.safeParse(stored?.safety);
  return parsed.success ? { safety: parsed.data } : {};
}

/**
 * The stored decision as the inspector reads it. Stored decisions are kept
 * loosely (records/message.ts); one this core no longer reads (written by an
 * older or newer core) is kept in storage but not shown in the inspector.
 */
function decisionOf(stored: StoredDecision | null): { decision?: Decision } {
  if (stored === null) return {};
  const parsed = Decision.safeParse(stored);
  return parsed.success ? { decision: parsed.data } : {};
}
