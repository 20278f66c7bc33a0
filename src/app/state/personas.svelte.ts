import type { Persona } from '../../core/persona.ts';
import type { CompanionStore, StoredPersona } from '../ports.ts';

/**
 * Every persona the app can open: the bundled ones (read-only, from the code) and the user's own
 * (made, duplicated or imported from a card; stored). Rows that could not be read are named, kept.
 */
export class PersonaLibrary {
  readonly bundled: readonly Persona[];
  stored = $state<readonly StoredPersona[]>([]);
  unreadable = $state<readonly string[]>([]);
  readonly #store: CompanionStore;

  constructor(bundled: readonly Persona[], store: CompanionStore) {
    this.bundled = bundled;
    this.#store = store;
  }

  get all(): Persona[] {
    return [...this.bundled, ...this.stored.map((entry) => entry.persona)];
  }

  get takenIds(): Set<string> {
    return new Set(this.all.map((persona) => persona.id));
  }

  find(id: string | undefined): Persona | null {
    if (id === undefined) return null;
    return this.bundled.find((persona) => persona.id === id) ?? this.stored.find((entry) => entry.persona.id === id)?.persona ?? null;
  }

  isBundled(id: string): boolean {
    return this.bundled.some((persona) => persona.id === id);
  }

  /** The stored entry of one of the user's personas (null for a bundled one). */
  entry(id: string): StoredPersona | null {
    return this.stored.find((entry) => entry.persona.id === id) ?? null;
  }

  /** Her picture as a `data:` URL (no network, allowed by the page's policy), or null. */
  avatarUrl(id: string): string | null {
    const avatar = this.entry(id)?.avatar;
    return avatar ? `data:${avatar.mime};base64,${avatar.base64}` : null;
  }

  async load(): Promise<void> {
    const listing = await this.#store.listPersonas();
    this.stored = listing.personas;
    this.unreadable = listing.unreadable;
  }
}
