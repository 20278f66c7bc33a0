import type { OfflineStatus, ServiceWorkerClient } from '../../adapters/offline/service-worker-client.ts';

/** Chromium's install prompt event (not in TypeScript's DOM types): shown once, when the user asks. */
export interface InstallPromptEvent {
  preventDefault(): void;
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The app as something on the device: kept for offline use, updated only
 * when the user says so (and never in the middle of a reply), installed from
 * the app's own menu when the browser allows it. The service worker client,
 * the install event and the browser's hints are handed in by main.ts.
 */
export class DeviceApp {
  offline = $state<OfflineStatus>({ kind: 'unsupported' });
  /** A new version is downloaded whole and waits for Reload. */
  updateReady = $state(false);
  /** Reload was pressed while she was writing: the new version loads when the reply is done. */
  updateWaitsForReply = $state(false);
  /** The browser offered to install the app (Chromium's beforeinstallprompt). */
  canInstall = $state(false);
  /** Running as an installed app (standalone window or home-screen app). */
  installed = $state(false);
  online = $state(true);
  /** Safari on iPhone/iPad, not yet on the home screen: installing there is Share → Add to Home Screen. */
  safariHomeScreenHint = $state(false);

  #client: ServiceWorkerClient | null = null;
  #prompt: InstallPromptEvent | null = null;
  readonly #busy: () => boolean;
  readonly #onInstalled: () => void;

  /** `busy`: a reply is being written; `onInstalled`: the app was just installed (storage asks to persist then). */
  constructor(options: { busy: () => boolean; onInstalled: () => void }) {
    this.#busy = options.busy;
    this.#onInstalled = options.onInstalled;
  }

  attach(client: ServiceWorkerClient): void {
    this.#client = client;
  }

  /** Chromium offers installing: keep the event for our own menu instead of the browser's banner. */
  offerInstall(event: InstallPromptEvent): void {
    event.preventDefault();
    this.#prompt = event;
    this.canInstall = !this.installed;
  }

  /** The menu's "Install": the browser's own dialog, once. */
  async install(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
    const prompt = this.#prompt;
    if (!prompt) return 'unavailable';
    this.#prompt = null;
    this.canInstall = false;
    await prompt.prompt();
    const { outcome } = await prompt.userChoice;
    return outcome;
  }

  markInstalled(): void {
    this.installed = true;
    this.canInstall = false;
    this.safariHomeScreenHint = false;
    this.#prompt = null;
    this.#onInstalled();
  }

  /** Reload into the new version now, or as soon as her reply is done. */
  reload(): void {
    if (this.#busy()) {
      this.updateWaitsForReply = true;
      return;
    }
    this.updateWaitsForReply = false;
    this.#client?.applyUpdate();
  }

  /** A reply finished (or none was being written): a Reload pressed during it happens now. */
  idle(): void {
    if (this.updateWaitsForReply && !this.#busy()) this.reload();
  }

  checkForUpdate(): Promise<void> {
    return this.#client?.checkForUpdate() ?? Promise.resolve();
  }
}
