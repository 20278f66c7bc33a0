import type { HistoryMessage } from '../core/compose/compose.ts';
import type { Decision } from '../core/decide/decision.ts';
import type { Persona } from '../core/persona.ts';
import { FactIndex } from '../core/recall/facts.ts';
import { readForgetRequest } from '../core/recall/forget.ts';
import { MomentIndex } from '../core/recall/recall.ts';
import { initialState } from '../core/state/state.ts';
import type { ChatEngine, EngineErrorKind, GpuInfo, LoadProgress, ModelCache } from '../adapters/engine/types.ts';
import { runTurn } from './pipeline/turn-runner.ts';
import type { ImportCounts, ImportProgress } from '../adapters/storage/transfer.ts';
import type { ChatItem, CompanionStore, ImportPreview, MemoryItem, RelationshipView } from './ports.ts';

/**
 * The app's state and actions, with Svelte runes. Components render it and
 * call its methods; everything here can be driven from a test without
 * rendering. The engine, the model cache, storage, the GPU probe and the clock
 * are injected.
 */

export type Screen = 'starting' | 'onboarding' | 'chat' | 'fatal';

export type ModelStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading'; readonly modelId: string; readonly progress: LoadProgress; readonly fromCache: boolean }
  | { readonly kind: 'ready'; readonly modelId: string }
  | { readonly kind: 'error'; readonly modelId: string; readonly errorKind: EngineErrorKind; readonly message: string };

export interface ModelChoice {
  readonly id: string;
  readonly label: string;
  readonly quantization: string;
  readonly vramMB: number;
  readonly downloadMB: number;
  readonly recommended: boolean;
}

export interface CompanionDeps {
  readonly store: CompanionStore;
  readonly engine: ChatEngine;
  readonly modelCache: ModelCache;
  readonly personas: readonly Persona[];
  readonly detectGpu: () => Promise<GpuInfo>;
  /** The models this GPU can run (async: the catalog lives with web-llm, loaded on demand). */
  readonly listModels: (gpu: GpuInfo) => Promise<readonly ModelChoice[]>;
  readonly describeError: (error: unknown) => { kind: EngineErrorKind; message: string };
  readonly now: () => number;
  /** Messages per page of history. */
  readonly pageSize?: number;
}

/** How long a minor can chat before a reminder to take a break (the law asks for at least every three hours). */
export const BREAK_REMINDER_MS = 3 * 60 * 60 * 1000;
const HISTORY_FOR_PROMPT = 40;

/** Storage's optimistic-concurrency error (another tab committed first), recognised by name across module copies. */
function isConflict(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConcurrentUpdateError';
}

/** The message was answered already (another tab, or a stale Retry): it is never answered twice. */
function isAlreadyAnswered(error: unknown): boolean {
  return error instanceof Error && error.name === 'AlreadyAnsweredError';
}

/** Storage's "this stored row cannot be read" error, with the table and key it names. */
function unreadableRelationship(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'CorruptRecordError') return null;
  const { table, key } = error as Error & { table?: unknown; key?: unknown };
  return table === 'relationships' && typeof key === 'string' ? key : null;
}

const CONTEXT_NOT_CLEARED = "The model's short-term memory of this conversation could not be cleared: reload the page so it does not keep the old words.";

export class Companion {
  screen = $state<Screen>('starting');
  fatalMessage = $state('');
  gpu = $state<GpuInfo | null>(null);
  models = $state<readonly ModelChoice[]>([]);
  cached = $state<Record<string, boolean>>({});
  model = $state<ModelStatus>({ kind: 'none' });
  relationship = $state<RelationshipView | null>(null);
  messages = $state<ChatItem[]>([]);
  hasEarlier = $state(false);
  /** The reply being written: its visible (guard-approved) text and its decision. */
  streaming = $state<{ text: string; decision: Decision | null; regenerating: boolean } | null>(null);
  sending = $state(false);
  notice = $state('');
  /** Storage needs the user: another tab blocks an upgrade, or has upgraded under this page. */
  storageNotice = $state<{ kind: 'blocked' | 'version'; message: string } | null>(null);
  inspecting = $state<string | null>(null);
  breakReminder = $state(false);
  persistentStorage = $state<'granted' | 'denied' | 'unknown'>('unknown');
  memories = $state<MemoryItem[]>([]);
  /** Records written so far by an import under way; null when none is. */
  importing = $state<ImportProgress | null>(null);
  /** What the last import brought in, said once in the chat until the next message. */
  imported = $state('');
  /** A checked import file waiting for the user's yes: what it holds and what it would replace. */
  pendingImport = $state<{ readonly text: string; readonly preview: ImportPreview } | null>(null);
  /** On the fatal screen: the relationship that could not be read, when that was the cause (so "start over" can delete it). */
  fatalRelationshipId = $state<string | null>(null);

  readonly personas: readonly Persona[];
  private readonly deps: CompanionDeps;
  private memory = new MomentIndex();
  /** Facts he shared, indexed once on entering and kept in step: recall stays fast with thousands. */
  private facts = new FactIndex();
  private history: readonly HistoryMessage[] = [];
  private windowStart = 0;
  private compactUntil = 0;
  private turnAbort: AbortController | null = null;
  private loadAbort: AbortController | null = null;

  constructor(deps: CompanionDeps) {
    this.deps = deps;
    this.personas = deps.personas;
  }

  get persona(): Persona | null {
    const id = this.relationship?.personaId;
    return this.personas.find((persona) => persona.id === id) ?? null;
  }

  get canSend(): boolean {
    return this.screen === 'chat' && this.model.kind === 'ready' && !this.sending;
  }

  /** Start: probe the GPU, open storage, restore the relationship and its history. */
  async start(): Promise<void> {
    try {
      this.gpu = await this.deps.detectGpu();
      // The catalog lives with web-llm (megabytes): fetch it while the first screen is already up.
      const catalog = this.usable ? this.deps.listModels(this.gpu) : Promise.resolve([]);
      await this.deps.store.markInterruptedOnStartup();
      const settings = await this.deps.store.getSettings();
      this.persistentStorage = settings.persistentStorage;
      const relationship = await this.deps.store.latestRelationship();
      if (relationship && this.personas.some((persona) => persona.id === relationship.personaId)) {
        await this.enter(relationship);
      } else {
        this.screen = 'onboarding';
      }
      this.models = await catalog;
      await this.refreshCache();
      if (settings.modelId && this.cached[settings.modelId] && this.usable) await this.loadModel(settings.modelId);
    } catch (error) {
      this.fatal(error);
    }
  }

  private fatal(error: unknown): void {
    this.fatalMessage = error instanceof Error ? error.message : String(error);
    this.fatalRelationshipId = unreadableRelationship(error);
    this.screen = 'fatal';
  }

  /**
   * Run a user action: it either succeeds or says what failed and what was
   * kept. Nothing a user does ends in an unhandled rejection.
   */
  private async act(what: string, action: () => Promise<void>, kept = ''): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      const described = this.deps.describeError(error);
      const detail = error instanceof Error && described.kind === 'unknown' ? ` (${error.message.slice(0, 200)})` : '';
      this.notice = `${what} did not work: ${described.message}${detail}${kept ? ` ${kept}` : ''}`;
      return false;
    }
  }

  /** Clear the model's chat context (after a forget, delete, import, reset); say so when that fails. */
  private async clearModelContext(): Promise<boolean> {
    try {
      await this.deps.engine.resetContext();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Another tab is in the way (blocked: it holds an older version open) or has
   * upgraded the database under this page (version: reload). A blocked notice
   * clears itself when the other tab lets go; a version notice stays.
   */
  setStorageNotice(notice: { kind: 'blocked' | 'version'; message: string } | null): void {
    if (notice === null && this.storageNotice?.kind === 'version') return;
    this.storageNotice = notice;
  }

  /** WebGPU with an adapter: without it no model can run, and the page says so first. */
  get usable(): boolean {
    return this.gpu?.webgpu === true && this.gpu.adapter;
  }

  async begin(input: { personaId: string; name: string; age: number }): Promise<void> {
    const persona = this.personas.find((candidate) => candidate.id === input.personaId);
    if (!persona) throw new Error(`Unknown persona ${input.personaId}`);
    const state = initialState({
      personaId: persona.id,
      userName: input.name.trim().slice(0, 80) || 'you',
      userAge: input.age,
      guardedness: persona.temperament.guardedness,
      warmthRate: persona.temperament.warmthRate,
    });
    const relationship = await this.deps.store.createRelationship({ personaId: persona.id, state });
    this.persistentStorage = await this.deps.store.requestPersistentStorage();
    await this.deps.store.saveSettings({ persistentStorage: this.persistentStorage });
    await this.enter(relationship);
  }

  private async enter(relationship: RelationshipView): Promise<void> {
    this.relationship = relationship;
    const pageSize = this.deps.pageSize ?? 50;
    const page = await this.deps.store.pageMessages(relationship.id, { limit: pageSize });
    this.messages = [...page].reverse();
    this.hasEarlier = page.length === pageSize;
    this.memory = new MomentIndex();
    for (const moment of await this.deps.store.listMoments(relationship.id)) this.memory.add(moment);
    this.history = await this.deps.store.recentHistory(relationship.id, HISTORY_FOR_PROMPT);
    this.windowStart = 0;
    this.compactUntil = 0;
    this.screen = 'chat';
    await this.loadMemories();
    this.checkBreakReminder();
  }

  async loadEarlier(): Promise<void> {
    const relationship = this.relationship;
    const oldest = this.messages[0];
    if (!relationship || !oldest) return;
    const pageSize = this.deps.pageSize ?? 50;
    await this.act('Loading earlier messages', async () => {
      const page = await this.deps.store.pageMessages(relationship.id, { before: oldest.at, limit: pageSize });
      this.messages = [...[...page].reverse(), ...this.messages];
      this.hasEarlier = page.length === pageSize;
    });
  }

  async refreshCache(): Promise<void> {
    const entries = await Promise.all(this.models.map(async (model) => [model.id, await this.deps.modelCache.isCached(model.id).catch(() => false)] as const));
    this.cached = Object.fromEntries(entries);
  }

  async loadModel(modelId: string): Promise<void> {
    this.loadAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    const fromCache = this.cached[modelId] === true;
    this.model = { kind: 'loading', modelId, fromCache, progress: { fraction: 0, stage: fromCache ? 'loading' : 'fetching', text: fromCache ? 'Loading from this device' : 'Starting download' } };
    try {
      await this.deps.engine.load(modelId, (progress) => {
        if (!abort.signal.aborted) this.model = { kind: 'loading', modelId, fromCache, progress };
      }, abort.signal);
      this.model = { kind: 'ready', modelId };
      await this.deps.store.saveSettings({ modelId });
    } catch (error) {
      const described = this.deps.describeError(error);
      this.model = described.kind === 'cancelled' ? { kind: 'none' } : { kind: 'error', modelId, errorKind: described.kind, message: described.message };
    } finally {
      if (this.loadAbort === abort) this.loadAbort = null;
      await this.refreshCache();
    }
  }

  cancelLoad(): void {
    this.loadAbort?.abort();
  }

  async deleteModel(modelId: string): Promise<void> {
    await this.act('Deleting the model', async () => {
      if (this.model.kind === 'ready' && this.model.modelId === modelId) {
        await this.deps.engine.unload();
        this.model = { kind: 'none' };
      }
      await this.deps.modelCache.remove(modelId);
      await this.refreshCache();
    });
  }

  async send(text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed || !this.canSend) return;
    this.imported = '';
    const forget = readForgetRequest(trimmed);
    if (forget) {
      await this.act('Forgetting', () => this.forget(forget.topic, forget.terms), 'Nothing was forgotten: what you asked about is still stored.');
      return;
    }
    await this.converse(trimmed);
  }

  /**
   * "Forget what I told you about X": deleted for real, and said honestly. The
   * request itself is not stored (it names the topic), and the model's context
   * is cleared so the words are not left in its cache either.
   */
  async forget(topic: string, terms: readonly string[]): Promise<void> {
    const relationship = this.relationship;
    if (!relationship) return;
    const result = await this.deps.store.forgetTopic(relationship.id, terms);
    const cleared = await this.clearModelContext();
    const fresh = await this.deps.store.getRelationship(relationship.id);
    if (fresh) await this.enter(fresh);
    await this.loadMemories();
    const total = result.memories.length + result.moments.length + result.messages;
    const said =
      total === 0 && result.quotes === 0
        ? `Nothing stored mentions "${topic}", so there was nothing to forget.`
        : `Forgotten "${topic}": ${result.memories.length} fact${result.memories.length === 1 ? '' : 's'}, ${result.moments.length} moment${result.moments.length === 1 ? '' : 's'} and ${result.messages} message${result.messages === 1 ? '' : 's'} deleted or blanked${result.memories.length > 0 ? ` (${result.memories.join('; ')})` : ''}. For the strongest erase, also clear this site's data in the browser.`;
    this.notice = cleared ? said : `${said} ${CONTEXT_NOT_CLEARED}`;
  }

  async loadMemories(): Promise<void> {
    const relationship = this.relationship;
    this.memories = relationship ? await this.deps.store.listMemoryItems(relationship.id) : [];
    this.facts = new FactIndex();
    for (const item of this.memories) if (item.source === 'fact') this.facts.add({ id: item.key, text: item.text, at: item.at, importance: item.importance });
  }

  async deleteMemory(item: MemoryItem): Promise<void> {
    const relationship = this.relationship;
    if (!relationship) return;
    await this.act('Deleting that memory', async () => {
      await this.deps.store.deleteMemoryItem(relationship.id, item);
      if (item.source === 'moment') this.memory.remove(item.key);
      else this.facts.remove(item.key);
      const cleared = await this.clearModelContext();
      await this.loadMemories();
      this.notice = cleared ? '' : `Deleted. ${CONTEXT_NOT_CLEARED}`;
    }, 'The memory is still stored.');
  }

  /** Retry a reply that failed: the stored user message is answered again from the same state. */
  async retry(failedAssistantId: string): Promise<void> {
    const index = this.messages.findIndex((message) => message.id === failedAssistantId);
    const user = this.messages.slice(0, index).reverse().find((message) => message.role === 'user');
    if (!user || !this.canSend) return;
    // Answer what is stored now (a forget may have scrubbed it), never the text as it was first typed.
    let text = user.text;
    try {
      text = (await this.deps.store.userMessageText(user.id)) ?? text;
    } catch (error) {
      this.notice = `Retrying did not work: ${this.deps.describeError(error).message}`;
      return;
    }
    this.messages = this.messages.filter((message) => message.id !== failedAssistantId);
    await this.converse(text, user.id);
  }

  stop(): void {
    this.turnAbort?.abort();
  }

  private async converse(text: string, existingUserId?: string, attempt = 0): Promise<void> {
    const relationship = this.relationship;
    const persona = this.persona;
    if (!relationship || !persona) return;
    this.sending = true;
    this.notice = '';
    const abort = new AbortController();
    this.turnAbort = abort;
    const at = this.deps.now();
    let storedUserId = existingUserId;
    if (!existingUserId) this.messages = [...this.messages, { id: `pending-${at}`, role: 'user', at, text }];
    this.streaming = { text: '', decision: null, regenerating: false };
    try {
      const outcome = await runTurn(
        {
          relationshipId: relationship.id,
          revision: relationship.revision,
          persona,
          state: relationship.state,
          memory: this.memory,
          history: this.history,
          windowStart: this.windowStart,
          compactUntil: this.compactUntil,
          facts: this.facts,
        },
        text,
        { engine: this.deps.engine, store: this.deps.store, now: this.deps.now },
        {
          onDecision: (decision) => {
            if (this.streaming) this.streaming = { ...this.streaming, decision };
          },
          onText: (visible) => {
            if (this.streaming) this.streaming = { ...this.streaming, text: visible };
          },
          onRegenerate: () => {
            if (this.streaming) this.streaming = { ...this.streaming, regenerating: true };
          },
          onWriteFailed: (error) => {
            this.notice = `Saving the reply as it was written failed (${this.deps.describeError(error).message}); if the page closes now, the reply may be lost.`;
          },
          onUserStored: (id) => {
            storedUserId = id;
            this.messages = this.messages.map((message) => (message.id === `pending-${at}` ? { ...message, id } : message));
          },
        },
        { signal: abort.signal, ...(existingUserId ? { userMessageId: existingUserId } : {}) },
      );
      for (const moment of outcome.moments) this.memory.add(moment);
      const added = outcome.facts.map((fact): MemoryItem => ({ key: fact.id, source: 'fact', label: fact.category, text: fact.text, at: fact.at, importance: fact.importance }));
      for (const fact of outcome.facts) this.facts.add({ id: fact.id, text: fact.text, at: fact.at, importance: fact.importance });
      const moments = outcome.moments.map((moment): MemoryItem => ({ key: moment.id, source: 'moment', label: moment.kind, text: moment.quote, at: moment.at, importance: moment.importance }));
      this.memories = [...added, ...moments, ...this.memories];
      this.history = outcome.history;
      this.windowStart = outcome.windowStart;
      this.compactUntil = outcome.compactUntil;
      this.relationship = { ...relationship, revision: outcome.revision, state: outcome.state };
      const reply = outcome.reply;
      this.messages = [
        ...this.messages,
        {
          id: outcome.assistantMessageId,
          role: 'assistant',
          at: this.deps.now(),
          text: reply.text,
          status: reply.status,
          decision: reply.decision,
          appraisalLabels: reply.appraisalLabels,
          stateBefore: reply.stateBefore,
          stateAfter: reply.stateAfter,
          regenerated: reply.regenerated,
          violations: reply.violations,
          ...(reply.usage ? { usage: reply.usage } : {}),
        },
      ];
      // An answer to a message stored earlier (a retry, or after a conflict) resolved its failed attempts in storage: show that.
      if (existingUserId) await this.reloadMessages();
      this.checkBreakReminder();
    } catch (error) {
      if (isConflict(error) && storedUserId && attempt < 2) {
        // Another tab moved the relationship on (a turn, or a forget): catch up with what it wrote, then answer
        // again from there, with the user's message as it is stored now (a forget may have scrubbed it).
        this.streaming = null;
        try {
          const fresh = await this.deps.store.getRelationship(relationship.id);
          const stored = await this.deps.store.userMessageText(storedUserId);
          if (fresh && stored !== null) {
            await this.enter(fresh);
            this.sending = false;
            await this.converse(stored, storedUserId, attempt + 1);
            return;
          }
        } catch (reloadError) {
          error = reloadError;
        }
      }
      const described = this.deps.describeError(error);
      this.notice = isAlreadyAnswered(error) ? 'That message has already been answered (in another tab, or by an earlier try); showing the answer.' : described.message;
      const lostModel = described.kind === 'device-lost' && this.model.kind === 'ready' ? this.model.modelId : null;
      await this.reloadMessages().catch((reloadError: unknown) => {
        this.notice = `${this.notice} Reloading the conversation also failed: ${this.deps.describeError(reloadError).message}`;
      });
      // A lost GPU device is recovered by loading the engine again (from this device's cache).
      if (lostModel) void this.loadModel(lostModel);
    } finally {
      this.streaming = null;
      this.sending = false;
      this.turnAbort = null;
    }
  }

  private async reloadMessages(): Promise<void> {
    const relationship = this.relationship;
    if (!relationship) return;
    const fresh = await this.deps.store.getRelationship(relationship.id);
    if (fresh) this.relationship = fresh;
    const pageSize = Math.max(this.deps.pageSize ?? 50, this.messages.length);
    this.messages = [...(await this.deps.store.pageMessages(relationship.id, { limit: pageSize }))].reverse();
  }

  private checkBreakReminder(): void {
    const relationship = this.relationship;
    if (!relationship?.state.user.minor) return;
    const since = relationship.lastBreakReminderAt ?? relationship.state.sessionStartedAt;
    if (since !== null && this.deps.now() - since >= BREAK_REMINDER_MS) this.breakReminder = true;
  }

  async dismissBreakReminder(): Promise<void> {
    const relationship = this.relationship;
    this.breakReminder = false;
    if (!relationship) return;
    await this.act('Saving that you saw the break reminder', async () => {
      const at = this.deps.now();
      const revision = await this.deps.store.noteBreakReminder(relationship.id, at);
      this.relationship = { ...relationship, revision, lastBreakReminderAt: at };
    });
  }

  toggleInspector(messageId: string): void {
    this.inspecting = this.inspecting === messageId ? null : messageId;
  }

  /** Everything stored, as a JSON document to save; null (and a notice saying why) when it could not be read. */
  async exportData(): Promise<string | null> {
    try {
      return await this.deps.store.exportAll(this.deps.now());
    } catch (error) {
      this.notice = `Export did not work: ${this.deps.describeError(error).message} Nothing was changed.`;
      return null;
    }
  }

  /**
   * The first step of an import: check the file exactly as the import will and
   * say what it holds and what it would replace. Nothing is written until
   * `confirmImport`; a bad file is refused here, with its first problem named.
   */
  async prepareImport(text: string): Promise<boolean> {
    if (this.sending || this.importing) {
      this.notice = 'Wait until the reply or the import under way has finished, then import.';
      return false;
    }
    this.pendingImport = null;
    this.importing = { done: 0, total: 0 };
    try {
      // Checking a large file holds the main thread for a moment: let the page show the check has begun first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.pendingImport = { text, preview: await this.deps.store.previewImport(text) };
      this.notice = '';
      return true;
    } catch (error) {
      this.notice = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      this.importing = null;
    }
  }

  cancelImport(): void {
    this.pendingImport = null;
  }

  /** The user said yes: replace everything with the checked file. */
  async confirmImport(): Promise<boolean> {
    const pending = this.pendingImport;
    if (!pending) return false;
    this.pendingImport = null;
    return this.importData(pending.text);
  }

  /** Replace everything with an export; on a bad file, say why and keep what is here. */
  async importData(text: string): Promise<boolean> {
    if (this.sending || this.importing) {
      this.notice = 'Wait until the reply or the import under way has finished, then import.';
      return false;
    }
    this.importing = { done: 0, total: 0 };
    this.imported = '';
    let counts: ImportCounts;
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      counts = await this.deps.store.importAll(text, (progress) => (this.importing = progress));
    } catch (error) {
      this.notice = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      this.importing = null;
    }
    const cleared = await this.clearModelContext();
    this.notice = cleared ? '' : CONTEXT_NOT_CLEARED;
    this.imported = describeImport(counts);
    try {
      await this.reopen();
    } catch (error) {
      this.fatal(error);
    }
    return true;
  }

  /** After an import or a fatal error: open the latest relationship again, or onboarding. */
  private async reopen(): Promise<void> {
    const relationship = await this.deps.store.latestRelationship();
    if (relationship && this.personas.some((persona) => persona.id === relationship.personaId)) await this.enter(relationship);
    else this.leave();
  }

  private leave(): void {
    this.relationship = null;
    this.messages = [];
    this.history = [];
    this.memory = new MomentIndex();
    this.facts = new FactIndex();
    this.memories = [];
    this.fatalRelationshipId = null;
    this.screen = 'onboarding';
  }

  /** Delete every table; the strongest erase is still clearing this site's data in the browser. */
  async wipeEverything(): Promise<void> {
    await this.act('Deleting everything', async () => {
      await this.deps.store.wipeEverything();
      const cleared = await this.clearModelContext();
      this.leave();
      this.notice = cleared ? '' : CONTEXT_NOT_CLEARED;
    }, 'Your data may be as it was; export it, then try again.');
  }

  /** Delete this relationship (or, on the fatal screen, the one that could not be read) and start over. */
  async resetRelationship(): Promise<void> {
    const id = this.relationship?.id ?? this.fatalRelationshipId;
    if (!id) return;
    await this.act('Starting over', async () => {
      await this.deps.store.resetRelationship(id);
      const cleared = await this.clearModelContext();
      this.leave();
      this.notice = cleared ? '' : CONTEXT_NOT_CLEARED;
      await this.reopen();
    }, 'The relationship is still stored.');
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function describeImport(counts: ImportCounts): string {
  return `Imported ${plural(counts.relationships, 'relationship', 'relationships')}, ${plural(counts.messages, 'message', 'messages')}, ${plural(counts.memories, 'memory', 'memories')} and ${plural(counts.moments, 'moment', 'moments')}.`;
}
