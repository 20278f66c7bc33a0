import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { persona, START, MINUTE, HOUR } from '../../tests/support/fixtures.ts';
import type { ChatEngine, GenerateOptions, GenerateResult, GpuInfo, ModelCache } from '../adapters/engine/types.ts';
import { Companion, type CompanionDeps } from './companion.svelte.ts';
import { createDexieStore } from '../adapters/storage/binding.ts';
import { shippedReaders } from '../node/reader-files.ts';

/** An engine that answers with a line naming the stance it was told to take. */
function echoEngine(): ChatEngine {
  let loaded: string | null = null;
  return {
    kind: 'test',
    async load(modelId, onProgress) {
      onProgress({ fraction: 1, stage: 'ready', text: 'ready' });
      loaded = modelId;
    },
    loadedModel: () => loaded,
    async generate(options: GenerateOptions): Promise<GenerateResult> {
      const note = options.messages.at(-1)?.content ?? '';
      const now = /Now: ([^.]*)/.exec(note)?.[1] ?? 'talk';
      const text = `(${now.slice(0, 40)})`;
      options.onDelta?.(text);
      return { text, finish: 'stop' };
    },
    resetContext: async () => undefined,
    unload: async () => {
      loaded = null;
    },
  };
}

const gpu: GpuInfo = { webgpu: true, adapter: true, f16: false };
let dbCounter = 0;

const PERSONAS = [persona('ella'), persona('mara'), persona('theo')];

function deps(clock: { now: number }, name: string): CompanionDeps {
  const cached = new Set<string>();
  const modelCache: ModelCache = { isCached: async (id) => cached.has(id), remove: async (id) => void cached.delete(id) };
  return {
    store: createDexieStore({ name, personas: PERSONAS }),
    engine: echoEngine(),
    modelCache,
    personas: PERSONAS,
    detectGpu: async () => gpu,
    listModels: async () => [{ id: 'tiny-q4f32_1', label: 'Tiny', quantization: 'q4f32_1', vramMB: 900, downloadMB: 700, recommended: true }],
    describeError: (error) => ({ kind: 'unknown', message: String(error) }),
    now: () => clock.now,
    readers: async () => shippedReaders(),
  };
}

describe('Companion (app state, without rendering)', () => {
  it('onboards, converses, and restores everything after a "reload"', async () => {
    const clock = { now: START };
    const name = `companion-test-${(dbCounter += 1)}`;
    const app = new Companion(deps(clock, name));
    await app.start();
    expect(app.screen).toBe('onboarding');
    await app.begin({ personaId: 'ella', name: 'Jake', age: 27 });
    expect(app.screen).toBe('chat');
    expect(app.canSend).toBe(false);
    await app.loadModel('tiny-q4f32_1');
    expect(app.model.kind).toBe('ready');

    await app.send('hey, how is your evening going?');
    clock.now += 2 * MINUTE;
    await app.send('do you like me? just say it');
    expect(app.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    const reply = app.messages.at(-1);
    expect(reply?.role === 'assistant' && reply.decision?.grants).toEqual([]);
    const revision = app.relationship?.revision;

    // A new Companion on the same database is a reload.
    const reloaded = new Companion(deps(clock, name));
    await reloaded.start();
    expect(reloaded.screen).toBe('chat');
    expect(reloaded.messages.map((m) => m.text)).toEqual(app.messages.map((m) => m.text));
    expect(reloaded.relationship?.revision).toBe(revision);
    expect(reloaded.relationship?.state.turns).toBe(2);
  });

  it('a minor gets a break reminder after three hours of chat', async () => {
    const clock = { now: START };
    const app = new Companion(deps(clock, `companion-test-${(dbCounter += 1)}`));
    await app.start();
    await app.begin({ personaId: 'mara', name: 'Sam', age: 15 });
    await app.loadModel('tiny-q4f32_1');
    for (let i = 0; i < 9; i += 1) {
      await app.send('ok so what else is new with you?');
      clock.now += 25 * MINUTE;
    }
    expect(clock.now - START).toBeGreaterThan(3 * HOUR);
    expect(app.breakReminder).toBe(true);
    await app.dismissBreakReminder();
    expect(app.breakReminder).toBe(false);
    await app.send('back again');
    expect(app.messages.at(-1)?.role).toBe('assistant');
  });

  it('two tabs on one relationship: no lost or duplicated updates', async () => {
    const clock = { now: START };
    const name = `companion-test-${(dbCounter += 1)}`;
    const first = new Companion(deps(clock, name));
    await first.start();
    await first.begin({ personaId: 'theo', name: 'Ada', age: 35 });
    await first.loadModel('tiny-q4f32_1');
    const second = new Companion(deps(clock, name));
    await second.start();
    await second.loadModel('tiny-q4f32_1');

    await first.send('hello from the first tab');
    clock.now += MINUTE;
    // The second tab still holds the old revision: its commit conflicts, it catches up and answers again.
    await second.send('and hello from the second');
    expect(second.notice).toBe('');
    expect(second.relationship?.state.turns).toBe(2);
    const texts = second.messages.filter((m) => m.role === 'user').map((m) => m.text);
    expect(texts).toEqual(['hello from the first tab', 'and hello from the second']);

    const third = new Companion(deps(clock, name));
    await third.start();
    expect(third.relationship?.state.turns).toBe(2);
    expect(third.relationship?.revision).toBe(second.relationship?.revision);
  });

  it('an import shows its progress, then opens the imported conversation; a second import waits', async () => {
    const clock = { now: START };
    const source = new Companion(deps(clock, `companion-test-${(dbCounter += 1)}`));
    await source.start();
    await source.begin({ personaId: 'mara', name: 'Noor', age: 29 });
    await source.loadModel('tiny-q4f32_1');
    await source.send('my sister is visiting this weekend');
    const text = (await source.exportData()) ?? '';

    const target = new Companion(deps(clock, `companion-test-${(dbCounter += 1)}`));
    await target.start();
    const seen: string[] = [];
    const importing = target.importData(text);
    seen.push(JSON.stringify(target.importing));
    // Another import while this one runs is turned away with a reason, not interleaved.
    expect(await target.importData(text)).toBe(false);
    expect(target.notice).toMatch(/import under way/);
    const ok = await importing;
    expect(target.notice).toBe('');
    expect(ok).toBe(true);
    expect(seen).toEqual([JSON.stringify({ done: 0, total: 0 })]);
    expect(target.importing).toBeNull();
    expect(target.screen).toBe('chat');
    expect(target.notice).toBe('');
    expect(target.messages.map((m) => m.text)).toEqual(source.messages.map((m) => m.text));
    expect(target.imported).toMatch(/^Imported 1 relationship, 2 messages, \d+ memor(y|ies) and \d+ moments?\.$/);
    await target.loadModel('tiny-q4f32_1');
    await target.send('and she brought her dog');
    expect(target.imported).toBe('');
  });
});


describe('asking the browser to keep the data', () => {
  it('asks after the first real conversation (three messages), not at onboarding, and once', async () => {
    const clock = { now: START };
    const base = deps(clock, `companion-test-${(dbCounter += 1)}`);
    let asked = 0;
    const store = { ...base.store, requestPersistentStorage: async () => ((asked += 1), 'granted' as const) };
    const app = new Companion({ ...base, store });
    await app.start();
    await app.begin({ personaId: 'ella', name: 'Jake', age: 27 });
    await app.loadModel('tiny-q4f32_1');
    expect(asked).toBe(0);
    await app.send('hey there');
    await app.send('how was your day?');
    expect(asked).toBe(0);
    await app.send('mine was long, but good');
    await expect.poll(() => app.persistentStorage).toBe('granted');
    await app.send('anyway');
    expect(asked).toBe(1);
  });

  it('says so when asking failed, and the conversation is kept', async () => {
    const clock = { now: START };
    const base = deps(clock, `companion-test-${(dbCounter += 1)}`);
    const store = { ...base.store, requestPersistentStorage: async (): Promise<'granted'> => Promise.reject(new Error('storage manager broke')) };
    const app = new Companion({ ...base, store });
    await app.start();
    await app.begin({ personaId: 'ella', name: 'Jake', age: 27 });
    await app.loadModel('tiny-q4f32_1');
    for (const text of ['one', 'two', 'three']) await app.send(text);
    await expect.poll(() => app.notice).toMatch(/Asking the browser to keep your data did not work.*export/);
    expect(app.messages.filter((message) => message.role === 'assistant')).toHaveLength(3);
  });

  it('asks when the app is installed', async () => {
    const clock = { now: START };
    const base = deps(clock, `companion-test-${(dbCounter += 1)}`);
    let asked = 0;
    const app = new Companion({ ...base, store: { ...base.store, requestPersistentStorage: async () => ((asked += 1), 'denied' as const) } });
    await app.start();
    app.device.markInstalled();
    await expect.poll(() => app.persistentStorage).toBe('denied');
    expect(asked).toBe(1);
    expect(app.device.installed).toBe(true);
  });
});
