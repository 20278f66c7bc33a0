import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { persona, START, MINUTE } from '../../tests/support/fixtures.ts';
import type { ChatEngine, GenerateOptions, GenerateResult, GpuInfo, ModelCache } from '../adapters/engine/types.ts';
import { openCompanionDb } from '../adapters/storage/db.ts';
import { createDexieStore } from '../adapters/storage/binding.ts';
import { Companion, type CompanionDeps } from './companion.svelte.ts';
import type { CompanionStore } from './ports.ts';
import { shippedReaders } from '../node/reader-files.ts';

/**
 * Forgetting that holds, retry that is idempotent and no silent failure
 * (issue 15), driven through the app's state without rendering. Two
 * Companions on one database name are two tabs.
 */

const PERSONAS = [persona('ella'), persona('mara'), persona('theo')];
const gpu: GpuInfo = { webgpu: true, adapter: true, f16: false };
let counter = 0;
const dbName = (): string => `companion-data-${(counter += 1)}-${Math.random().toString(36).slice(2)}`;

interface GatedEngine extends ChatEngine {
  /** Hold the next reply until `release()`; resolves when generation has started. */
  hold(): { started: Promise<void>; release: () => void };
  failReset: boolean;
}

/** Replies with a fixed line; can hold a reply mid-generation, and can fail to reset its context. */
function gatedEngine(): GatedEngine {
  let loaded: string | null = null;
  let gate: { started: () => void; wait: Promise<void> } | null = null;
  const engine: GatedEngine = {
    kind: 'test',
    failReset: false,
    async load(modelId, onProgress) {
      onProgress({ fraction: 1, stage: 'ready', text: 'ready' });
      loaded = modelId;
    },
    loadedModel: () => loaded,
    async generate(options: GenerateOptions): Promise<GenerateResult> {
      const held = gate;
      gate = null;
      if (held) {
        held.started();
        await held.wait;
      }
      const text = 'mm, tell me more.';
      options.onDelta?.(text);
      return { text, finish: 'stop' };
    },
    async resetContext() {
      if (engine.failReset) throw new Error('the GPU context is gone');
    },
    async unload() {
      loaded = null;
    },
    hold() {
      let started!: () => void;
      let release!: () => void;
      const startedPromise = new Promise<void>((resolve) => (started = resolve));
      const wait = new Promise<void>((resolve) => (release = resolve));
      gate = { started, wait };
      return { started: startedPromise, release };
    },
  };
  return engine;
}

function deps(clock: { now: number }, name: string, engine: ChatEngine, store?: CompanionStore): CompanionDeps {
  const modelCache: ModelCache = { isCached: async () => false, remove: async () => undefined };
  return {
    store: store ?? createDexieStore({ name, personas: PERSONAS }),
    engine,
    modelCache,
    personas: PERSONAS,
    detectGpu: async () => gpu,
    listModels: async () => [{ id: 'tiny', label: 'Tiny', quantization: 'q4f32_1', vramMB: 900, downloadMB: 700, recommended: true }],
    describeError: (error) => ({ kind: 'unknown', message: error instanceof Error ? error.message : String(error) }),
    now: () => clock.now,
    readers: async () => shippedReaders(),
  };
}

async function tab(clock: { now: number }, name: string, engine: ChatEngine = gatedEngine(), store?: CompanionStore): Promise<Companion> {
  const app = new Companion(deps(clock, name, engine, store));
  await app.start();
  return app;
}

async function onboarded(clock: { now: number }, name: string, engine: ChatEngine = gatedEngine()): Promise<Companion> {
  const app = await tab(clock, name, engine);
  await app.begin({ personaId: 'ella', name: 'Jake', age: 30 });
  await app.loadModel('tiny');
  return app;
}

/** Every string stored for the app, as one text: what a forget must leave no trace in. */
async function everythingStored(name: string): Promise<string> {
  const db = await openCompanionDb(name);
  try {
    const tables = await Promise.all(db.tables.map((table) => table.toArray()));
    return JSON.stringify(tables);
  } finally {
    db.close();
  }
}

describe('forgetting that holds', () => {
  it('forgets a word that is also a stage ("the stranger"): enums stay, the free text goes', async () => {
    const clock = { now: START };
    const name = dbName();
    const app = await onboarded(clock, name);
    await app.send('a stranger on the bus talked to me for an hour');
    clock.now += MINUTE;
    await app.send('forget what I told you about the stranger');
    expect(app.notice).toMatch(/^Forgotten "the stranger"/);
    const stored = await everythingStored(name);
    expect(stored).not.toMatch(/stranger on the bus/);
    // The stage (an enum) is untouched, in the state and in every stored decision.
    expect(app.relationship?.state.stage).toBe('stranger');
    expect(stored).toMatch(/"stage":"stranger"/);
    const reply = app.messages.find((message) => message.role === 'assistant');
    expect(reply?.role === 'assistant' && reply.decision?.state.stage).toBe('stranger');
  });

  it('a forget bumps the revision, even when the state held no quote of it (so a turn read before it conflicts)', async () => {
    const clock = { now: START };
    const app = await onboarded(clock, dbName());
    await app.send('my cousin lives in porto');
    const before = app.relationship?.revision ?? -1;
    clock.now += MINUTE;
    await app.send('forget what I told you about the zebras');
    expect(app.notice).toMatch(/nothing to forget/);
    expect(app.relationship?.revision).toBe(before + 1);
  });

  it('a forget in one tab racing a turn in another: the turn answers the scrubbed text, nothing of the topic survives', async () => {
    const clock = { now: START };
    const name = dbName();
    const engineB = gatedEngine();
    const a = await onboarded(clock, name);
    const b = await tab(clock, name, engineB);
    await b.loadModel('tiny');
    clock.now += MINUTE;
    // Tab B's turn is generating (its user message stored) when tab A forgets the topic.
    const held = engineB.hold();
    const turn = b.send('i work as a nurse at the city hospital');
    await held.started;
    await a.send('forget what I told you about the hospital');
    expect(a.notice).toMatch(/^Forgotten "the hospital"/);
    held.release();
    await turn;
    expect(b.notice).toBe('');
    const stored = await everythingStored(name);
    expect(stored).not.toMatch(/hospital/i);
    expect(b.memories.map((item) => item.text).join(' ')).not.toMatch(/hospital/i);
    expect(b.messages.filter((m) => m.role === 'user').map((m) => m.text)).toEqual(['[forgotten at your request]']);
    expect(b.messages.filter((m) => m.role === 'assistant').map((m) => m.role === 'assistant' && m.status)).toEqual(['complete']);
  });
});

describe('retry is idempotent', () => {
  it('a stale failed reply to a message answered since is never answered again, and the state moves once', async () => {
    const clock = { now: START };
    const name = dbName();
    const engineB = gatedEngine();
    const a = await onboarded(clock, name);
    const b = await tab(clock, name, engineB);
    await b.loadModel('tiny');
    // Both tabs send from the same revision: B's first commit conflicts and it answers again.
    const held = engineB.hold();
    const second = b.send('hello from the second tab');
    await held.started;
    await a.send('hello from the first tab');
    held.release();
    await second;
    expect(b.relationship?.state.turns).toBe(2);
    // No stale failed reply is left to offer a Retry.
    const reloaded = await tab(clock, name);
    expect(reloaded.messages.filter((m) => m.role === 'assistant' && m.status === 'failed')).toEqual([]);

    // A stale failed reply (as left by an older build) for the answered message: Retry must not answer it again.
    const db = await openCompanionDb(name);
    const userId = Number(reloaded.messages.find((m) => m.role === 'user' && m.text === 'hello from the second tab')?.id);
    const relationshipId = reloaded.relationship?.id ?? '';
    const staleId = await db.messages.add({ relationshipId, at: clock.now, role: 'assistant', text: '', status: 'failed', decision: null, appraisalLabels: [], stateBefore: null, stateAfter: null, regenerated: false, violations: [], modelId: null, replyTo: userId, failure: 'conflict' });
    db.close();
    const c = await tab(clock, name);
    await c.loadModel('tiny');
    await c.retry(String(staleId));
    expect(c.notice).toMatch(/already been answered/);
    expect(c.relationship?.state.turns).toBe(2);
    const answers = c.messages.filter((m) => m.role === 'assistant' && m.status === 'complete');
    expect(answers).toHaveLength(2);
    // Nothing is left to offer a Retry: neither the stale reply nor the refused attempt.
    expect(c.messages.filter((m) => m.role === 'assistant' && m.status === 'failed')).toEqual([]);
    const later = await tab(clock, name);
    expect(later.messages.filter((m) => m.role === 'assistant' && m.status === 'failed')).toEqual([]);
  });

  it('on start, failed replies to questions answered since are resolved (an older build left them)', async () => {
    const clock = { now: START };
    const name = dbName();
    const app = await onboarded(clock, name);
    await app.send('hello there');
    const userId = Number(app.messages.find((m) => m.role === 'user')?.id);
    const db = await openCompanionDb(name);
    await db.messages.add({ relationshipId: app.relationship?.id ?? '', at: clock.now, role: 'assistant', text: 'half', status: 'failed', decision: null, appraisalLabels: [], stateBefore: null, stateAfter: null, regenerated: false, violations: [], modelId: null, replyTo: userId, failure: 'conflict' });
    db.close();
    const reloaded = await tab(clock, name);
    expect(reloaded.messages.map((m) => (m.role === 'assistant' ? m.status : m.role))).toEqual(['user', 'complete']);
  });
});

describe('an import asks first', () => {
  it('checks the file, says what it holds and what it would replace, and writes nothing until confirmed', async () => {
    const clock = { now: START };
    const source = await onboarded(clock, dbName());
    await source.send('my cousin lives in porto');
    const text = (await source.exportData()) ?? '';
    const target = await onboarded(clock, dbName());
    await target.send('something of my own');
    await target.send('and more of it');

    expect(await target.prepareImport('{"format":"companion-export","version":2,')).toBe(false);
    expect(target.notice).toMatch(/not valid JSON.*Nothing was changed/);
    expect(target.pendingImport).toBeNull();

    expect(await target.prepareImport(text)).toBe(true);
    expect(target.pendingImport?.preview.incoming).toMatchObject({ relationships: 1, messages: 2 });
    expect(target.pendingImport?.preview.replaced).toMatchObject({ relationships: 1, messages: 4 });
    expect(target.messages).toHaveLength(4);
    target.cancelImport();
    expect(target.pendingImport).toBeNull();
    expect(target.messages).toHaveLength(4);

    await target.prepareImport(text);
    expect(await target.confirmImport()).toBe(true);
    expect(target.messages.map((m) => m.text)).toEqual(source.messages.map((m) => m.text));
    expect(target.imported).toMatch(/^Imported 1 relationship, 2 messages/);
  });
});

describe('no silent failure', () => {
  function failing(store: CompanionStore, method: 'forgetTopic' | 'deleteMemoryItem' | 'wipeEverything' | 'resetRelationship' | 'exportAll' | 'noteBreakReminder'): CompanionStore {
    return { ...store, [method]: async () => Promise.reject(new Error('the disk is full')) };
  }

  it.each([
    ['forget', 'forgetTopic', (app: Companion) => app.send('forget what I told you about porto'), /Forgetting did not work.*disk is full.*Nothing was forgotten/],
    ['delete a memory', 'deleteMemoryItem', (app: Companion) => app.deleteMemory(app.memories[0] ?? { key: 'x', source: 'fact', label: 'place', text: 'x', at: 0, importance: 0 }), /Deleting that memory did not work.*still stored/],
    ['delete everything', 'wipeEverything', (app: Companion) => app.wipeEverything(), /Deleting everything did not work/],
    ['start over', 'resetRelationship', (app: Companion) => app.resetRelationship(), /Starting over did not work.*still stored/],
    ['export', 'exportAll', (app: Companion) => app.exportData().then(() => undefined), /Export did not work.*disk is full/],
    ['dismiss the break reminder', 'noteBreakReminder', (app: Companion) => app.dismissBreakReminder(), /did not work.*disk is full/],
  ] as const)('%s: a storage error is said, never an unhandled rejection', async (_name, method, action, message) => {
    const clock = { now: START };
    const name = dbName();
    const setup = await onboarded(clock, name);
    await setup.send('my cousin lives in porto');
    const store = failing(createDexieStore({ name, personas: PERSONAS }), method);
    const app = await tab(clock, name, gatedEngine(), store);
    await app.loadModel('tiny');
    await expect(action(app)).resolves.toBeUndefined();
    expect(app.notice).toMatch(message);
    expect(app.screen).toBe('chat');
  });

  it('a model context that cannot be cleared after a forget, a delete or an import is said', async () => {
    const clock = { now: START };
    const engine = gatedEngine();
    const app = await onboarded(clock, dbName(), engine);
    await app.send('my cousin lives in porto');
    engine.failReset = true;
    await app.send('forget what I told you about porto');
    expect(app.notice).toMatch(/^Forgotten "porto".*could not be cleared/);
    const text = (await app.exportData()) ?? '';
    expect(await app.importData(text)).toBe(true);
    expect(app.notice).toMatch(/could not be cleared/);
  });

  it('a relationship that cannot be read opens the fatal screen, which can export, start over and delete', async () => {
    const clock = { now: START };
    const name = dbName();
    const setup = await onboarded(clock, name);
    await setup.send('hello');
    const db = await openCompanionDb(name);
    const row = await db.relationships.toCollection().first();
    if (!row) throw new Error('no relationship');
    await db.relationships.put({ ...row, state: { ...row.state, stage: 'soulmate' as 'friend' } });
    db.close();

    const app = await tab(clock, name);
    expect(app.screen).toBe('fatal');
    expect(app.fatalRelationshipId).toBe(row.id);
    const exported = JSON.parse((await app.exportData()) ?? '{}') as { unreadable?: { table: string; key: string }[]; messages: unknown[] };
    expect(exported.unreadable).toEqual([expect.objectContaining({ table: 'relationships', key: row.id })]);
    expect(exported.messages).toHaveLength(2);
    await app.startOverAfterFatal();
    expect(app.screen).toBe('onboarding');
    expect(app.notice).toBe('');
  });

  it('settings that cannot be read: the fatal screen can reset them, and the conversation opens again', async () => {
    const clock = { now: START };
    const name = dbName();
    const setup = await onboarded(clock, name);
    await setup.send('hello');
    const db = await openCompanionDb(name);
    await db.settings.put({ key: 'app', schemaVersion: 1, modelId: null, theme: 'purple' as 'dark', persistentStorage: 'unknown', aiNoticeAcknowledgedAt: null });
    db.close();
    const app = await tab(clock, name);
    expect(app.screen).toBe('fatal');
    expect(app.fatalRelationshipId).toBeNull();
    await app.startOverAfterFatal();
    expect(app.screen).toBe('chat');
    expect(app.messages).toHaveLength(2);
  });
});
