/**
 * The page's side of the service worker (service-worker.js): register it,
 * tell the app when this version is kept for offline use and when a new one
 * is downloaded and waiting, and switch to the new one only when asked. The
 * browser's objects are injected (structural types), so this runs in tests.
 */

/** What the app shows about the copy of itself kept on the device. */
export type OfflineStatus =
  /** No service worker in this browser (or a dev server): the app works online only. */
  | { readonly kind: 'unsupported' }
  /** This version is being saved for offline use. */
  | { readonly kind: 'saving' }
  /** This version opens without a network. */
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly message: string };

export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  update(): Promise<unknown>;
}

export interface ContainerLike {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<RegistrationLike>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface ServiceWorkerEvents {
  onStatus(status: OfflineStatus): void;
  /** A new version is downloaded whole and waits for the user's Reload. */
  onUpdateReady(): void;
  /** Another tab switched every tab to a new version: this page's files are the old ones. */
  onReplacedElsewhere(): void;
}

export interface ServiceWorkerClient {
  /** Look for a new version now (the browser also looks on each visit). */
  checkForUpdate(): Promise<void>;
  /** Switch to the waiting version, then reload the page (the caller makes sure no reply is being written). */
  applyUpdate(): void;
}

/** Register ./sw.js (relative, so a GitHub Pages sub-path works) and follow its versions. */
export async function startServiceWorker(container: ContainerLike, events: ServiceWorkerEvents, reload: () => void): Promise<ServiceWorkerClient> {
  let applying = false;
  // The first worker taking control of a fresh page is not a new version; a change after that is.
  let hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (applying) reload();
    else if (hadController) events.onReplacedElsewhere();
    hadController = true;
  });
  let registration: RegistrationLike;
  try {
    registration = await container.register('./sw.js', { scope: './' });
  } catch (error) {
    events.onStatus({ kind: 'failed', message: `The app could not be saved for offline use (${error instanceof Error ? error.message : String(error)}). It still works while online.` });
    return { checkForUpdate: async () => {}, applyUpdate: () => reload() };
  }
  // A page opened before any worker controlled it gets its first version; later installs are updates.
  const firstInstall = container.controller === null;

  function follow(worker: WorkerLike): void {
    const settle = () => {
      if (worker.state === 'installed' && container.controller !== null) events.onUpdateReady();
      else if (worker.state === 'activated' && firstInstall) events.onStatus({ kind: 'ready' });
      else if (worker.state === 'redundant' && firstInstall && !registration.active)
        events.onStatus({ kind: 'failed', message: 'Saving the app for offline use failed (a file could not be downloaded). It still works while online and will try again on the next visit.' });
    };
    worker.addEventListener('statechange', settle);
    settle();
  }

  if (registration.waiting && container.controller !== null) events.onUpdateReady();
  if (registration.installing) {
    if (firstInstall) events.onStatus({ kind: 'saving' });
    follow(registration.installing);
  } else if (registration.active) {
    events.onStatus({ kind: registration.active.state === 'activated' ? 'ready' : 'saving' });
    if (registration.active.state !== 'activated') follow(registration.active);
  }
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing);
  });

  return {
    async checkForUpdate() {
      // Offline or a server hiccup: nothing new this time; the next check tries again.
      await registration.update().catch(() => undefined);
    },
    applyUpdate() {
      const waiting = registration.waiting;
      if (!waiting) {
        // Another tab already switched to the new version: this page only needs to load it.
        reload();
        return;
      }
      applying = true;
      waiting.postMessage({ type: 'apply-update' });
    },
  };
}
