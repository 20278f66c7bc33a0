import type { HistoryMessage } from '../core/compose/compose.ts';
import type { Persona } from '../core/persona.ts';
import type { Decision } from '../core/decide/decision.ts';
import type { Violation } from '../core/guard/guard.ts';
import type { Moment } from '../core/recall/moment.ts';
import type { RelationshipState } from '../core/state/state.ts';
import type { GenerationUsage } from '../adapters/engine/types.ts';
import type { ImportCounts, ImportProgress } from '../adapters/storage/transfer.ts';
import type { SpeechSettings } from '../adapters/storage/records/settings.ts';
import type { StateSnapshot, TurnStore } from './pipeline/turn-runner.ts';

/** One message as the chat shows it. */
export type ChatItem =
  | { readonly id: string; readonly role: 'user'; readonly at: number; readonly text: string; readonly editedAt?: number }
  | {
      readonly id: string;
      readonly role: 'assistant';
      readonly at: number;
      readonly text: string;
      readonly status: 'complete' | 'streaming' | 'interrupted' | 'stopped' | 'failed';
      readonly decision?: Decision;
      /** The safety the reply was decided under, kept even when the stored decision is one this core no longer reads (crisis resources depend on it). */
      readonly safety?: 'none' | 'minor' | 'crisis';
      readonly appraisalLabels?: readonly string[];
      readonly stateBefore?: StateSnapshot;
      readonly stateAfter?: StateSnapshot;
      readonly regenerated?: boolean;
      readonly violations?: readonly Violation[];
      readonly usage?: GenerationUsage;
      readonly failure?: string;
      /** Every version of this reply once it has been written again (oldest first); `text` is `alternatives[chosen]`. */
      readonly alternatives?: readonly string[];
      readonly chosen?: number;
      /** The user message it answers. */
      readonly replyTo?: string;
    }
  /** A stored row this version cannot read: shown where it was, kept in storage and exports. */
  | { readonly id: string; readonly role: 'unreadable'; readonly at: number; readonly text: string };

export interface RelationshipView {
  readonly id: string;
  readonly personaId: string;
  readonly revision: number;
  readonly state: RelationshipState;
  readonly lastBreakReminderAt: number | null;
  /** The user message whose turn can be re-run from the state before it (the last committed turn's), if kept. */
  readonly rewindableMessageId: string | null;
}

/** One stored memory as the memory view lists it: a fact he shared or a notable moment. */
export interface MemoryItem {
  readonly key: string;
  readonly source: 'fact' | 'moment' | 'unreadable';
  /** The fact's category or the moment's kind. */
  readonly label: string;
  readonly text: string;
  readonly at: number;
  readonly importance: number;
  /** The user's own words it came from. */
  readonly quote?: string;
  /** What the moment's signal was ('asks_about_her'…), to name it truthfully. */
  readonly signal?: string;
  readonly pinned?: boolean;
  readonly editedAt?: number | null;
  /** Moments told in the same words as this fact (one disclosure is one entry): deleted with it. */
  readonly linked?: readonly string[];
}

/** What deleting a message took with it. */
export interface MessageDeleteReport {
  readonly messages: number;
  readonly facts: number;
  readonly moments: number;
}

/** One finished turn's numbers before and after, and the user's words that moved them. */
export interface TimelineTurn {
  readonly at: number;
  readonly before: StateSnapshot;
  readonly after: StateSnapshot;
  /** The user's message this turn answered (as stored now: a forget may have blanked it). */
  readonly quote: string;
}

export interface ForgetResult {
  readonly memories: readonly string[];
  readonly moments: readonly string[];
  readonly messages: number;
  readonly quotes: number;
  /** The relationship's revision after forgetting (null when it has none). */
  readonly revision: number | null;
}

/** What an import would bring in and what it would replace, to ask the user first. */
export interface ImportPreview {
  readonly version: number;
  readonly incoming: ImportCounts;
  readonly replaced: ImportCounts;
  /** Rows the file lists as unreadable where it was exported: they are not imported. */
  readonly unreadable: number;
}

export interface AppSettings {
  readonly modelId: string | null;
  readonly persistentStorage: 'granted' | 'denied' | 'unknown';
  /** Speaking and listening: on or off, each companion's voice, how the microphone listens. */
  readonly speech: SpeechSettings;
}

/** What the app needs from storage. The Dexie adapter implements it; tests may use another. */
export interface CompanionStore extends TurnStore {
  /** A stored user message's text as it is now (a forget may have scrubbed it since it was typed). */
  userMessageText(messageId: string): Promise<string | null>;
  /** Failed replies to questions answered since are deleted (so no Retry answers twice); returns how many. */
  resolveStaleFailures(): Promise<number>;
  /** Replies cut off by a reload or crash are marked, never lost (and stale failed replies resolved). */
  markInterruptedOnStartup(): Promise<number>;
  getSettings(): Promise<AppSettings>;
  /** Drop a settings row that cannot be read, so the app starts from the defaults. */
  resetSettings(): Promise<void>;
  saveSettings(patch: Partial<AppSettings>): Promise<void>;
  latestRelationship(): Promise<RelationshipView | null>;
  createRelationship(input: { personaId: string; state: RelationshipState }): Promise<RelationshipView>;
  getRelationship(id: string): Promise<RelationshipView | null>;
  /** Newest first, before a time, at most `limit`. */
  pageMessages(relationshipId: string, options: { before?: number; limit: number }): Promise<ChatItem[]>;
  countMessages(relationshipId: string): Promise<number>;
  listMoments(relationshipId: string): Promise<Moment[]>;
  /** The last messages as the model saw them, oldest first. */
  recentHistory(relationshipId: string, limit: number): Promise<HistoryMessage[]>;
  /** Returns the relationship's new revision (the note is a write like any other). */
  noteBreakReminder(relationshipId: string, at: number): Promise<number>;
  resetRelationship(relationshipId: string): Promise<void>;
  wipeEverything(): Promise<void>;
  listMemoryItems(relationshipId: string): Promise<MemoryItem[]>;
  deleteMemoryItem(relationshipId: string, item: MemoryItem): Promise<void>;
  /** Delete every memory, moment and message text about a topic, and scrub it from the state, in one transaction. */
  forgetTopic(relationshipId: string, terms: readonly string[]): Promise<ForgetResult>;
  /** Everything stored, as one versioned JSON document. */
  exportAll(at: number): Promise<string>;
  /** Check a file exactly as an import would, and say what it holds and what it would replace; writes nothing. */
  previewImport(text: string): Promise<ImportPreview>;
  /** Replace everything with an exported document; a bad file throws a clear error and changes nothing. */
  importAll(text: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportCounts>;
  requestPersistentStorage(): Promise<'granted' | 'denied' | 'unknown'>;
  /** Keep another version of a finished reply and show it; the relationship is not touched. */
  addAlternative(assistantId: string, text: string): Promise<ChatItem>;
  /** Show another kept version of a reply. */
  chooseAlternative(assistantId: string, index: number): Promise<ChatItem>;
  /** Replace the last message's text and rewind its turn (reply, facts, moments, state) so it can be answered again. */
  editLastUserMessage(input: { relationshipId: string; messageId: string; text: string; expectedRevision: number }): Promise<{ relationship: RelationshipView; facts: number; moments: number }>;
  /** Delete a message (with its replies, facts and moments if it is the user's); the relationship's numbers are not rewound. */
  deleteMessage(relationshipId: string, messageId: string): Promise<MessageDeleteReport>;
  /** Correct a fact's text, or pin or unpin it. */
  updateMemory(key: string, patch: { readonly text?: string; readonly pinned?: boolean }): Promise<void>;
  /** Write a state the user changed (the profile), if nothing committed since `expectedRevision`. */
  saveState(relationshipId: string, expectedRevision: number, state: RelationshipState): Promise<RelationshipView>;
  /** Every finished turn's numbers, oldest first. */
  timeline(relationshipId: string): Promise<TimelineTurn[]>;
  // --- companions: the user's own personas (made, duplicated or imported from a card) ---
  /** The user's stored personas (never the bundled ones), and rows that could not be read (named, kept). */
  listPersonas(): Promise<{ readonly personas: readonly StoredPersona[]; readonly unreadable: readonly string[] }>;
  /** Store a persona the user made, changed or imported (replacing the one of the same id). */
  savePersona(entry: StoredPersona): Promise<void>;
  /** Every relationship, most recently used first (one that cannot be read is left out: opening it reports it). */
  listRelationships(): Promise<RelationshipView[]>;
  /** Delete a companion's relationships with all their rows, and her persona unless `keepPersona`; proved gone. */
  deleteCompanion(personaId: string, options: { keepPersona: boolean }): Promise<CompanionDeletion>;
  /** The user switched to this relationship: the next start opens it (its revision is unchanged). */
  touchRelationship(relationshipId: string, at: number): Promise<void>;
}

/** A persona the user owns, with her picture and the greeting the user picked. */
export interface StoredPersona {
  readonly persona: Persona;
  /** The picture behind `persona.avatar`: its bytes as base64. */
  readonly avatar: { readonly mime: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif'; readonly base64: string } | null;
  /** Which of her greetings she opens with; null: none. */
  readonly greeting: number | null;
  readonly importedAt: number;
}

/** What deleting a companion removed: her persona row (if she was the user's) and every row of her relationships. */
export interface CompanionDeletion {
  readonly persona: number;
  readonly relationships: number;
  readonly messages: number;
  readonly moments: number;
  readonly memories: number;
}
