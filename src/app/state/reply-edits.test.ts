import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { persona, START, MINUTE } from '../../../tests/support/fixtures.ts';
import type { ChatEngine, GenerateOptions, GenerateResult, GpuInfo, ModelCache } from '../../adapters/engine/types.ts';
import { createDexieStore } from '../../adapters/storage/binding.ts';
import { shippedReaders } from '../../node/reader-files.ts';
import { Companion, type CompanionDeps } from '../companion.svelte.ts';
import type { ChatItem } from '../ports.ts';
import { deletedNote, messageActions } from './reply-edits.svelte.ts';

/** Replies that differ with every call, so versions can be told apart. */
function countingEngine(): ChatEngine & { temperatures: (number | undefined)[] } {
  let loaded: string | null = null;
  let calls = 0;
  const temperatures: (number | undefined)[] = [];
  return {
    kind: 'test',
    temperatures,
    async load(modelId, onProgress) {
      onProgress({ fraction: 1, stage: 'ready', text: 'ready' });
      loaded = modelId;
    },
    loadedModel: () => loaded,
    async generate(options: GenerateOptions): Promise<GenerateResult> {
      temperatures.push(options.temperature);
      const text = `reply number ${(calls += 1)}.`;
      options.onDelta?.(text);
      return { text, finish: 'stop' };
    },
    resetContext: async () => undefined,
    unload: async () => {
      loaded = null;
    },
  };
}

const PERSONAS = [persona('ella'), persona('mara'), persona('theo')];
const gpu: GpuInfo = { webgpu: true, adapter: true, f16: true };
let counter = 0;

async function chatting() {
  const clock = { now: START };
  const engine = countingEngine();
  const cache: ModelCache = { isCached: async () => false, remove: async () => undefined };
  const deps: CompanionDeps = {
    store: createDexieStore({ name: `reply-edits-${(counter += 1)}`, personas: PERSONAS }),
    engine,
    modelCache: cache,
    personas: PERSONAS,
    detectGpu: async () => gpu,
    listModels: async () => [{ id: 'tiny', label: 'Tiny', quantization: 'q4f16_1', vramMB: 900, downloadMB: 700, recommended: true }],
    describeError: (error) => ({ kind: 'unknown', message: String(error) }),
    now: () => clock.now,
    readers: async () => shippedReaders(),
  };
  const app = new Companion(deps);
  await app.start();
  await app.begin({ personaId: 'ella', name: 'Jake', age: 27 });
  await app.loadModel('tiny');
  return { app, clock, engine };
}

const lastAssistant = (messages: readonly ChatItem[]) => [...messages].reverse().find((message) => message.role === 'assistant');

describe('another version of the last reply', () => {
  it('keeps every version, shows the new one, and takes no turn: the state and revision stay', async () => {
    const { app, clock, engine } = await chatting();
    await app.send('i work as a nurse on nights');
    clock.now += MINUTE;
    const before = app.relationship;
    const reply = lastAssistant(app.messages);
    if (!reply) throw new Error('no reply');
    expect(app.messageActions.regenerable).toBe(reply.id);
    await app.regenerate(reply.id);
    expect(app.notice).toBe('');
    expect(lastAssistant(app.messages)).toMatchObject({ text: 'reply number 2.', alternatives: ['reply number 1.', 'reply number 2.'], chosen: 1 });
    expect(app.relationship?.state).toEqual(before?.state);
    expect(app.relationship?.revision).toBe(before?.revision);
    // It was asked a little warmer than the turn itself.
    expect(engine.temperatures.at(-1)).toBeGreaterThan(0.5);
    await app.chooseVersion(reply.id, 0);
    expect(lastAssistant(app.messages)?.text).toBe('reply number 1.');
  });
});

describe('editing the last message', () => {
  it('answers the new text from the state before the old one', async () => {
    const { app, clock } = await chatting();
    await app.send('hi there');
    const afterFirst = app.relationship?.state;
    clock.now += MINUTE;
    await app.send('my sister Mia is visiting');
    expect(app.memories.some((item) => item.text.includes('Mia'))).toBe(true);
    const mine = [...app.messages].reverse().find((message) => message.role === 'user');
    if (!mine) throw new Error('no message');
    expect(app.messageActions.editable).toBe(mine.id);
    clock.now += MINUTE;
    await app.editMessage(mine.id, 'my brother Leo is visiting');
    expect(app.notice).toBe('');
    expect(app.messages.map((message) => message.text)).toEqual(['hi there', 'reply number 1.', 'my brother Leo is visiting', 'reply number 3.']);
    expect(app.memories.some((item) => item.text.includes('Mia'))).toBe(false);
    expect(app.relationship?.state.turns).toBe((afterFirst?.turns ?? 0) + 1);
  });
});

describe('deleting a message', () => {
  it('says what went and what is not undone; the numbers stay', async () => {
    const { app } = await chatting();
    await app.send('my sister Mia is visiting');
    const state = app.relationship?.state;
    const mine = app.messages.find((message) => message.role === 'user');
    if (!mine) throw new Error('no message');
    await app.deleteMessage(mine.id);
    expect(app.messages).toEqual([]);
    expect(app.noticeKind).toBe('done');
    expect(app.notice).toMatch(/Your message and her reply are deleted.*not undone/);
    expect(app.relationship?.state.numbers).toEqual(state?.numbers);
    expect(app.memories.some((item) => item.text.includes('Mia'))).toBe(false);
  });
});

describe('what can be done to which message', () => {
  const user = (id: string): ChatItem => ({ id, role: 'user', at: 1, text: 'x' });
  const reply = (id: string, replyTo: string, status: 'complete' | 'failed' = 'complete'): ChatItem => ({ id, role: 'assistant', at: 2, text: 'y', status, replyTo });

  it('the last finished reply with a decision can be written again; the last message can be edited when its state before was kept', () => {
    expect(messageActions([user('1'), reply('2', '1')], '1')).toEqual({ regenerable: null, editable: '1' });
    expect(messageActions([user('1'), reply('2', '1')], null)).toEqual({ regenerable: null, editable: null });
    // Unanswered (its reply failed): editable without a kept state.
    expect(messageActions([user('1'), reply('2', '1', 'failed')], null)).toEqual({ regenerable: null, editable: '1' });
    expect(messageActions([], null)).toEqual({ regenerable: null, editable: null });
  });

  it('the note after a delete is honest about what stays', () => {
    expect(deletedNote({ messages: 2, facts: 1, moments: 0 }, true)).toBe(
      'Your message and her reply are deleted, with what she had drawn from it (1 fact, 0 moments). How that turn moved trust, affection or tension is not undone, and anything she said since that built on it stays.',
    );
    expect(deletedNote({ messages: 1, facts: 0, moments: 0 }, false)).toMatch(/^Her reply is deleted\. /);
  });
});

describe('the profile', () => {
  it('a new name is saved; an adult age cannot go down; a minor cannot become an adult', async () => {
    const { app } = await chatting();
    expect(await app.saveProfile({ name: 'Jacob', age: 28 })).toBe(true);
    expect(app.relationship?.state.user).toMatchObject({ name: 'Jacob', age: 28, minor: false });
    expect(await app.saveProfile({ age: 20 })).toBe(false);
    expect(app.notice).toMatch(/upwards/);
    expect(await app.saveProfile({ age: 16 })).toBe(true);
    expect(await app.saveProfile({ age: 30 })).toBe(false);
    expect(app.relationship?.state.user).toMatchObject({ age: 16, minor: true });
  });
});
