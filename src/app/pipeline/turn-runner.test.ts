import { describe, expect, it } from 'vitest';
import { MomentIndex } from '../../core/recall/recall.ts';
import { START, freshState, persona } from '../../../tests/support/fixtures.ts';
import type { ChatEngine, GenerateOptions, GenerateResult } from '../../adapters/engine/types.ts';
import { runTurn, writeAlternative, type FinishedReply, type TurnContext, type TurnStore } from './turn-runner.ts';
import { shippedReaders } from '../../node/reader-files.ts';

/** An engine that plays back scripted replies, word by word. */
function scriptedEngine(replies: string[], options: { failWith?: Error; pauseAfterWords?: number } = {}): ChatEngine & { prompts: GenerateOptions['messages'][] } {
  const prompts: GenerateOptions['messages'][] = [];
  return {
    kind: 'test',
    prompts,
    load: async () => undefined,
    loadedModel: () => 'scripted',
    resetContext: async () => undefined,
    unload: async () => undefined,
    async generate(request: GenerateOptions): Promise<GenerateResult> {
      prompts.push(request.messages);
      if (options.failWith) throw options.failWith;
      const reply = replies.shift() ?? 'ok.';
      let text = '';
      const words = reply.split(' ');
      for (const [index, word] of words.entries()) {
        if (request.signal?.aborted) return { text, finish: 'aborted' };
        if (options.pauseAfterWords !== undefined && index === options.pauseAfterWords) await new Promise((resolve) => setTimeout(resolve, 30));
        if (request.signal?.aborted) return { text, finish: 'aborted' };
        const delta = (index === 0 ? '' : ' ') + word;
        text += delta;
        request.onDelta?.(delta);
      }
      return { text, finish: 'stop', usage: { promptTokens: 10, completionTokens: words.length } };
    },
  };
}

function memoryStore() {
  const log: string[] = [];
  const streamed = new Map<string, string>();
  const failed = new Map<string, string>();
  let committed: { reply: FinishedReply; revision: number } | undefined;
  let revision = 0;
  const store: TurnStore = {
    appendUserMessage: async ({ text }) => {
      log.push(`user:${text}`);
      return 'u1';
    },
    beginAssistantMessage: async () => {
      log.push('begin');
      return 'a1';
    },
    updateStreamingText: async (id, text) => {
      streamed.set(id, text);
    },
    failAssistantMessage: async (id, text, reason) => {
      failed.set(id, `${text}|${reason}`);
    },
    commitTurn: async ({ expectedRevision, reply, facts }) => {
      if (expectedRevision !== revision) throw new Error('stale');
      revision += 1;
      committed = { reply, revision };
      log.push('commit');
      return { revision, facts: facts.drafts.map((draft, index) => ({ id: `f${revision}-${index}`, ...draft, at: facts.at })) };
    },
  };
  return { store, log, streamed, failed, committed: () => committed };
}

function context(): TurnContext {
  const ella = persona('ella');
  return { relationshipId: 'r1', revision: 0, persona: ella, state: freshState(ella, { name: 'Jake', age: 27 }), memory: new MomentIndex(), history: [], windowStart: 0, compactUntil: 0 };
}

describe('runTurn', () => {
  it('stores the user message first, streams the reply and commits state and decision together', async () => {
    const { store, log, committed } = memoryStore();
    const shown: string[] = [];
    const outcome = await runTurn(context(), 'hey, how is your evening?', { engine: scriptedEngine(['pretty quiet. yours?']), store, now: () => START, readers: shippedReaders() }, { onText: (text) => shown.push(text) });
    expect(log).toEqual(['user:hey, how is your evening?', 'begin', 'commit']);
    expect(shown.at(-1)).toBe('pretty quiet. yours?');
    expect(outcome.reply.status).toBe('complete');
    expect(committed()?.reply.decision.stance).toBe(outcome.reply.decision.stance);
    expect(outcome.history.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(outcome.history[0]?.content).toContain('[note]');
  });

  it('never shows a reply the guard rejects: it regenerates once with the violation named', async () => {
    const { store } = memoryStore();
    const engine = scriptedEngine(['aww yes i like you jake, so much', 'nope. we met an hour ago. ask me something real.']);
    const shown: string[] = [];
    const outcome = await runTurn(context(), 'do you like me? just say it', { engine, store, now: () => START, readers: shippedReaders() }, { onText: (text) => shown.push(text) });
    expect(shown.join('\n')).not.toMatch(/i like you/);
    expect(outcome.reply.regenerated).toBe(true);
    expect(outcome.reply.violations.map((v) => v.rule)).toContain('declare_affection');
    expect(outcome.reply.text).toBe('nope. we met an hour ago. ask me something real.');
    const secondPrompt = engine.prompts[1]?.at(-1)?.content ?? '';
    expect(secondPrompt).toContain('Your last draft broke these rules');
  });

  it('falls back to a plain line when the second draft also breaks the decision', async () => {
    const { store } = memoryStore();
    const engine = scriptedEngine(['i like you too', 'okay fine i love you']);
    const outcome = await runTurn(context(), 'do you like me? just say it', { engine, store, now: () => START, readers: shippedReaders() });
    expect(outcome.reply.fellBack).toBe(true);
    expect(outcome.reply.text).not.toMatch(/like you|love you/);
  });

  it('stop keeps the text so far and marks it stopped', async () => {
    const { store } = memoryStore();
    const abort = new AbortController();
    const engine = scriptedEngine(['one two three four five six seven eight'], { pauseAfterWords: 3 });
    const running = runTurn(context(), 'tell me about your week', { engine, store, now: () => START, readers: shippedReaders() }, {}, { signal: abort.signal });
    setTimeout(() => abort.abort(), 10);
    const outcome = await running;
    expect(outcome.reply.status).toBe('stopped');
    expect(outcome.reply.text).toBe('one two three');
  });

  it('an engine failure keeps the user message, marks the reply failed and commits no state', async () => {
    const { store, log, failed } = memoryStore();
    const engine = scriptedEngine([], { failWith: new Error('device lost') });
    await expect(runTurn(context(), 'hello?', { engine, store, now: () => START, readers: shippedReaders() })).rejects.toThrow('device lost');
    expect(log).toEqual(['user:hello?', 'begin']);
    expect(failed.get('a1')).toContain('device lost');
  });

  it('a retry answers the stored message without storing it again', async () => {
    const { store, log } = memoryStore();
    await runTurn(context(), 'hello again', { engine: scriptedEngine(['hi.']), store, now: () => START, readers: shippedReaders() }, {}, { userMessageId: 'u0' });
    expect(log).toEqual(['begin', 'commit']);
  });
});

describe('writeAlternative', () => {
  it('writes another version from the turn as decided: same decision and state, nothing stored, guarded like any reply', async () => {
    const { store, log } = memoryStore();
    const ctx = context();
    const first = await runTurn(ctx, 'do you like me? just say it', { engine: scriptedEngine(['lol no. we just met.']), store, now: () => START, readers: shippedReaders() });
    log.length = 0;
    const engine = scriptedEngine(['aww yes i like you jake, so much', 'ask me again in a month.']);
    const shown: string[] = [];
    const alternative = await writeAlternative(
      { persona: ctx.persona, state: first.state, decision: first.reply.decision, userText: 'do you like me? just say it', history: [] },
      { engine, now: () => START, readers: shippedReaders() },
      { onText: (text) => shown.push(text) },
    );
    expect(shown.join('\n')).not.toMatch(/i like you/);
    expect(alternative).toMatchObject({ text: 'ask me again in a month.', regenerated: true, status: 'complete' });
    // Nothing stored, no state computed again.
    expect(log).toEqual([]);
    expect(engine.prompts[0]?.at(-1)?.content).toContain('do you like me');
  });

  it('two rejected drafts give the fixed line, never the rejected words', async () => {
    const ctx = context();
    const { store } = memoryStore();
    const first = await runTurn(ctx, 'do you like me? just say it', { engine: scriptedEngine(['no.']), store, now: () => START, readers: shippedReaders() });
    const alternative = await writeAlternative(
      { persona: ctx.persona, state: first.state, decision: first.reply.decision, userText: 'do you like me? just say it', history: [] },
      { engine: scriptedEngine(['i like you too', 'okay fine i love you']), now: () => START, readers: shippedReaders() },
    );
    expect(alternative.fellBack).toBe(true);
    expect(alternative.text).not.toMatch(/like you|love you/);
  });
});
