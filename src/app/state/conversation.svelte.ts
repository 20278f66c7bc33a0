import type { HistoryMessage } from '../../core/compose/compose.ts';
import type { Decision } from '../../core/decide/decision.ts';
import type { Persona } from '../../core/persona.ts';
import { readForgetRequest } from '../../core/recall/forget.ts';
import { initialState } from '../../core/state/state.ts';
import type { ChatItem, RelationshipView } from '../ports.ts';
import { forgetNote, replyItemOf } from './chat-items.ts';
import { CONTEXT_NOT_CLEARED, type Feedback } from './feedback.svelte.ts';
import type { MemoryState } from './memory.svelte.ts';
import type { ModelState } from './model.svelte.ts';
import type { PersonaLibrary } from './personas.svelte.ts';
import type { SettingsState } from './settings.svelte.ts';
import type { Shell } from './shell.svelte.ts';
import type { CompanionDeps } from './types.ts';

/** The turn pipeline and the core it runs, loaded on demand (it is most of the app's code by weight). */
const loadPipeline = () => import('../pipeline/turn-runner.ts');

/** How long a minor can chat before a reminder to take a break (the law asks for at least every three hours). */
export const BREAK_REMINDER_MS = 3 * 60 * 60 * 1000;
const HISTORY_FOR_PROMPT = 40;
/** Messages of his after which a conversation counts as real (when the browser is asked to keep the data). */
export const FIRST_REAL_CONVERSATION = 3;

/** Storage's optimistic-concurrency error (another tab committed first), recognised by name across module copies. */
function isConflict(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConcurrentUpdateError';
}

/** The message was answered already (another tab, or a stale Retry): it is never answered twice. */
function isAlreadyAnswered(error: unknown): boolean {
  return error instanceof Error && error.name === 'AlreadyAnsweredError';
}

/** Who else follows her reply as it is written (her voice reads it aloud). */
export interface ReplyObserver {
  /** The reply's decision is known: who speaks, and in which language (when the reader could tell). */
  started(personaId: string, lang: string | null): void;
  /** The visible text so far (it only grows). */
  text(visible: string): void;
  /** Done: the final text, or null when it was stopped, failed or cut off. */
  ended(finalText: string | null): void;
}

/** The relationship open in the chat: its messages, the reply being written, turns, retries and forgetting. */
export class ConversationState {
  relationship = $state<RelationshipView | null>(null);
  messages = $state<ChatItem[]>([]);
  hasEarlier = $state(false);
  /** The reply being written: its visible (guard-approved) text and its decision. */
  streaming = $state<{ text: string; decision: Decision | null; regenerating: boolean } | null>(null);
  sending = $state(false);
  inspecting = $state<string | null>(null);
  breakReminder = $state(false);
  /** Says once, in the chat, what the last import brought in (cleared by the next message). */
  imported = $state('');
  /** Set by the app: her voice follows each reply. */
  observer: ReplyObserver | null = null;

  readonly #deps: CompanionDeps;
  readonly #shell: Shell;
  readonly #feedback: Feedback;
  readonly #memory: MemoryState;
  readonly #model: ModelState;
  readonly #settings: SettingsState;
  readonly #library: PersonaLibrary;
  #history: readonly HistoryMessage[] = [];
  #windowStart = 0;
  #compactUntil = 0;
  #turnAbort: AbortController | null = null;
  /** Once a session: a browser without an answer ('unknown') is not asked on every turn. */
  #askedToKeepData = false;

  constructor(deps: CompanionDeps, parts: { shell: Shell; feedback: Feedback; memory: MemoryState; model: ModelState; settings: SettingsState; library: PersonaLibrary }) {
    this.#deps = deps;
    this.#shell = parts.shell;
    this.#feedback = parts.feedback;
    this.#memory = parts.memory;
    this.#model = parts.model;
    this.#settings = parts.settings;
    this.#library = parts.library;
  }

  get persona(): Persona | null {
    return this.#library.find(this.relationship?.personaId);
  }

  get canSend(): boolean {
    return this.#shell.screen === 'chat' && this.#model.status.kind === 'ready' && !this.sending;
  }

  async begin(input: { personaId: string; name: string; age: number }): Promise<void> {
    const persona = this.#library.find(input.personaId);
    if (!persona) throw new Error(`Unknown persona ${input.personaId}`);
    const state = initialState({
      personaId: persona.id,
      userName: input.name.trim().slice(0, 80) || 'you',
      userAge: input.age,
      guardedness: persona.temperament.guardedness,
      warmthRate: persona.temperament.warmthRate,
    });
    const relationship = await this.#deps.store.createRelationship({ personaId: persona.id, state });
    await this.enter(relationship);
  }

  /** Open the latest relationship (one this app has the persona of), or onboarding. */
  async reopen(): Promise<void> {
    await this.#library.load();
    const relationship = await this.#deps.store.latestRelationship();
    if (relationship && this.#library.find(relationship.personaId)) await this.enter(relationship);
    else this.leave();
  }

  async enter(relationship: RelationshipView): Promise<void> {
    this.relationship = relationship;
    const pageSize = this.#deps.pageSize ?? 50;
    const page = await this.#deps.store.pageMessages(relationship.id, { limit: pageSize });
    this.messages = [...page].reverse();
    this.hasEarlier = page.length === pageSize;
    await this.#memory.enter(relationship.id);
    this.#history = await this.#deps.store.recentHistory(relationship.id, HISTORY_FOR_PROMPT);
    this.#windowStart = 0;
    this.#compactUntil = 0;
    this.#shell.screen = 'chat';
    this.#checkBreakReminder();
    this.#preloadReaders();
  }

  /**
   * Start loading the readers as the chat opens, so the first turn does not
   * wait for them (and its message is stored at once). A failure is said now;
   * the turn that needs them tries again and says it again if it fails.
   */
  /** The readers and the turn pipeline: what a turn waits for. */
  #ready() {
    return Promise.all([this.#deps.readers(), loadPipeline()]);
  }

  #preloadReaders(): void {
    this.#ready().catch((error: unknown) => {
      this.#feedback.notice = `${this.#feedback.describe(error).message} Sending a message will try again.`;
    });
  }

  /** No relationship open: back to onboarding, with nothing of the old one left in memory. */
  leave(): void {
    this.relationship = null;
    this.messages = [];
    this.#history = [];
    this.#memory.clear();
    this.#shell.fatalRelationshipId = null;
    this.#shell.screen = 'onboarding';
  }

  async loadEarlier(): Promise<void> {
    const relationship = this.relationship;
    const oldest = this.messages[0];
    if (!relationship || !oldest) return;
    const pageSize = this.#deps.pageSize ?? 50;
    await this.#feedback.act('Loading earlier messages', async () => {
      const page = await this.#deps.store.pageMessages(relationship.id, { before: oldest.at, limit: pageSize });
      this.messages = [...[...page].reverse(), ...this.messages];
      this.hasEarlier = page.length === pageSize;
    });
  }

  async send(text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed || !this.canSend) return;
    this.imported = '';
    const forget = readForgetRequest(trimmed);
    if (forget) {
      await this.#feedback.act('Forgetting', () => this.forget(forget.topic, forget.terms), 'Nothing was forgotten: what you asked about is still stored.');
      return;
    }
    await this.#converse(trimmed);
  }

  /**
   * "Forget what I told you about X": deleted for real, and said honestly. The
   * request itself is not stored (it names the topic), and the model's context
   * is cleared so the words are not left in its cache either. Throws on failure
   * (`send` says so).
   */
  async forget(topic: string, terms: readonly string[]): Promise<void> {
    const relationship = this.relationship;
    if (!relationship) return;
    const result = await this.#deps.store.forgetTopic(relationship.id, terms);
    const cleared = await this.#feedback.clearModelContext();
    const fresh = await this.#deps.store.getRelationship(relationship.id);
    if (fresh) await this.enter(fresh);
    const said = forgetNote(topic, result);
    if (cleared) this.#feedback.confirm(said);
    else this.#feedback.notice = `${said} ${CONTEXT_NOT_CLEARED}`;
  }

  /**
   * Retry a reply that failed, or was cut off by a reload: the stored user
   * message (as it is stored now) is answered again from the current state.
   * A cut-off reply is deleted first (its partial text was never committed).
   */
  async retry(failedAssistantId: string): Promise<void> {
    const index = this.messages.findIndex((message) => message.id === failedAssistantId);
    const failed = this.messages[index];
    const user = this.messages.slice(0, index).reverse().find((message) => message.role === 'user');
    const relationship = this.relationship;
    if (!user || !relationship || !this.canSend) return;
    // Answer what is stored now (a forget may have scrubbed it), never the text as it was first typed.
    let text = user.text;
    try {
      text = (await this.#deps.store.userMessageText(user.id)) ?? text;
      if (failed?.role === 'assistant' && failed.status === 'interrupted') {
        await this.#deps.store.deleteMessage(relationship.id, failed.id);
        const fresh = await this.#deps.store.getRelationship(relationship.id);
        if (fresh) this.relationship = fresh;
      }
    } catch (error) {
      this.#feedback.notice = `Retrying did not work: ${this.#feedback.describe(error).message} The message is kept as it was.`;
      return;
    }
    this.messages = this.messages.filter((message) => message.id !== failedAssistantId);
    await this.#converse(text, user.id);
  }

  /** Answer a stored user message again (after it was edited), from the relationship as it is now. */
  answerAgain(text: string, userMessageId: string): Promise<void> {
    return this.#converse(text, userMessageId);
  }

  /** The readers and the turn pipeline, for work that writes a reply outside a turn (another version). */
  ready() {
    return this.#ready();
  }

  /** What the model saw before the last turn (for another version of its reply). */
  historyBeforeLastTurn(): readonly HistoryMessage[] {
    return this.#history.at(-1)?.role === 'assistant' ? this.#history.slice(0, -2) : this.#history;
  }

  /** Show a message as stored now (a reply's other version), and rebuild the model's history from storage. */
  async replaceMessage(item: ChatItem): Promise<void> {
    this.messages = this.messages.map((message) => (message.id === item.id ? item : message));
    const relationship = this.relationship;
    if (relationship) this.#history = await this.#deps.store.recentHistory(relationship.id, HISTORY_FOR_PROMPT);
  }

  stop(): void {
    this.#turnAbort?.abort();
  }

  toggleInspector(messageId: string): void {
    this.inspecting = this.inspecting === messageId ? null : messageId;
  }

  async dismissBreakReminder(): Promise<void> {
    const relationship = this.relationship;
    this.breakReminder = false;
    if (!relationship) return;
    await this.#feedback.act('Saving that you saw the break reminder', async () => {
      const at = this.#deps.now();
      const revision = await this.#deps.store.noteBreakReminder(relationship.id, at);
      this.relationship = { ...relationship, revision, lastBreakReminderAt: at };
    });
  }

  async #converse(text: string, existingUserId?: string, attempt = 0): Promise<void> {
    const relationship = this.relationship;
    const persona = this.persona;
    if (!relationship || !persona) return;
    this.sending = true;
    this.#feedback.notice = '';
    const abort = new AbortController();
    this.#turnAbort = abort;
    const at = this.#deps.now();
    let storedUserId = existingUserId;
    if (!existingUserId) this.messages = [...this.messages, { id: `pending-${at}`, role: 'user', at, text }];
    this.streaming = { text: '', decision: null, regenerating: false };
    try {
      // The turn reads the message with the trained readers: it waits for them rather than reading without them.
      // The judgment pipeline (lexicons, rules, composer, guard) loads with them, outside the first page load.
      const [readers, { runTurn }] = await this.#ready();
      const outcome = await runTurn(
        {
          relationshipId: relationship.id,
          revision: relationship.revision,
          persona,
          state: relationship.state,
          memory: this.#memory.moments,
          history: this.#history,
          windowStart: this.#windowStart,
          compactUntil: this.#compactUntil,
          facts: this.#memory.facts,
        },
        text,
        { engine: this.#deps.engine, store: this.#deps.store, now: this.#deps.now, readers },
        {
          onDecision: (decision) => {
            if (this.streaming) this.streaming = { ...this.streaming, decision };
            this.observer?.started(persona.id, decision.lang ?? null);
          },
          onText: (visible) => {
            if (this.streaming) this.streaming = { ...this.streaming, text: visible };
            this.observer?.text(visible);
          },
          onRegenerate: () => {
            if (this.streaming) this.streaming = { ...this.streaming, regenerating: true };
          },
          onWriteFailed: (error) => {
            this.#feedback.notice = `Saving the reply as it was written failed (${this.#feedback.describe(error).message}); if the page closes now, the reply may be lost.`;
          },
          onUserStored: (id) => {
            storedUserId = id;
            this.messages = this.messages.map((message) => (message.id === `pending-${at}` ? { ...message, id } : message));
          },
        },
        { signal: abort.signal, ...(existingUserId ? { userMessageId: existingUserId } : {}) },
      );
      this.#history = outcome.history;
      this.#windowStart = outcome.windowStart;
      this.#compactUntil = outcome.compactUntil;
      this.relationship = { ...relationship, revision: outcome.revision, state: outcome.state, rewindableMessageId: outcome.userMessageId };
      this.observer?.ended(outcome.reply.status === 'complete' ? outcome.reply.text : null);
      this.messages = [...this.messages, replyItemOf(outcome, this.#deps.now())];
      // The turn is committed and shown; then what she remembers catches up (a failure here is said, the turn stands).
      await this.#memory.addTurn(relationship.id, outcome.moments, outcome.facts).catch((error: unknown) => {
        this.#feedback.notice = `Your message was answered and saved, but the list of what she knows could not be refreshed: ${this.#feedback.describe(error).message}`;
      });
      // An answer to a message stored earlier (a retry, or after a conflict) resolved its failed attempts in storage: show that.
      if (existingUserId) await this.#reloadMessages();
      this.#checkBreakReminder();
      this.#askToKeepData();
    } catch (error) {
      this.observer?.ended(null);
      let failure = error;
      if (isConflict(error) && storedUserId && attempt < 2) {
        // Another tab moved the relationship on (a turn, or a forget): catch up with what it wrote, then answer
        // again from there, with the user's message as it is stored now (a forget may have scrubbed it).
        this.streaming = null;
        try {
          const fresh = await this.#deps.store.getRelationship(relationship.id);
          const stored = await this.#deps.store.userMessageText(storedUserId);
          if (fresh && stored !== null) {
            await this.enter(fresh);
            this.sending = false;
            await this.#converse(stored, storedUserId, attempt + 1);
            return;
          }
        } catch (reloadError) {
          failure = reloadError;
        }
      }
      const described = this.#feedback.describe(failure);
      this.#feedback.notice = isAlreadyAnswered(failure) ? 'That message has already been answered (in another tab, or by an earlier try); showing the answer.' : described.message;
      if (isAlreadyAnswered(failure)) {
        await this.#deps.store.resolveStaleFailures().catch((cleanup: unknown) => {
          this.#feedback.notice = `${this.#feedback.notice} (An old failed reply could not be tidied away: ${this.#feedback.describe(cleanup).message})`;
        });
      }
      const lostModel = described.kind === 'device-lost' && this.#model.status.kind === 'ready' ? this.#model.status.modelId : null;
      await this.#reloadMessages().catch((reloadError: unknown) => {
        this.#feedback.notice = `${this.#feedback.notice} Reloading the conversation also failed: ${this.#feedback.describe(reloadError).message}`;
      });
      // A lost GPU device is recovered by loading the engine again (from this device's cache).
      if (lostModel) void this.#model.load(lostModel);
    } finally {
      this.streaming = null;
      this.sending = false;
      this.#turnAbort = null;
    }
  }

  async #reloadMessages(): Promise<void> {
    const relationship = this.relationship;
    if (!relationship) return;
    const fresh = await this.#deps.store.getRelationship(relationship.id);
    if (fresh) this.relationship = fresh;
    const pageSize = Math.max(this.#deps.pageSize ?? 50, this.messages.length);
    this.messages = [...(await this.#deps.store.pageMessages(relationship.id, { limit: pageSize }))].reverse();
  }

  /**
   * After the first real conversation (a few exchanges, not a click through
   * onboarding), ask the browser to keep our data: some browsers ask the user,
   * and that question makes sense only once there is something to keep.
   */
  #askToKeepData(): void {
    const exchanges = this.messages.filter((message) => message.role === 'user').length;
    if (this.#askedToKeepData || this.#settings.persistentStorage !== 'unknown' || exchanges < FIRST_REAL_CONVERSATION) return;
    this.#askedToKeepData = true;
    void this.#feedback.act('Asking the browser to keep your data', () => this.#settings.requestPersistence(), 'Your conversation is saved; export it to keep a copy.');
  }

  #checkBreakReminder(): void {
    const relationship = this.relationship;
    if (!relationship?.state.user.minor) return;
    const since = relationship.lastBreakReminderAt ?? relationship.state.sessionStartedAt;
    if (since !== null && this.#deps.now() - since >= BREAK_REMINDER_MS) this.breakReminder = true;
  }
}
