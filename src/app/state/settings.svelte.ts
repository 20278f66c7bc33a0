import type { AppSettings, CompanionStore } from '../ports.ts';

export type StorageNotice = { kind: 'blocked' | 'version'; message: string };

/** What the browser promised about keeping our data, and what another tab is doing to it. */
export class SettingsState {
  persistentStorage = $state<AppSettings['persistentStorage']>('unknown');
  /** Storage needs the user: another tab blocks an upgrade, or has upgraded under this page. */
  storageNotice = $state<StorageNotice | null>(null);
  readonly #store: CompanionStore;

  constructor(store: CompanionStore) {
    this.#store = store;
  }

  async load(): Promise<AppSettings> {
    const settings = await this.#store.getSettings();
    this.persistentStorage = settings.persistentStorage;
    return settings;
  }

  /** Ask the browser to keep our data (on the first relationship), and remember its answer. */
  async requestPersistence(): Promise<void> {
    this.persistentStorage = await this.#store.requestPersistentStorage();
    await this.#store.saveSettings({ persistentStorage: this.persistentStorage });
  }

  /**
   * Another tab is in the way (blocked: it holds an older version open) or has
   * upgraded the database under this page (version: reload). A blocked notice
   * clears itself when the other tab lets go; a version notice stays.
   */
  setStorageNotice(notice: StorageNotice | null): void {
    if (notice === null && this.storageNotice?.kind === 'version') return;
    this.storageNotice = notice;
  }
}
