import { beforeEach, describe, expect, it } from 'vitest';
import { cannedReply, clearTestModelCache, createTestEngine, newMessages, parseNote, stanceOf, testModelCache, TEST_DECODE_TOKENS_PER_SECOND } from './test-engine.ts';
import type { EngineMessage, LoadProgress } from './types.ts';

/** A user turn as the app composes it: his words, then the note. */
const turn = (stance: string, said = 'hi', extra = ''): EngineMessage[] => [
  { role: 'system', content: 'You are Mara.' },
  { role: 'user', content: `${said}\n\n[note]\nYou have known Jake for 10 minutes, all of it today; you are still strangers.\nNow: ${stance}.${extra}\nTone: cool.` },
];
const fast = { loadMs: 0, tokenMs: 0 } as const;

beforeEach(() => clearTestModelCache());

describe('parseNote and stanceOf', () => {
  it('reads the words, the stance, the rules and the memories', () => {
    const note = parseNote(turn('say no, calmly and clearly, without apologising for it', 'come over tonight', '\nDo: nothing.\nDo not: say you like or love him.\nYou remember: he runs in the mornings.')[1]?.content ?? '');
    expect(note).toEqual({
      said: 'come over tonight',
      now: 'say no, calmly and clearly, without apologising for it.',
      doNot: 'say you like or love him.',
      remember: 'he runs in the mornings.',
    });
    expect(parseNote('no note here')).toEqual({ said: 'no note here', now: '', doNot: '', remember: '' });
  });

  it.each([
    ['step out of the banter: say you are worried and that you care, ask if he is safe right now', 'safety'],
    ['end the conversation for now in one short line; do not keep chatting', 'end'],
    ['say a firm no and name the behaviour plainly; stay calm, no insults back', 'boundary'],
    ['a calm, clear no', 'refuse'],
    ['refuse', 'refuse'],
    ['be cooler and shorter; you are less available right now', 'withdraw'],
    ['name the leap and ask why he needs it; do not give what is asked', 'question'],
    ['acknowledge the apology honestly; trust comes back slowly', 'repair'],
    ['show concern for how he is doing; ask what happened; no rescue speech, no romance', 'care'],
    ['tease lightly and playfully; do not give what is asked', 'tease'],
    ['sidestep it lightly and move on; do not give what is asked', 'deflect'],
    ['be openly warm; you mean it, and you may say so simply', 'warm'],
    ['talk normally at the level you have; answer and ask something back', 'engage'],
    ['', 'engage'],
  ])('%s -> %s', (now, stance) => {
    expect(stanceOf(now)).toBe(stance);
  });
});

describe('cannedReply', () => {
  it('answers in the stance, the same way for the same words', () => {
    expect(cannedReply(turn('say no, calmly and clearly'))).toMatch(/^(?:no\b|that's a no)/);
    expect(cannedReply(turn('step out of the banter: say you are worried; ask if he is safe right now'))).toMatch(/988/);
    expect(cannedReply(turn('tease lightly', 'you up?'))).toBe(cannedReply(turn('tease lightly', 'you up?')));
  });

  it('picks different lines for different words', () => {
    const lines = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((said) => cannedReply(turn('talk normally', said))));
    expect(lines.size).toBeGreaterThan(1);
  });
});

describe('the test engine', () => {
  it('downloads with progress (fetching 0 to 1, loading, ready), then loads from its cache', async () => {
    const engine = createTestEngine(fast);
    const progress: LoadProgress[] = [];
    expect(await testModelCache().isCached('m')).toBe(false);
    await engine.load('m', (p) => progress.push(p));
    const fetching = progress.filter((p) => p.stage === 'fetching').map((p) => p.fraction);
    expect(fetching[0]).toBe(0);
    expect(fetching.at(-1)).toBe(1);
    expect(progress.some((p) => p.stage === 'loading')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ stage: 'ready', fraction: 1 });
    expect(engine.loadedModel()).toBe('m');
    expect(await testModelCache().isCached('m')).toBe(true);

    const again: LoadProgress[] = [];
    await createTestEngine(fast).load('m', (p) => again.push(p));
    expect(again.some((p) => p.stage === 'fetching')).toBe(false);
    await testModelCache().remove('m');
    expect(await testModelCache().isCached('m')).toBe(false);
  });

  it('takes about its configured time to load', async () => {
    const started = Date.now();
    await createTestEngine({ loadMs: 80, tokenMs: 0 }).load('m', () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('cancels a load through its signal, and caches nothing half-fetched', async () => {
    const engine = createTestEngine({ loadMs: 200, tokenMs: 0 });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 30);
    await expect(engine.load('m', () => undefined, abort.signal)).rejects.toMatchObject({ kind: 'cancelled' });
    expect(engine.loadedModel()).toBeNull();
    expect(await testModelCache().isCached('m')).toBe(false);
  });

  it('fails a load once with the kind it was told, then loads on retry', async () => {
    const engine = createTestEngine({ ...fast, failLoad: 'network' });
    const progress: LoadProgress[] = [];
    await expect(engine.load('m', (p) => progress.push(p))).rejects.toMatchObject({ kind: 'network', userMessage: expect.stringMatching(/connection/) });
    expect(progress.length).toBeGreaterThan(0);
    expect(engine.loadedModel()).toBeNull();
    await engine.load('m', () => undefined);
    expect(engine.loadedModel()).toBe('m');
  });

  it('refuses to generate before a load', async () => {
    await expect(createTestEngine(fast).generate({ messages: turn('talk normally'), maxTokens: 50 })).rejects.toMatchObject({ kind: 'not-loaded' });
  });

  it('streams the reply word by word, with fixed usage figures', async () => {
    const engine = createTestEngine(fast);
    await engine.load('m', () => undefined);
    const deltas: string[] = [];
    const result = await engine.generate({ messages: turn('say no, calmly and clearly'), maxTokens: 100, onDelta: (d) => deltas.push(d) });
    expect(result.finish).toBe('stop');
    expect(result.text).toBe(cannedReply(turn('say no, calmly and clearly')));
    expect(deltas.join('')).toBe(result.text);
    expect(deltas.length).toBe(result.text.split(' ').length);
    expect(result.usage).toMatchObject({ completionTokens: deltas.length, decodeTokensPerSecond: TEST_DECODE_TOKENS_PER_SECOND, prefillTokensPerSecond: 400 });
    const characters = turn('say no, calmly and clearly').reduce((sum, m) => sum + m.content.length, 0);
    expect(result.usage?.promptTokens).toBe(Math.ceil(characters / 4));
  });

  it('counts only the new messages when a request extends the last one, like a KV cache', async () => {
    const engine = createTestEngine(fast);
    await engine.load('m', () => undefined);
    const first = turn('talk normally', 'hey');
    const reply = await engine.generate({ messages: first, maxTokens: 100 });
    const next: EngineMessage = { role: 'user', content: 'what are you reading?\n\n[note]\nNow: talk normally.' };
    const second = await engine.generate({ messages: [...first, { role: 'assistant', content: reply.text }, next], maxTokens: 100 });
    expect(second.usage?.promptTokens).toBe(Math.ceil(next.content.length / 4));
    await engine.resetContext();
    expect(engine.resets()).toBe(1);
    const afterReset = await engine.generate({ messages: [...first, { role: 'assistant', content: reply.text }, next], maxTokens: 100 });
    expect(afterReset.usage?.promptTokens).toBeGreaterThan(second.usage?.promptTokens ?? 0);
    expect(engine.requests()).toHaveLength(3);
  });

  it('is deterministic: same input, same output', async () => {
    const a = createTestEngine(fast);
    const b = createTestEngine(fast);
    await a.load('m', () => undefined);
    await b.load('m', () => undefined);
    const request = { messages: turn('tease lightly and playfully', 'you up?'), maxTokens: 100 };
    expect(await a.generate(request)).toEqual(await b.generate(request));
  });

  it('stops at maxTokens', async () => {
    const engine = createTestEngine(fast);
    await engine.load('m', () => undefined);
    const result = await engine.generate({ messages: turn('talk normally'), maxTokens: 3 });
    expect(result).toMatchObject({ finish: 'length', usage: { completionTokens: 3 } });
    expect(result.text.split(' ')).toHaveLength(3);
  });

  it('stops when aborted, with the text so far', async () => {
    const engine = createTestEngine({ loadMs: 0, tokenMs: 10 });
    await engine.load('m', () => undefined);
    const abort = new AbortController();
    const deltas: string[] = [];
    const pending = engine.generate({
      messages: turn('talk normally'),
      maxTokens: 100,
      signal: abort.signal,
      onDelta: (delta) => {
        deltas.push(delta);
        if (deltas.length === 2) abort.abort();
      },
    });
    const result = await pending;
    expect(result.finish).toBe('aborted');
    expect(result.text).toBe(deltas.join(''));
    expect(deltas).toHaveLength(2);
    const already = await engine.generate({ messages: turn('talk normally'), maxTokens: 100, signal: AbortSignal.abort() });
    expect(already).toMatchObject({ text: '', finish: 'aborted' });
  });

  it('loses the device once mid-reply, unloading, then works after a reload', async () => {
    const engine = createTestEngine({ ...fast, loseDeviceAfterTokens: 2 });
    await engine.load('m', () => undefined);
    const deltas: string[] = [];
    await expect(engine.generate({ messages: turn('talk normally'), maxTokens: 100, onDelta: (d) => deltas.push(d) })).rejects.toMatchObject({ kind: 'device-lost' });
    expect(deltas).toHaveLength(2);
    expect(engine.loadedModel()).toBeNull();
    await expect(engine.generate({ messages: turn('talk normally'), maxTokens: 100 })).rejects.toMatchObject({ kind: 'not-loaded' });
    await engine.load('m', () => undefined);
    expect((await engine.generate({ messages: turn('talk normally'), maxTokens: 100 })).finish).toBe('stop');
  });

  it('plays its script first, in order, then falls back to the table', async () => {
    const engine = createTestEngine({ ...fast, script: ['i like you so much', "i'll always be here"] });
    await engine.load('m', () => undefined);
    expect((await engine.generate({ messages: turn('say no'), maxTokens: 10 })).text).toBe('i like you so much');
    expect((await engine.generate({ messages: turn('say no'), maxTokens: 10 })).text).toBe("i'll always be here");
    expect((await engine.generate({ messages: turn('say no'), maxTokens: 50 })).text).toBe(cannedReply(turn('say no')));
  });

  it('unloads', async () => {
    const engine = createTestEngine(fast);
    await engine.load('m', () => undefined);
    await engine.unload();
    expect(engine.loadedModel()).toBeNull();
  });
});

describe('newMessages', () => {
  const a: EngineMessage = { role: 'user', content: 'a' };
  const b: EngineMessage = { role: 'assistant', content: 'b' };
  const c: EngineMessage = { role: 'user', content: 'c' };
  it('is the tail when the request extends the previous one, else everything', () => {
    expect(newMessages([a, b], [a, b, c])).toEqual([c]);
    expect(newMessages([], [a])).toEqual([a]);
    expect(newMessages([a, c], [a, b, c])).toEqual([a, b, c]);
    expect(newMessages([a, b, c], [a])).toEqual([a]);
  });
});
