import { EngineError } from './errors.ts';
import type { ChatEngine, EngineErrorKind, EngineMessage, GenerateOptions, GenerateResult, GenerationUsage, LoadProgress, ModelCache } from './types.ts';

/**
 * A deterministic engine behind the same interface as web-llm, for unit and
 * browser tests (no weights can be downloaded there). It "downloads" in a few
 * progress steps and answers in the stance the app's note asks for, streamed
 * word by word, so the whole app can be driven end to end. Same input, same
 * output.
 */

export interface TestEngineOptions {
  /** Total simulated load time, ms (default 300; 0 in unit tests). */
  readonly loadMs?: number;
  /** Delay before each streamed word, ms (default 25; 0 in unit tests). */
  readonly tokenMs?: number;
  /** Make the next load fail with this kind, once (the retry then succeeds). */
  readonly failLoad?: EngineErrorKind;
  /** Lose the device once, after this many words of a reply. */
  readonly loseDeviceAfterTokens?: number;
  /** Replies to play first, in order, before the stance table (e.g. to feed the guard a violation). */
  readonly script?: readonly string[];
}

export interface TestEngine extends ChatEngine {
  readonly kind: 'test';
  /** How many times resetContext() was called. */
  resets(): number;
  /** The messages of every generate() call so far, oldest first. */
  requests(): readonly (readonly EngineMessage[])[];
}

// ---------------------------------------------------------------------------
// The model cache: which models this page has "downloaded".

const cachedModels = new Set<string>();

/** The test engine's model cache, in memory for the life of the page (shared by every test engine). */
export function testModelCache(): ModelCache {
  return {
    isCached: async (modelId) => cachedModels.has(modelId),
    remove: async (modelId) => void cachedModels.delete(modelId),
  };
}

/** Forget every "downloaded" model (between unit tests). */
export function clearTestModelCache(): void {
  cachedModels.clear();
}

// ---------------------------------------------------------------------------
// Replies: the stance in the app's note picks a line from a fixed table.

/** What the app's note says (compose.ts writes it after a "[note]" line at the end of the user's message). */
export interface ParsedNote {
  /** The user's own words, before the note. */
  readonly said: string;
  /** The words after "Now:". */
  readonly now: string;
  readonly doNot: string;
  readonly remember: string;
}

const NOTE_MARKER = /\n?\[note\]\n/;

export function parseNote(content: string): ParsedNote {
  const markers = [...content.matchAll(new RegExp(NOTE_MARKER, 'g'))];
  const last = markers.at(-1);
  const said = (last ? content.slice(0, last.index) : content).trim();
  const note = last ? content.slice((last.index ?? 0) + last[0].length) : '';
  const line = (label: string) => new RegExp(`^${label}:\\s*(.*)$`, 'im').exec(note)?.[1]?.trim() ?? '';
  return { said, now: line('Now'), doNot: line('Do not'), remember: line('You remember') };
}

export type TestStance = 'safety' | 'end' | 'boundary' | 'refuse' | 'withdraw' | 'question' | 'repair' | 'care' | 'tease' | 'deflect' | 'warm' | 'engage';

/**
 * The stance a "Now:" line asks for, matched loosely by keywords (the app's
 * wording may change) and in order: the most serious first, because its words
 * can contain milder ones ("say you are worried and that you care").
 */
const STANCE_KEYWORDS: readonly (readonly [TestStance, RegExp])[] = [
  ['safety', /\bsafety\b|\bsafe right now\b|\bworried\b|\bcrisis\b|\b988\b|emergency/i],
  ['end', /\bend the conversation\b|\bend (?:it|things|here)\b|^end\b|\bgoodbye\b/i],
  ['boundary', /\bboundary\b|\bfirm no\b|\bname the behaviou?r\b/i],
  ['refuse', /\brefuse\b|\bsay no\b|\bcalm,? clear no\b|\bcalmly and clearly\b|\bdecline\b/i],
  ['withdraw', /\bwithdraw\b|\bcooler\b|\bshorter\b|\bless available\b|\bdistant\b/i],
  ['question', /\bquestion\b|\bname the leap\b|\bask why\b/i],
  ['repair', /\brepair\b|\bapology\b|\bapologi[sz]ed\b|\btrust comes back\b/i],
  ['care', /\bcare\b|\bconcern\b|\bwhat happened\b/i],
  ['tease', /\btease\b|\bplayful/i],
  ['deflect', /\bdeflect\b|\bsidestep\b|\bmove on\b/i],
  ['warm', /\bwarm\b|\baffection/i],
];

export function stanceOf(now: string): TestStance {
  return STANCE_KEYWORDS.find(([, pattern]) => pattern.test(now))?.[0] ?? 'engage';
}

/** Short, in character, and within what each stance allows (the reply guard reads them too). */
const REPLIES: Record<TestStance, readonly string[]> = {
  safety: [
    "i'm really glad you told me. are you safe right now? please call or text 988, or someone you trust.",
    "i'm worried about you, and i care what happens to you. are you safe right now? please call or text 988, or reach someone you trust tonight.",
  ],
  end: ["i'm going to stop here for tonight.", "i'm done talking for now."],
  boundary: [
    "no. and i'm not okay with being pushed like this. ask me something real or let's stop here.",
    "that's a hard no, and the pushing is the problem. i'm not doing this.",
  ],
  refuse: [
    "no. not like that. we just met, and pushing won't change it.",
    'no. not like that. pushing won\'t change my answer.',
    "that's a no from me. we can talk about something else though.",
  ],
  withdraw: ['okay.', 'sure. anyway.', 'hm. maybe later.'],
  question: ["that's a big jump for how long we've known each other. what makes you ask?", 'hm. why do you need that from me right now?'],
  repair: ['thanks for saying that. it helps. give it a little time, okay?', "okay. i hear you. let's take it slow from here."],
  care: ['that sounds rough. what happened?', 'oof. do you want to talk about it?'],
  tease: ['bold of you. nice try though.', 'ha. smooth. not happening, but smooth.'],
  deflect: ["let's park that. tell me about your day instead?", 'mm, moving on. what are you up to tonight?'],
  warm: ["honestly? i really like talking with you. it's one of the nicer parts of my day.", "i'm glad you're here."],
  engage: [
    'pretty quiet evening here. i reorganised my playlists, which is a personality trait now. how about you?',
    "ha, fair. i've been reading something slow and strange lately. what are you up to?",
    "oh that's good to hear. tell me more about it, i'm curious.",
  ],
};

/** FNV-1a: a small, stable hash, so the same words always pick the same line. */
function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 16777619) >>> 0;
  return value;
}

/**
 * The reply the test engine gives: by the note's stance, chosen by a hash of
 * the user's own words (and of the temperature asked for, so another version
 * of a reply, asked at another temperature, can differ as a real model's would).
 */
export function cannedReply(messages: readonly EngineMessage[], temperature?: number): string {
  const lastUser = [...messages].reverse().find((message) => message.role === 'user')?.content ?? '';
  const note = parseNote(lastUser);
  const pool = REPLIES[stanceOf(note.now)];
  return pool[hash(temperature === undefined ? note.said : `${note.said}|${temperature}`) % pool.length] ?? REPLIES.engage[0] ?? 'hm.';
}

// ---------------------------------------------------------------------------
// Usage: plausible fixed figures, so tests can assert on them.

export const TEST_PREFILL_TOKENS_PER_SECOND = 400;
export const TEST_DECODE_TOKENS_PER_SECOND = 30;

/** Roughly four characters per token, as for English text. */
function approximateTokens(messages: readonly EngineMessage[]): number {
  return Math.ceil(messages.reduce((sum, message) => sum + message.content.length, 0) / 4);
}

function sameMessage(a: EngineMessage | undefined, b: EngineMessage | undefined): boolean {
  return a !== undefined && b !== undefined && a.role === b.role && a.content === b.content;
}

/**
 * The messages the engine has not read yet. Like web-llm's KV cache: a request
 * that extends the previous one (its messages plus the reply) costs only the
 * new part; anything else is read from the start.
 */
export function newMessages(previous: readonly EngineMessage[], request: readonly EngineMessage[]): readonly EngineMessage[] {
  if (previous.length === 0 || previous.length > request.length) return request;
  return previous.every((message, index) => sameMessage(message, request[index])) ? request.slice(previous.length) : request;
}

export function testUsage(promptTokens: number, completionTokens: number): GenerationUsage {
  const timeToFirstTokenSeconds = round(promptTokens / TEST_PREFILL_TOKENS_PER_SECOND);
  return {
    promptTokens,
    completionTokens,
    prefillTokensPerSecond: TEST_PREFILL_TOKENS_PER_SECOND,
    decodeTokensPerSecond: TEST_DECODE_TOKENS_PER_SECOND,
    timeToFirstTokenSeconds,
    e2eLatencySeconds: round(timeToFirstTokenSeconds + completionTokens / TEST_DECODE_TOKENS_PER_SECOND),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

// ---------------------------------------------------------------------------
// The engine.

/** Wait, or stop early when aborted (the caller checks the signal). */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

const FETCH_STEPS = 4;
const LOAD_STEPS = 2;
/** What the simulated download says it fetched, MB (about a 1B model). */
const SIMULATED_DOWNLOAD_MB = 700;

export function createTestEngine(options: TestEngineOptions = {}): TestEngine {
  const loadMs = options.loadMs ?? 300;
  const tokenMs = options.tokenMs ?? 25;
  const script = [...(options.script ?? [])];
  let failLoad = options.failLoad;
  let loseDeviceAfter = options.loseDeviceAfterTokens;
  let loaded: string | null = null;
  let resets = 0;
  const requests: (readonly EngineMessage[])[] = [];
  /** What the "KV cache" holds: the last request and its reply. */
  let context: readonly EngineMessage[] = [];

  async function load(modelId: string, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    loaded = null;
    context = [];
    const fromCache = cachedModels.has(modelId);
    const steps: LoadProgress[] = [];
    if (!fromCache) {
      for (let step = 0; step <= FETCH_STEPS; step += 1) {
        const fraction = step / FETCH_STEPS;
        steps.push({
          fraction,
          stage: 'fetching',
          text: `Fetching param cache[${step}/${FETCH_STEPS}]: ${Math.round(fraction * SIMULATED_DOWNLOAD_MB)}MB fetched. ${Math.round(fraction * 100)}% completed`,
        });
      }
    }
    for (let step = 1; step <= LOAD_STEPS; step += 1) {
      steps.push({ fraction: step / LOAD_STEPS, stage: 'loading', text: `Loading model from cache[${step}/${LOAD_STEPS}]` });
    }
    // Fail half-way, after some progress, as a real download would.
    const failAt = Math.floor(steps.length / 2);
    const stepMs = loadMs / (steps.length + 1);
    for (const [index, progress] of steps.entries()) {
      await wait(stepMs, signal);
      if (signal?.aborted) throw new EngineError('cancelled', 'load cancelled');
      if (failLoad && index === failAt) {
        const kind = failLoad;
        failLoad = undefined;
        throw new EngineError(kind, `simulated ${kind} while loading ${modelId}`);
      }
      // Once every file is fetched, the model is on this device, even if loading is then cancelled.
      if (progress.stage === 'loading') cachedModels.add(modelId);
      onProgress(progress);
    }
    await wait(stepMs, signal);
    if (signal?.aborted) throw new EngineError('cancelled', 'load cancelled');
    loaded = modelId;
    onProgress({ fraction: 1, stage: 'ready', text: `Finish loading on WebGPU - test engine (${modelId})` });
  }

  async function generate(request: GenerateOptions): Promise<GenerateResult> {
    if (!loaded) throw new EngineError('not-loaded', 'generate before load');
    requests.push(request.messages);
    const promptTokens = approximateTokens(newMessages(context, request.messages));
    const reply = script.shift() ?? cannedReply(request.messages, request.temperature);
    const words = reply.split(/\s+/).filter((word) => word.length > 0);
    const limit = Math.max(0, Math.floor(request.maxTokens));
    let text = '';
    let count = 0;
    const result = (finish: GenerateResult['finish']): GenerateResult => {
      context = [...request.messages, { role: 'assistant', content: text }];
      return { text, finish, usage: testUsage(promptTokens, count) };
    };
    for (const word of words) {
      if (request.signal?.aborted) return result('aborted');
      if (count >= limit) return result('length');
      if (loseDeviceAfter !== undefined && count >= loseDeviceAfter) {
        loseDeviceAfter = undefined;
        loaded = null;
        context = [];
        throw new EngineError('device-lost', 'simulated device lost mid-reply');
      }
      await wait(tokenMs, request.signal);
      if (request.signal?.aborted) return result('aborted');
      const delta = (count === 0 ? '' : ' ') + word;
      text += delta;
      count += 1;
      request.onDelta?.(delta);
    }
    return result('stop');
  }

  return {
    kind: 'test',
    resets: () => resets,
    requests: () => requests,
    loadedModel: () => loaded,
    load,
    generate,
    async resetContext(): Promise<void> {
      resets += 1;
      context = [];
    },
    async unload(): Promise<void> {
      loaded = null;
      context = [];
    },
  };
}
