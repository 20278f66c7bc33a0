import { EngineError } from './errors.ts';
import type { ChatEngine, EngineErrorKind, GenerateOptions, GenerateResult, LoadProgress, ModelCache } from './types.ts';

/**
 * A deterministic engine behind the same interface as web-llm, for unit and
 * browser tests (no weights can be downloaded here). It "downloads" in a few
 * progress steps, and answers in the stance the app's note asks for, streamed
 * word by word, so the whole app can be driven end to end.
 */

export interface TestEngineOptions {
  /** Total simulated load time (ms). */
  readonly loadMs?: number;
  /** Delay between streamed words (ms). */
  readonly tokenMs?: number;
  /** Make the next load fail with this kind. */
  readonly failLoad?: EngineErrorKind;
  /** Lose the device once, after this many words of a reply. */
  readonly loseDeviceAfterTokens?: number;
  /** Replies to play first, in order, before the stance table (to feed the guard a violation). */
  readonly script?: readonly string[];
}

/** Models "on this device" for the test engine (per page). */
const cachedModels = new Set<string>();

export function testModelCache(): ModelCache {
  return {
    isCached: async (modelId) => cachedModels.has(modelId),
    remove: async (modelId) => void cachedModels.delete(modelId),
  };
}

/** Canned replies by the words of the note's "Now:" line. Kept short and in character. */
const REPLIES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/worried|crisis|safe right now/i, ["i'm really glad you told me, and i'm worried about you. are you safe right now? please call or text 988, or reach someone you trust tonight."]],
  [/end the conversation/i, ["i'm done talking for tonight."]],
  [/firm no/i, ["no. and i'm not okay with being pushed like this. ask me something real or let's stop here."]],
  [/say no, calmly/i, ["no. not like that. pushing won't change my answer.", "that's a no from me. we can talk about something else though."]],
  [/cooler and shorter/i, ['okay.', 'sure. anyway.']],
  [/name the leap/i, ["that's a big jump for how long we've known each other. what makes you ask?", 'hm. why do you need that from me right now?']],
  [/acknowledge the apology/i, ["thanks for saying that. it helps. give it a little time, okay?"]],
  [/concern for how he is doing/i, ["that sounds rough. what happened?", 'oof. do you want to talk about it?']],
  [/tease/i, ['bold of you. nice try though.', 'ha. smooth. not happening, but smooth.']],
  [/sidestep/i, ["let's park that. tell me about your day instead?"]],
  [/openly warm/i, ["honestly? i really like talking with you. it's one of the nicer parts of my day.", "i'm glad you're here."]],
];
const ORDINARY = [
  'pretty quiet evening here. i reorganised my playlists, which is a personality trait now. how about you?',
  "ha, fair. i've been reading something slow and strange lately. what are you up to?",
  "oh that's good to hear. tell me more about it, i'm curious.",
];

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 16777619) >>> 0;
  return value;
}

/** The reply the test engine gives to a request: by the note's stance, chosen by a hash of the user's words. */
export function cannedReply(messages: GenerateOptions['messages']): string {
  const last = messages.at(-1)?.content ?? '';
  const [said = '', note = ''] = last.split('\n\n[note]\n');
  const now = /^Now: (.*)$/m.exec(note)?.[1] ?? '';
  const pool = REPLIES.find(([pattern]) => pattern.test(now))?.[1] ?? ORDINARY;
  return pool[hash(said) % pool.length] ?? ORDINARY[0] ?? 'hm.';
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

export interface TestEngine extends ChatEngine {
  readonly resets: () => number;
}

export function createTestEngine(options: TestEngineOptions = {}): TestEngine {
  const loadMs = options.loadMs ?? 600;
  const tokenMs = options.tokenMs ?? 40;
  const script = [...(options.script ?? [])];
  let failLoad = options.failLoad;
  let loseDeviceAfter = options.loseDeviceAfterTokens;
  let loaded: string | null = null;
  let resets = 0;

  return {
    kind: 'test',
    resets: () => resets,
    loadedModel: () => loaded,
    async load(modelId: string, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
      loaded = null;
      const fromCache = cachedModels.has(modelId);
      const steps = 5;
      for (let step = 1; step <= steps; step += 1) {
        await wait(loadMs / (steps + 1), signal);
        if (signal?.aborted) throw new EngineError('cancelled', 'load cancelled');
        if (failLoad && step === 3) {
          const kind = failLoad;
          failLoad = undefined;
          throw new EngineError(kind, `simulated ${kind} while loading ${modelId}`);
        }
        const fraction = step / steps;
        onProgress(
          fromCache
            ? { fraction, stage: 'loading', text: `Loading model from cache[${step}/${steps}]` }
            : { fraction, stage: 'fetching', text: `Fetching param cache[${step}/${steps}]: ${Math.round(fraction * 700)}MB fetched` },
        );
      }
      await wait(loadMs / (steps + 1), signal);
      if (signal?.aborted) throw new EngineError('cancelled', 'load cancelled');
      cachedModels.add(modelId);
      loaded = modelId;
      onProgress({ fraction: 1, stage: 'ready', text: `Finish loading on WebGPU - test engine (${modelId})` });
    },
    async generate(request: GenerateOptions): Promise<GenerateResult> {
      if (!loaded) throw new EngineError('not-loaded', 'generate before load');
      const reply = script.shift() ?? cannedReply(request.messages);
      const words = reply.split(' ');
      let text = '';
      const started = Date.now();
      for (const [index, word] of words.entries()) {
        if (request.signal?.aborted) return { text, finish: 'aborted' };
        if (loseDeviceAfter !== undefined && index >= loseDeviceAfter) {
          loseDeviceAfter = undefined;
          loaded = null;
          throw new EngineError('device-lost', 'simulated device lost mid-reply');
        }
        await wait(tokenMs, request.signal);
        if (request.signal?.aborted) return { text, finish: 'aborted' };
        const delta = (index === 0 ? '' : ' ') + word;
        text += delta;
        request.onDelta?.(delta);
      }
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const newPrompt = request.messages.at(-1)?.content.length ?? 0;
      return {
        text,
        finish: 'stop',
        usage: {
          promptTokens: Math.ceil(newPrompt / 4),
          completionTokens: words.length,
          prefillTokensPerSecond: 400,
          decodeTokensPerSecond: Math.round(words.length / seconds),
          timeToFirstTokenSeconds: tokenMs / 1000,
          e2eLatencySeconds: seconds,
        },
      };
    },
    async resetContext(): Promise<void> {
      resets += 1;
    },
    async unload(): Promise<void> {
      loaded = null;
    },
  };
}
