import type { CardImport } from '../../adapters/cards/import.ts';
import { greetingsFor } from '../../core/compose/macros.ts';
import { initialState } from '../../core/state/state.ts';
import type { Persona } from '../../core/persona.ts';
import type { CompanionStore, RelationshipView, StoredPersona } from '../ports.ts';
import type { ConversationState } from './conversation.svelte.ts';
import { CONTEXT_NOT_CLEARED, type Feedback } from './feedback.svelte.ts';
import type { PersonaLibrary } from './personas.svelte.ts';
import type { Shell } from './shell.svelte.ts';

/** The card reader and writer: loaded only when a card is opened or written (PNG chunks, zip, inflate). */
const loadCards = () => import('../../adapters/cards/index.ts');

/** A file as the picker or a drop hands it over (the browser's File has these). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One companion in the list: a persona and, once met, her relationship. */
export interface CompanionEntry {
  readonly persona: Persona;
  readonly bundled: boolean;
  readonly relationship: RelationshipView | null;
  readonly avatarUrl: string | null;
  readonly open: boolean;
}

/** A card read and waiting for the user's yes (nothing stored yet). */
export interface CardPreview {
  readonly file: string;
  readonly result: CardImport;
  /** Her greetings with `{{char}}`/`{{user}}` resolved for this user, to pick one. */
  readonly greetings: readonly string[];
  readonly avatarUrl: string | null;
}

export type CardImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'preview'; readonly preview: CardPreview }
  | { readonly kind: 'refused'; readonly file: string; readonly message: string };

/** Larger than any card the reader accepts: refused before it is read into memory. */
export const MAX_CARD_FILE_BYTES = 20 * 1024 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

/**
 * Several companions: the list to pick from (each with her own relationship, memories and
 * history), opening one (switching keeps each intact: they are separate relationships), making,
 * editing and deleting the user's own, and bringing one in from a Character Card.
 */
export class CompanionsState {
  relationships = $state<readonly RelationshipView[]>([]);
  card = $state<CardImportStatus>({ kind: 'idle' });
  /** The companion onboarding should have picked (a new one, before the user has said who they are). */
  preselected = $state<string | null>(null);
  readonly #store: CompanionStore;
  readonly #library: PersonaLibrary;
  readonly #conversation: ConversationState;
  readonly #feedback: Feedback;
  readonly #shell: Shell;
  readonly #now: () => number;

  constructor(parts: { store: CompanionStore; library: PersonaLibrary; conversation: ConversationState; feedback: Feedback; shell: Shell; now: () => number }) {
    this.#store = parts.store;
    this.#library = parts.library;
    this.#conversation = parts.conversation;
    this.#feedback = parts.feedback;
    this.#shell = parts.shell;
    this.#now = parts.now;
  }

  get list(): CompanionEntry[] {
    const openId = this.#conversation.relationship?.personaId;
    return this.#library.all.map((persona) => ({
      persona,
      bundled: this.#library.isBundled(persona.id),
      relationship: this.relationships.find((relationship) => relationship.personaId === persona.id) ?? null,
      avatarUrl: this.#library.avatarUrl(persona.id),
      open: persona.id === openId,
    }));
  }

  /** The user as the app knows them (from a relationship): a user known as a minor anywhere stays one. */
  get knownUser(): { readonly name: string; readonly age: number | undefined } | null {
    const users = this.relationships.map((relationship) => relationship.state.user);
    const user = users.find((candidate) => candidate.minor) ?? users[0];
    if (!user) return null;
    return { name: user.name, age: user.age ?? (user.minor ? 17 : undefined) };
  }

  /** Read the list again (after any change). */
  async refresh(): Promise<void> {
    await this.#library.load();
    this.relationships = await this.#store.listRelationships();
  }

  /** Show the list of companions. */
  async show(): Promise<void> {
    await this.#feedback.act('Opening the list of companions', async () => {
      await this.refresh();
      this.#shell.screen = 'companions';
    });
  }

  /** Back from the list: to the open conversation, or to onboarding when there is none. */
  back(): void {
    this.#shell.screen = this.#conversation.relationship ? 'chat' : 'onboarding';
  }

  /**
   * Talk to her: her own relationship if she has one (the one open now is left as it is), or a
   * new one for the user the app already knows; a first-time user says who they are first.
   */
  async open(personaId: string): Promise<void> {
    await this.#feedback.act(
      'Opening that companion',
      async () => {
        await this.refresh();
        const persona = this.#library.find(personaId);
        if (!persona) throw new Error('That companion is no longer here.');
        const switching = this.#conversation.relationship?.personaId !== personaId;
        const existing = this.relationships.find((relationship) => relationship.personaId === personaId);
        const user = this.knownUser;
        if (!existing && !user) {
          this.preselected = personaId;
          this.#conversation.leave();
          return;
        }
        const relationship =
          existing ??
          (await this.#store.createRelationship({
            personaId,
            state: initialState({ personaId, userName: user?.name ?? 'you', userAge: user?.age, guardedness: persona.temperament.guardedness, warmthRate: persona.temperament.warmthRate }),
          }));
        // The model must not carry one companion's words into another's conversation.
        const cleared = switching ? await this.#feedback.clearModelContext() : true;
        if (existing && switching) await this.#store.touchRelationship(relationship.id, this.#now());
        await this.#conversation.enter(relationship);
        if (!cleared) this.#feedback.notice = CONTEXT_NOT_CLEARED;
        this.relationships = await this.#store.listRelationships();
      },
      'The conversation you had open is as it was.',
    );
  }

  /** Save a persona from the editor (new, a copy, or one of the user's own changed). */
  async save(persona: Persona, avatar: StoredPersona['avatar']): Promise<boolean> {
    if (this.#library.isBundled(persona.id)) {
      this.#feedback.notice = `${persona.name} comes with the app and cannot be changed: duplicate her to edit. Nothing was changed.`;
      return false;
    }
    return this.#feedback.act(
      `Saving ${persona.name}`,
      async () => {
        const before = this.#library.entry(persona.id);
        const greeting = before?.greeting ?? null;
        await this.#store.savePersona({
          persona,
          avatar: persona.avatar ? avatar : null,
          greeting: greeting !== null && greeting < persona.greetings.length ? greeting : persona.greetings.length > 0 ? 0 : null,
          importedAt: before?.importedAt ?? this.#now(),
        });
        await this.refresh();
        this.#feedback.notice = `${persona.name} is saved.`;
      },
      'Nothing was changed.',
    );
  }

  /**
   * Delete a companion with everything of hers: her relationship, its messages, memories and
   * moments, and her persona if she is the user's own (a bundled one stays, read-only). Proved gone.
   */
  async remove(personaId: string): Promise<void> {
    const persona = this.#library.find(personaId);
    if (!persona) return;
    const bundled = this.#library.isBundled(personaId);
    await this.#feedback.act(
      `Deleting ${persona.name}`,
      async () => {
        const wasOpen = this.#conversation.relationship?.personaId === personaId;
        const deleted = await this.#store.deleteCompanion(personaId, { keepPersona: bundled });
        const cleared = wasOpen ? await this.#feedback.clearModelContext() : true;
        if (wasOpen) this.#conversation.leave();
        await this.refresh();
        this.#shell.screen = 'companions';
        const what = `${deleted.messages} message${deleted.messages === 1 ? '' : 's'}, ${deleted.memories} fact${deleted.memories === 1 ? '' : 's'} and ${deleted.moments} moment${deleted.moments === 1 ? '' : 's'}`;
        const said = bundled ? `Your conversation with ${persona.name} is deleted (${what}); she stays in the list, as new.` : `${persona.name} is deleted with ${what}.`;
        this.#feedback.notice = cleared ? said : `${said} ${CONTEXT_NOT_CLEARED}`;
      },
      'Nothing was deleted.',
    );
  }

  // --- Character Cards ---

  /** Read a card file (picker or drop) exactly as `npm run card` does; nothing is stored until `addCard`. */
  async readCard(file: PickedFile): Promise<void> {
    if (file.size > MAX_CARD_FILE_BYTES) {
      this.card = { kind: 'refused', file: file.name, message: `${file.name}: the file is over 20 MB, larger than any character card. Nothing was stored.` };
      return;
    }
    this.card = { kind: 'reading', file: file.name };
    try {
      const [{ importCard, CardError }, buffer] = await Promise.all([loadCards(), file.arrayBuffer()]);
      let result: CardImport;
      try {
        result = await importCard(new Uint8Array(buffer), { takenIds: this.#library.takenIds });
      } catch (error) {
        if (error instanceof CardError) {
          this.card = { kind: 'refused', file: file.name, message: `${file.name} could not be read as a character card: ${error.message}. Nothing was stored.` };
          return;
        }
        throw error;
      }
      const avatarUrl = result.avatar ? `data:${result.avatar.mime};base64,${toBase64(result.avatar.bytes)}` : null;
      const greetings = greetingsFor(result.persona, this.knownUser?.name ?? 'you');
      this.card = { kind: 'preview', preview: { file: file.name, result, greetings, avatarUrl } };
    } catch (error) {
      this.card = { kind: 'refused', file: file.name, message: `${file.name} could not be read: ${this.#feedback.describe(error).message} Nothing was stored.` };
    }
  }

  cancelCard(): void {
    this.card = { kind: 'idle' };
  }

  /** The user said yes: store her (picture and picked greeting with her) and return her id. */
  async addCard(greeting: number | null): Promise<string | null> {
    if (this.card.kind !== 'preview') return null;
    const { result, file } = this.card.preview;
    const persona = result.persona;
    // Another card may have taken the id since it was read.
    const taken = this.#library.takenIds;
    if (taken.has(persona.id)) {
      this.card = { kind: 'refused', file, message: `${file}: a companion with the id ${persona.id} was added meanwhile; open the card again. Nothing was stored.` };
      return null;
    }
    const saved = await this.#feedback.act(
      `Adding ${persona.name}`,
      async () => {
        await this.#store.savePersona({
          persona,
          avatar: result.avatar ? { mime: result.avatar.mime, base64: toBase64(result.avatar.bytes) } : null,
          greeting: greeting !== null && greeting < persona.greetings.length ? greeting : null,
          importedAt: this.#now(),
        });
        await this.refresh();
      },
      'Nothing was stored.',
    );
    if (!saved) return null;
    this.card = { kind: 'idle' };
    this.#feedback.notice = `${persona.name} is added.`;
    return persona.id;
  }

  /** Her card, to save: a V3 PNG (her picture, `chara` and `ccv3` chunks) or the V3 JSON. */
  async exportCard(personaId: string, kind: 'png' | 'json'): Promise<{ readonly bytes: Uint8Array; readonly name: string; readonly mime: string } | null> {
    const persona = this.#library.find(personaId);
    if (!persona) return null;
    try {
      const { exportCardJson, exportCardPng } = await loadCards();
      const avatar = this.#library.entry(personaId)?.avatar;
      const bytes = kind === 'png' ? exportCardPng(persona, avatar?.mime === 'image/png' ? fromBase64(avatar.base64) : undefined) : exportCardJson(persona);
      return { bytes, name: `${persona.id}.card.${kind}`, mime: kind === 'png' ? 'image/png' : 'application/json' };
    } catch (error) {
      this.#feedback.notice = `Exporting ${persona.name}'s card did not work: ${this.#feedback.describe(error).message} Nothing was changed.`;
      return null;
    }
  }

  /** The greeting she opens with in a conversation that has not begun, resolved for this user; null when none. */
  greetingFor(persona: Persona, userName: string): string | null {
    const index = this.#library.entry(persona.id)?.greeting;
    if (index === null || index === undefined) return null;
    return greetingsFor(persona, userName)[index] ?? null;
  }
}
