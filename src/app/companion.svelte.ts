import type { Persona } from '../core/persona.ts';
import type { ChatItem, MemoryItem, RelationshipView, TimelineTurn } from './ports.ts';
import type { MessageActions } from './state/reply-edits.svelte.ts';
import { CompanionsState } from './state/companions.svelte.ts';
import { ConversationState } from './state/conversation.svelte.ts';
import { DataState } from './state/data.svelte.ts';
import { DeviceApp } from './state/device.svelte.ts';
import { Feedback } from './state/feedback.svelte.ts';
import { MemoryState } from './state/memory.svelte.ts';
import { ModelState } from './state/model.svelte.ts';
import { PersonaLibrary } from './state/personas.svelte.ts';
import { ProfileState } from './state/profile.svelte.ts';
import { ReplyEdits } from './state/reply-edits.svelte.ts';
import { SettingsState, type StorageNotice } from './state/settings.svelte.ts';
import { Shell } from './state/shell.svelte.ts';
import { VoiceState } from './state/voice.svelte.ts';
import type { CompanionDeps } from './state/types.ts';

export { BREAK_REMINDER_MS } from './state/conversation.svelte.ts';
export type { CompanionDeps, ModelChoice, ModelStatus, Screen } from './state/types.ts';

/**
 * The app's state and actions, with Svelte runes: a few small managers
 * (src/app/state: the conversation, memory, data, model and settings, the
 * screen and what the user is told), put together here. Components render
 * them and call their methods, or get their fields and callbacks as props;
 * everything can be driven from a test without rendering. The engine, the
 * model cache, storage (one door: adapters/storage/binding.ts), the GPU probe
 * and the clock are injected. The getters below keep one flat view for the
 * templates and tests that read it.
 */
export class Companion {
  readonly personas: readonly Persona[];
  readonly shell = new Shell();
  readonly feedback: Feedback;
  readonly settings: SettingsState;
  readonly modelState: ModelState;
  readonly memory: MemoryState;
  readonly conversation: ConversationState;
  readonly data: DataState;
  readonly edits: ReplyEdits;
  readonly profile: ProfileState;
  readonly device: DeviceApp;
  readonly voice: VoiceState;
  /** Every persona: the bundled ones and the user's own. */
  readonly library: PersonaLibrary;
  /** The list of companions, the editor's saves, card import and export. */
  readonly companions: CompanionsState;

  constructor(deps: CompanionDeps) {
    this.personas = deps.personas;
    this.feedback = new Feedback(deps.describeError, deps.engine);
    this.settings = new SettingsState(deps.store);
    this.modelState = new ModelState(deps, this.feedback);
    this.memory = new MemoryState(deps.store, this.feedback);
    this.library = new PersonaLibrary(deps.personas, deps.store);
    this.conversation = new ConversationState(deps, { shell: this.shell, feedback: this.feedback, memory: this.memory, model: this.modelState, settings: this.settings, library: this.library });
    this.edits = new ReplyEdits(deps, { conversation: this.conversation, memory: this.memory, feedback: this.feedback });
    this.profile = new ProfileState(deps, { conversation: this.conversation, feedback: this.feedback });
    this.data = new DataState(deps.store, deps.now, { shell: this.shell, feedback: this.feedback, conversation: this.conversation });
    this.companions = new CompanionsState({ store: deps.store, library: this.library, conversation: this.conversation, feedback: this.feedback, shell: this.shell, now: deps.now });
    this.#store = deps.store;
    this.voice = new VoiceState({
      store: deps.store,
      feedback: this.feedback,
      synthesis: deps.speech?.synthesis ?? null,
      recognition: deps.speech?.recognition ?? null,
      userLanguage: deps.speech?.userLanguage ?? 'en',
      ...(deps.speech?.timers ? { timers: deps.speech.timers } : {}),
      send: (text) => void this.send(text),
      canSend: () => this.canSend,
    });
    this.conversation.observer = {
      started: (personaId, lang) => this.voice.replyStarted(personaId, lang),
      text: (visible) => this.voice.replyText(visible),
      ended: (finalText) => this.voice.replyEnded(finalText),
    };
    // Installing is the other right moment to ask the browser to keep our data (the first is after a real conversation).
    this.device = new DeviceApp({
      busy: () => this.conversation.sending,
      onInstalled: () => void this.feedback.act('Asking the browser to keep your data', () => this.settings.requestPersistence()),
    });
  }
  readonly #store: CompanionDeps['store'];

  /** Start: probe the GPU, open storage, restore the relationship and its history. */
  async start(): Promise<void> {
    try {
      const catalog = await this.modelState.detect();
      await this.#store.markInterruptedOnStartup();
      const settings = await this.settings.load();
      this.voice.load(settings.speech);
      void this.voice.checkListening();
      await this.conversation.reopen();
      this.modelState.models = await catalog;
      await this.modelState.refreshCache();
      if (settings.modelId && this.modelState.cached[settings.modelId] && this.modelState.usable) await this.modelState.load(settings.modelId);
    } catch (error) {
      this.shell.fatal(error);
    }
  }

  /**
   * The fatal screen's "start over": delete the relationship that could not be
   * read, or else reset the settings, then open again. Nothing else is touched.
   */
  async startOverAfterFatal(): Promise<void> {
    const relationshipId = this.shell.fatalRelationshipId;
    await this.feedback.act(
      'Starting over',
      async () => {
        if (relationshipId) await this.#store.resetRelationship(relationshipId);
        else await this.#store.resetSettings();
        const cleared = await this.feedback.clearModelContext();
        this.shell.screen = 'starting';
        await this.start();
        if (!cleared) this.feedback.notice = "The model's short-term memory could not be cleared: reload the page.";
      },
      'Nothing was deleted.',
    );
  }

  // --- the flat view ---
  get screen() { return this.shell.screen; }
  get fatalMessage(): string { return this.shell.fatalMessage; }
  get fatalRelationshipId(): string | null { return this.shell.fatalRelationshipId; }
  get notice(): string { return this.feedback.notice; }
  set notice(value: string) { this.feedback.notice = value; }
  get noticeKind(): 'error' | 'done' { return this.feedback.noticeKind; }
  get gpu() { return this.modelState.gpu; }
  get models() { return this.modelState.models; }
  get cached() { return this.modelState.cached; }
  get model() { return this.modelState.status; }
  get usable(): boolean { return this.modelState.usable; }
  get storageNotice(): StorageNotice | null { return this.settings.storageNotice; }
  get persistentStorage() { return this.settings.persistentStorage; }
  get relationship(): RelationshipView | null { return this.conversation.relationship; }
  get persona(): Persona | null { return this.conversation.persona; }
  /** The greeting she opened with (the user picked it when adding her), shown above the first message. */
  get greeting(): string | null {
    const persona = this.persona;
    const relationship = this.relationship;
    if (!persona || !relationship || this.hasEarlier) return null;
    return this.companions.greetingFor(persona, relationship.state.user.name);
  }
  get messages(): ChatItem[] { return this.conversation.messages; }
  get hasEarlier(): boolean { return this.conversation.hasEarlier; }
  get streaming() { return this.conversation.streaming; }
  get sending(): boolean { return this.conversation.sending; }
  get canSend(): boolean { return this.conversation.canSend; }
  get inspecting(): string | null { return this.conversation.inspecting; }
  get breakReminder(): boolean { return this.conversation.breakReminder; }
  get imported(): string { return this.conversation.imported; }
  get memories(): MemoryItem[] { return this.memory.memories; }
  get timeline(): TimelineTurn[] { return this.memory.timeline; }
  get messageActions(): MessageActions { return this.edits.actions; }
  get rewriting() { return this.edits.rewriting; }
  get importing() { return this.data.importing; }
  get pendingImport() { return this.data.pendingImport; }

  // --- actions, each the manager's own ---
  setStorageNotice(notice: StorageNotice | null): void { this.settings.setStorageNotice(notice); }
  /** Tell the user something went wrong (a file too large to read). */
  say(message: string): void { this.feedback.notice = message; }
  begin(input: { personaId: string; name: string; age: number }): Promise<void> { return this.conversation.begin(input); }
  loadEarlier(): Promise<void> { return this.conversation.loadEarlier(); }
  send(text: string): Promise<void> {
    this.voice.sent();
    return this.conversation.send(text);
  }
  retry(failedAssistantId: string): Promise<void> { return this.conversation.retry(failedAssistantId); }
  stop(): void {
    this.conversation.stop();
    this.edits.stop();
    this.voice.stopSpeaking();
  }
  regenerate(messageId: string): Promise<void> { return this.edits.regenerate(messageId); }
  chooseVersion(messageId: string, index: number): Promise<void> { return this.edits.choose(messageId, index); }
  editMessage(messageId: string, text: string): Promise<void> { return this.edits.edit(messageId, text); }
  deleteMessage(messageId: string): Promise<void> { return this.edits.delete(messageId); }
  openMemory(): Promise<void> { return this.relationship ? this.memory.loadTimeline(this.relationship.id) : Promise.resolve(); }
  editMemory(item: MemoryItem, text: string): Promise<boolean> { return this.relationship ? this.memory.editFact(this.relationship.id, item, text) : Promise.resolve(false); }
  pinMemory(item: MemoryItem, pinned: boolean): Promise<void> { return this.relationship ? this.memory.pin(this.relationship.id, item, pinned) : Promise.resolve(); }
  saveProfile(change: { name?: string; age?: number }): Promise<boolean> { return this.profile.change(change); }
  toggleInspector(messageId: string): void { this.conversation.toggleInspector(messageId); }
  dismissBreakReminder(): Promise<void> { return this.conversation.dismissBreakReminder(); }
  deleteMemory(item: MemoryItem): Promise<void> { return this.relationship ? this.memory.delete(this.relationship.id, item) : Promise.resolve(); }
  refreshCache(): Promise<void> { return this.modelState.refreshCache(); }
  loadModel(modelId: string): Promise<void> { return this.modelState.load(modelId); }
  cancelLoad(): void { this.modelState.cancelLoad(); }
  deleteModel(modelId: string): Promise<void> { return this.modelState.remove(modelId); }
  exportData(): Promise<string | null> { return this.data.export(); }
  prepareImport(text: string): Promise<boolean> { return this.data.prepareImport(text); }
  cancelImport(): void { this.data.cancelImport(); }
  confirmImport(): Promise<boolean> { return this.data.confirmImport(); }
  importData(text: string): Promise<boolean> { return this.data.import(text); }
  wipeEverything(): Promise<void> { return this.data.wipeEverything(); }
  resetRelationship(): Promise<void> { return this.data.resetRelationship(); }
  showCompanions(): Promise<void> { return this.companions.show(); }
}
