import { describe, expect, it } from 'vitest';
import { startServiceWorker, type ContainerLike, type OfflineStatus, type RegistrationLike, type WorkerLike } from './service-worker-client.ts';

class FakeWorker implements WorkerLike {
  state: string;
  posted: unknown[] = [];
  #listeners: (() => void)[] = [];
  constructor(state: string) {
    this.state = state;
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void): void {
    this.#listeners.push(listener);
  }
  become(state: string): void {
    this.state = state;
    for (const listener of this.#listeners) listener();
  }
}

class FakeRegistration implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  updates = 0;
  #found: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void): void {
    this.#found.push(listener);
  }
  async update(): Promise<void> {
    this.updates += 1;
  }
  /** The browser found a new sw.js and starts installing it. */
  find(worker: FakeWorker): void {
    this.installing = worker;
    for (const listener of this.#found) listener();
  }
}

class FakeContainer implements ContainerLike {
  controller: unknown = null;
  registered: { url: string; scope: string }[] = [];
  #change: (() => void)[] = [];
  constructor(readonly registration: FakeRegistration | Error) {}
  async register(url: string, options: { scope: string }): Promise<RegistrationLike> {
    this.registered.push({ url, scope: options.scope });
    if (this.registration instanceof Error) throw this.registration;
    return this.registration;
  }
  addEventListener(_type: 'controllerchange', listener: () => void): void {
    this.#change.push(listener);
  }
  takeControl(): void {
    this.controller = {};
    for (const listener of this.#change) listener();
  }
}

function recorder() {
  const seen = { statuses: [] as OfflineStatus['kind'][], updateReady: 0, replacedElsewhere: 0, reloads: 0 };
  return {
    seen,
    events: {
      onStatus: (status: OfflineStatus) => seen.statuses.push(status.kind),
      onUpdateReady: () => (seen.updateReady += 1),
      onReplacedElsewhere: () => (seen.replacedElsewhere += 1),
    },
    reload: () => (seen.reloads += 1),
  };
}

describe('startServiceWorker', () => {
  it('registers ./sw.js with a relative scope, and says when the first version is saved for offline use', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker('installing');
    registration.installing = first;
    const container = new FakeContainer(registration);
    const { seen, events, reload } = recorder();
    await startServiceWorker(container, events, reload);
    expect(container.registered).toEqual([{ url: './sw.js', scope: './' }]);
    expect(seen.statuses).toEqual(['saving']);
    first.become('installed');
    first.become('activating');
    registration.active = first;
    first.become('activated');
    container.takeControl();
    expect(seen.statuses).toEqual(['saving', 'ready']);
    // Taking control of a fresh page is not an update.
    expect(seen.updateReady).toBe(0);
    expect(seen.replacedElsewhere).toBe(0);
    expect(seen.reloads).toBe(0);
  });

  it('says a new version is ready only once it is installed whole, and switches only when asked', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const container = new FakeContainer(registration);
    container.controller = {};
    const { seen, events, reload } = recorder();
    const client = await startServiceWorker(container, events, reload);
    expect(seen.statuses).toEqual(['ready']);
    const next = new FakeWorker('installing');
    registration.find(next);
    expect(seen.updateReady).toBe(0);
    next.become('installed');
    registration.installing = null;
    registration.waiting = next;
    expect(seen.updateReady).toBe(1);
    expect(next.posted).toEqual([]);
    expect(seen.reloads).toBe(0);

    client.applyUpdate();
    expect(next.posted).toEqual([{ type: 'apply-update' }]);
    expect(seen.reloads).toBe(0);
    container.takeControl();
    expect(seen.reloads).toBe(1);
  });

  it('a version that waited since the last visit is ready at once', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const container = new FakeContainer(registration);
    container.controller = {};
    const { seen, events, reload } = recorder();
    await startServiceWorker(container, events, reload);
    expect(seen.updateReady).toBe(1);
  });

  it('another tab switching to the new version tells this one, which does not reload by itself', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const container = new FakeContainer(registration);
    container.controller = {};
    const { seen, events, reload } = recorder();
    const client = await startServiceWorker(container, events, reload);
    container.takeControl();
    expect(seen.replacedElsewhere).toBe(1);
    expect(seen.reloads).toBe(0);
    // Nothing waits any more: Reload just loads the new version.
    client.applyUpdate();
    expect(seen.reloads).toBe(1);
  });

  it('a failed first install is said, and the app carries on online', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker('installing');
    registration.installing = first;
    const { seen, events, reload } = recorder();
    await startServiceWorker(new FakeContainer(registration), events, reload);
    first.become('redundant');
    expect(seen.statuses).toEqual(['saving', 'failed']);
  });

  it('a refused registration is said, not thrown', async () => {
    const { seen, events, reload } = recorder();
    const client = await startServiceWorker(new FakeContainer(new Error('SecurityError: insecure origin')), events, reload);
    expect(seen.statuses).toEqual(['failed']);
    await expect(client.checkForUpdate()).resolves.toBeUndefined();
  });

  it('checking for an update while offline is quiet', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.update = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { events, reload } = recorder();
    const client = await startServiceWorker(new FakeContainer(registration), events, reload);
    await expect(client.checkForUpdate()).resolves.toBeUndefined();
  });
});
