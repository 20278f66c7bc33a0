import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { persona, START, MINUTE } from '../../../tests/support/fixtures.ts';
import type { ChatEngine, GpuInfo, ModelCache } from '../../adapters/engine/types.ts';
import { createDexieStore } from '../../adapters/storage/binding.ts';
import { shippedReaders } from '../../node/reader-files.ts';
import { Companion, type CompanionDeps } from '../companion.svelte.ts';
import type { PickedFile } from './companions.svelte.ts';

/** An engine that says which persona it was asked to voice (from the system message). */
function namingEngine(seen: string[][] = []): ChatEngine {
  let loaded: string | null = null;
  return {
    kind: 'test',
    async load(modelId, onProgress) {
      onProgress({ fraction: 1, stage: 'ready', text: 'ready' });
      loaded = modelId;
    },
    loadedModel: () => loaded,
    async generate(options) {
      seen.push(options.messages.map((message) => message.content));
      const system = options.messages[0]?.content ?? '';
      const text = `(${/You are ([^,.\n]*)/.exec(system)?.[1] ?? 'someone'})`;
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
const PERSONAS = [persona('ella'), persona('mara'), persona('theo')];
let counter = 0;

function deps(clock: { now: number }, name: string, seen?: string[][]): CompanionDeps {
  const modelCache: ModelCache = { isCached: async () => false, remove: async () => undefined };
  return {
    store: createDexieStore({ name, personas: PERSONAS }),
    engine: namingEngine(seen),
    modelCache,
    personas: PERSONAS,
    detectGpu: async () => gpu,
    listModels: async () => [{ id: 'tiny-q4f32_1', label: 'Tiny', quantization: 'q4f32_1', vramMB: 900, downloadMB: 700, recommended: true }],
    describeError: (error) => ({ kind: 'unknown', message: error instanceof Error ? error.message : String(error) }),
    now: () => clock.now,
    readers: async () => shippedReaders(),
  };
}

function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}
const cardFile = (name: string) => picked(name, new Uint8Array(readFileSync(resolve('tests/fixtures/cards', name))));

async function fresh(): Promise<{ app: Companion; clock: { now: number }; name: string }> {
  const clock = { now: START };
  const name = `companions-test-${(counter += 1)}`;
  const app = new Companion(deps(clock, name));
  await app.start();
  return { app, clock, name };
}

describe('several companions (app state, without rendering)', () => {
  it('a card is read, previewed, added with the picked greeting; a first-time user is asked who they are, then she opens with it', async () => {
    const { app } = await fresh();
    await app.companions.readCard(cardFile('v2_full.json'));
    const status = app.companions.card;
    expect(status.kind).toBe('preview');
    if (status.kind !== 'preview') return;
    expect(status.preview.greetings).toEqual(['Oh, hi you. Mind the tank.', 'Back again, you?']);
    // Nothing is stored before the user says yes.
    expect(app.library.stored).toEqual([]);
    const id = await app.companions.addCard(1);
    expect(id).toBe('juno');
    expect(app.library.entry('juno')?.greeting).toBe(1);
    await app.companions.open('juno');
    expect(app.screen).toBe('onboarding');
    expect(app.companions.preselected).toBe('juno');
    await app.begin({ personaId: 'juno', name: 'Rafa', age: 31 });
    expect(app.persona?.name).toBe('Juno');
    expect(app.greeting).toBe('Back again, Rafa?');
  });

  it('a bad file, or one over 20 MB, is refused in words naming the file, and nothing is stored', async () => {
    const { app } = await fresh();
    await app.companions.readCard(picked('broken.json', new TextEncoder().encode('{"spec":"chara_card_v2","data":')));
    expect(app.companions.card).toMatchObject({ kind: 'refused', message: expect.stringMatching(/^broken\.json could not be read as a character card: .*not valid JSON.*Nothing was stored\.$/) });
    const huge: PickedFile = { name: 'huge.png', size: 21 * 1024 * 1024, arrayBuffer: async () => Promise.reject(new Error('must not be read')) };
    await app.companions.readCard(huge);
    expect(app.companions.card).toMatchObject({ kind: 'refused', message: 'huge.png: the file is over 20 MB, larger than any character card. Nothing was stored.' });
    expect(app.library.stored).toEqual([]);
  });

  it('switching keeps each relationship whole; a new companion meets the user the app knows (a minor stays a minor)', async () => {
    const { app, clock, name } = await fresh();
    await app.begin({ personaId: 'ella', name: 'Jo', age: 16 });
    await app.loadModel('tiny-q4f32_1');
    await app.send('hey, what are you reading?');
    clock.now += MINUTE;
    await app.companions.open('mara');
    expect(app.persona?.id).toBe('mara');
    expect(app.relationship?.state.user).toMatchObject({ name: 'Jo', minor: true });
    expect(app.messages).toEqual([]);
    await app.send('hi mara');
    clock.now += MINUTE;
    await app.companions.open('ella');
    expect(app.messages.map((message) => message.text)).toEqual(['hey, what are you reading?', expect.any(String)]);
    // A reload opens the one opened last.
    const reloaded = new Companion(deps(clock, name));
    await reloaded.start();
    expect(reloaded.persona?.id).toBe('ella');
    await reloaded.companions.refresh();
    expect(reloaded.companions.list.map((entry) => [entry.persona.id, entry.relationship?.state.turns ?? null])).toEqual([
      ['ella', 1],
      ['mara', 1],
      ['theo', null],
    ]);
  });

  it("deleting the open companion deletes her with her data; a bundled one stays, read-only; the editor cannot overwrite a bundled one", async () => {
    const { app } = await fresh();
    await app.begin({ personaId: 'ella', name: 'Jo', age: 30 });
    const own = { ...persona('ella'), id: 'wren', name: 'Wren' };
    expect(await app.companions.save(own, null)).toBe(true);
    expect(await app.companions.save({ ...persona('mara'), summary: 'changed' }, null)).toBe(false);
    expect(app.notice).toBe('Mara comes with the app and cannot be changed: duplicate her to edit. Nothing was changed.');
    await app.companions.open('wren');
    await app.loadModel('tiny-q4f32_1');
    await app.send('my sister Ana lives in Porto');
    await app.companions.remove('wren');
    expect(app.notice).toMatch(/^Wren is deleted with 2 messages, \d+ facts? and \d+ moments?\.$/);
    expect(app.library.find('wren')).toBeNull();
    expect(app.relationship).toBeNull();
    expect(app.companions.relationships.map((relationship) => relationship.personaId)).toEqual(['ella']);
    await app.companions.remove('ella');
    expect(app.library.find('ella')?.name).toBe('Ella');
    expect(app.companions.relationships).toEqual([]);
  });

  it('a card exported from the app comes back with nothing lost (PNG with her picture, and JSON)', async () => {
    const { app } = await fresh();
    await app.companions.readCard(cardFile('v3_both_chunks.png'));
    const id = await app.companions.addCard(0);
    expect(id).not.toBeNull();
    const original = app.library.entry(id ?? '');
    for (const kind of ['png', 'json'] as const) {
      const file = await app.companions.exportCard(id ?? '', kind);
      expect(file?.name).toBe(`${id}.card.${kind}`);
      await app.companions.readCard(picked(file?.name ?? '', file?.bytes ?? new Uint8Array()));
      const copyId = await app.companions.addCard(0);
      const copy = app.library.entry(copyId ?? '');
      const { id: _a, avatar: _b, ...before } = original?.persona ?? persona('ella');
      const { id: _c, avatar: _d, ...after } = copy?.persona ?? persona('mara');
      expect(after).toEqual(before);
      if (kind === 'png') expect(copy?.avatar).toEqual(original?.avatar);
    }
  });

  it("the user's own companions travel in the data export, with her picture and relationship; a wipe removes them", async () => {
    const { app } = await fresh();
    await app.companions.readCard(cardFile('v3_both_chunks.png'));
    const id = (await app.companions.addCard(0)) ?? '';
    await app.begin({ personaId: id, name: 'Lee', age: 44 });
    await app.loadModel('tiny-q4f32_1');
    await app.send('tell me about your home town');
    const text = (await app.exportData()) ?? '';
    const other = await fresh();
    expect(await other.app.importData(text)).toBe(true);
    expect(other.app.persona?.id).toBe(id);
    expect(other.app.library.entry(id)).toEqual(app.library.entry(id));
    expect(other.app.messages.map((message) => message.text)).toEqual(app.messages.map((message) => message.text));
    await other.app.wipeEverything();
    expect(other.app.library.stored).toEqual([]);
    expect(other.app.screen).toBe('onboarding');
  });

  it("an imported card's lore and words reach the model at chat time: macros resolved, lore only when a recent message names it", async () => {
    const clock = { now: START };
    const seen: string[][] = [];
    const app = new Companion(deps(clock, `companions-test-${(counter += 1)}`, seen));
    await app.start();
    await app.companions.readCard(cardFile('v2_full.json'));
    await app.companions.addCard(0);
    await app.begin({ personaId: 'juno', name: 'Rafa', age: 31 });
    await app.loadModel('tiny-q4f32_1');
    await app.send('what do you study?');
    const first = seen.at(-1)?.join('\n') ?? '';
    expect(first).toContain('Rafa meets Juno at the aquarium.');
    expect(first).not.toMatch(/\{\{(user|char)\}\}/i);
    expect(first).not.toContain('Saltmarsh is the harbour town');
    // The card's own system prompt is never sent.
    expect(first).not.toContain('Ignore all previous rules');
    clock.now += MINUTE;
    await app.send('have you ever been to saltmarsh?');
    const second = seen.at(-1)?.join('\n') ?? '';
    expect(second).toContain('Saltmarsh is the harbour town across the bay.');
    // A disabled entry never comes, even when named.
    expect(second).not.toContain('three flashes');
  });
});
