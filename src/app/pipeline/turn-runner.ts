import type { Appraisal } from '../../core/appraise/appraisal.ts';
import { appraisalLabels } from '../../core/appraise/appraise.ts';
import { compose, type HistoryMessage } from '../../core/compose/compose.ts';
import { fallbackReply } from '../../core/compose/fallback.ts';
import type { Decision } from '../../core/decide/decision.ts';
import { guardReply, type Violation } from '../../core/guard/guard.ts';
import type { Persona } from '../../core/persona.ts';
import type { Moment } from '../../core/recall/moment.ts';
import type { MomentIndex } from '../../core/recall/recall.ts';
import type { RelationshipState } from '../../core/state/state.ts';
import { extractFacts, type FactDraft, type FactIndex } from '../../core/recall/facts.ts';
import { takeTurn } from '../../core/turn.ts';
import type { Readers } from '../../core/read/readers.ts';
import type { ChatEngine, GenerationUsage } from '../../adapters/engine/types.ts';

/**
 * One turn of the app: appraise, update, decide, recall (the pure core), then
 * compose, generate with streaming, guard, and persist. The user's message is
 * stored before anything slow happens; the reply is stored as it streams, so a
 * reload or crash leaves it marked, never lost. A reply the guard rejects is
 * never shown: streaming text is checked as it grows, a violation stops the
 * generation, and one regeneration follows with a firmer directive; if that
 * also fails, a plain line that cannot break the decision is used.
 */

/** A snapshot of the numbers, for the inspector's before/after. */
export interface StateSnapshot {
  readonly stage: RelationshipState['stage'];
  readonly trust: number;
  readonly respect: number;
  readonly affection: number;
  readonly familiarity: number;
  readonly tension: number;
}

export function snapshotOf(state: RelationshipState): StateSnapshot {
  return { stage: state.stage, ...state.numbers };
}

export type ReplyStatus = 'complete' | 'stopped' | 'failed';

export interface FinishedReply {
  readonly text: string;
  readonly status: ReplyStatus;
  readonly decision: Decision;
  readonly appraisalLabels: readonly string[];
  readonly stateBefore: StateSnapshot;
  readonly stateAfter: StateSnapshot;
  /** Whether the first draft was rejected by the guard and written again. */
  readonly regenerated: boolean;
  /** What the rejected drafts broke. */
  readonly violations: readonly Violation[];
  /** Whether the fallback line stood in for two rejected drafts. */
  readonly fellBack: boolean;
  readonly usage?: GenerationUsage;
  readonly promptTokens: number;
}

/** Where a turn is written. The storage adapter implements it; tests use an in-memory one. */
export interface TurnStore {
  appendUserMessage(input: { relationshipId: string; text: string; promptContent: string; at: number }): Promise<string>;
  beginAssistantMessage(input: { relationshipId: string; replyTo: string; at: number }): Promise<string>;
  updateStreamingText(messageId: string, text: string): Promise<void>;
  /** The engine failed mid-turn: keep what streamed, say why; the state is not committed, so a retry starts clean. */
  failAssistantMessage(messageId: string, text: string, reason: string): Promise<void>;
  /** One transaction: the state, the moments, the facts and the final reply land together or not at all. */
  commitTurn(input: {
    relationshipId: string;
    expectedRevision: number;
    state: RelationshipState;
    moments: readonly Moment[];
    /** Facts the user shared in this message, with the message they came from. */
    facts: { readonly drafts: readonly FactDraft[]; readonly quote: string; readonly sourceMessageId: string; readonly at: number };
    assistantId: string;
    reply: FinishedReply;
    modelId: string | null;
    at: number;
  }): Promise<{ revision: number; facts: readonly StoredFact[] }>;
}

/** A fact as stored: what recall and the memory view need. */
export interface StoredFact {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly at: number;
  readonly importance: number;
}

export interface TurnContext {
  readonly relationshipId: string;
  readonly revision: number;
  readonly persona: Persona;
  readonly state: RelationshipState;
  readonly memory: MomentIndex;
  /** What the model saw so far, oldest first. */
  readonly history: readonly HistoryMessage[];
  readonly windowStart: number;
  readonly compactUntil: number;
  /** Facts he has shared, indexed for recall (stored memories). */
  readonly facts?: FactIndex;
}

export interface TurnDeps {
  readonly engine: ChatEngine;
  /** The trained readers: the message's reading and the guard's reading of each draft. */
  readonly readers: Readers;
  readonly store: TurnStore;
  /** The only clock the turn sees. */
  readonly now: () => number;
  readonly maxReplyTokens?: number;
  /** How often streaming text is written through (ms of clock time); the UI gets every delta. */
  readonly persistEveryMs?: number;
}

export interface TurnEvents {
  /** The decision is known: the inspector can show it before the reply streams. */
  readonly onDecision?: (decision: Decision, appraisal: Appraisal) => void;
  /** The visible reply so far (only guard-approved text). */
  readonly onText?: (text: string) => void;
  /** A draft was rejected and is being written again. */
  readonly onRegenerate?: (violations: readonly Violation[]) => void;
  readonly onUserStored?: (messageId: string) => void;
  /** A write made only for safety (the text streamed so far, a failed reply's reason) did not land; the turn carries on. */
  readonly onWriteFailed?: (error: unknown) => void;
}

export interface TurnOutcome {
  readonly userMessageId: string;
  readonly assistantMessageId: string;
  readonly reply: FinishedReply;
  readonly state: RelationshipState;
  readonly revision: number;
  readonly moments: readonly Moment[];
  /** Facts stored with this turn. */
  readonly facts: readonly StoredFact[];
  readonly history: readonly HistoryMessage[];
  readonly windowStart: number;
  readonly compactUntil: number;
}

const DEFAULT_REPLY_TOKENS = 256;

export interface TurnOptions {
  /** Retrying a turn whose reply failed: the user's message is already stored. */
  readonly userMessageId?: string;
  readonly signal?: AbortSignal;
}

export async function runTurn(ctx: TurnContext, text: string, deps: TurnDeps, events: TurnEvents = {}, options: TurnOptions = {}): Promise<TurnOutcome> {
  const { signal } = options;
  const now = deps.now();
  const result = takeTurn({ persona: ctx.persona, state: ctx.state, memory: ctx.memory, text, now, reader: deps.readers.message });
  const { decision } = result;
  events.onDecision?.(decision, result.appraisal);
  const facts = (ctx.facts?.rank(text, now) ?? []).map((fact) => fact.text);

  let composed = compose({
    persona: ctx.persona,
    state: result.state,
    decision,
    userText: text,
    history: ctx.history,
    windowStart: ctx.windowStart,
    compactUntil: ctx.compactUntil,
    facts,
  });
  const userMessageId =
    options.userMessageId ?? (await deps.store.appendUserMessage({ relationshipId: ctx.relationshipId, text, promptContent: composed.userContent, at: now }));
  events.onUserStored?.(userMessageId);
  const assistantId = await deps.store.beginAssistantMessage({ relationshipId: ctx.relationshipId, replyTo: userMessageId, at: deps.now() });

  const written = await writeReply(
    { persona: ctx.persona, state: result.state, decision, userText: text, history: ctx.history, windowStart: ctx.windowStart, compactUntil: ctx.compactUntil, facts },
    composed,
    deps,
    events,
    { assistantId, signal },
  );
  const { text: finalText, status, regenerated, violations, fellBack, usage } = written;
  composed = written.composed;

  const reply: FinishedReply = {
    text: finalText,
    status,
    decision,
    appraisalLabels: appraisalLabels(result.appraisal),
    stateBefore: snapshotOf(ctx.state),
    stateAfter: snapshotOf(result.state),
    regenerated,
    violations,
    fellBack,
    ...(usage ? { usage } : {}),
    promptTokens: composed.promptTokens,
  };
  const commit = deps.store.commitTurn({
    relationshipId: ctx.relationshipId,
    expectedRevision: ctx.revision,
    state: result.state,
    moments: result.moments,
    facts: { drafts: extractFacts(text), quote: text, sourceMessageId: userMessageId, at: now },
    assistantId,
    reply,
    modelId: deps.engine.loadedModel(),
    at: deps.now(),
  });
  let committed: { revision: number; facts: readonly StoredFact[] };
  try {
    committed = await commit;
  } catch (error) {
    // Another tab moved the relationship on (or storage failed): this reply is not part of it.
    await deps.store.failAssistantMessage(assistantId, finalText, error instanceof Error ? error.message : String(error)).catch((writeError: unknown) => events.onWriteFailed?.(writeError));
    throw error;
  }
  // The history keeps the first composition's user content: that is what the cache holds after a clean turn.
  const history: HistoryMessage[] = [
    ...ctx.history,
    { role: 'user', content: composed.userContent, plain: text },
    { role: 'assistant', content: finalText },
  ];
  return {
    userMessageId,
    assistantMessageId: assistantId,
    reply,
    state: result.state,
    revision: committed.revision,
    moments: result.moments,
    facts: committed.facts,
    history,
    windowStart: composed.windowStart,
    compactUntil: composed.compactUntil,
  };
}

/** What compose needs for one reply, the turn's decision and state included (computed once per turn). */
type ReplyInput = Parameters<typeof compose>[0];

interface WrittenReply {
  readonly text: string;
  readonly status: ReplyStatus;
  readonly regenerated: boolean;
  readonly violations: readonly Violation[];
  readonly fellBack: boolean;
  readonly usage?: GenerationUsage;
  /** The composition that produced the reply (its user content is what the model's history keeps). */
  readonly composed: ReturnType<typeof compose>;
}

/**
 * Write one reply to a decided turn, guarded: a draft the guard rejects is
 * written once more with a firmer directive, then replaced by a fixed line.
 * With an `assistantId`, the text is written through to storage as it streams
 * and a failure is stored with what was shown.
 */
async function writeReply(
  input: ReplyInput,
  first: ReturnType<typeof compose>,
  deps: Pick<TurnDeps, 'engine' | 'readers' | 'now' | 'maxReplyTokens' | 'persistEveryMs'> & { readonly store?: TurnStore },
  events: TurnEvents,
  options: { readonly assistantId?: string; readonly signal?: AbortSignal | undefined; readonly temperature?: number },
): Promise<WrittenReply> {
  const { decision } = input;
  const { signal, assistantId, temperature } = options;
  let composed = first;
  const violations: Violation[] = [];
  let regenerated = false;
  let fellBack = false;
  let finalText = '';
  let status: ReplyStatus = 'complete';
  let usage: GenerationUsage | undefined;

  let shown = '';
  const track: TurnEvents = { ...events, onText: (visible) => { shown = visible; events.onText?.(visible); } };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let draft: Draft;
    try {
      draft = await generateGuarded(deps, composed.messages, decision, assistantId, track, signal, temperature);
    } catch (error) {
      if (assistantId !== undefined) await deps.store?.failAssistantMessage(assistantId, shown, error instanceof Error ? error.message : String(error));
      throw error;
    }
    usage = draft.usage ?? usage;
    if (draft.violations.length === 0) {
      finalText = draft.text;
      status = draft.stopped ? 'stopped' : 'complete';
      break;
    }
    violations.push(...draft.violations);
    if (attempt === 0) {
      regenerated = true;
      events.onRegenerate?.(draft.violations);
      events.onText?.('');
      composed = compose({ ...input, correction: draft.violations.map((violation) => `${violation.rule.replace(/_/g, ' ')} ("${violation.excerpt}")`) });
    } else {
      fellBack = true;
      finalText = fallbackReply(decision);
      events.onText?.(finalText);
    }
  }
  if (finalText.trim() === '' && status === 'complete') {
    // An empty reply says nothing useful; the fallback at least says what she decided.
    fellBack = true;
    finalText = fallbackReply(decision);
    events.onText?.(finalText);
  }
  return { text: finalText, status, regenerated, violations, fellBack, composed, ...(usage ? { usage } : {}) };
}

/** What another version of a finished reply needs: the turn as it was decided, and the history before it. */
export interface AlternativeContext {
  readonly persona: Persona;
  /** The relationship state the turn produced: not computed again. */
  readonly state: RelationshipState;
  readonly decision: Decision;
  readonly userText: string;
  /** What the model saw before this turn, oldest first. */
  readonly history: readonly HistoryMessage[];
  readonly facts?: FactIndex;
  /** How freely to sample: another version is asked a little warmer than the last, so it can differ. */
  readonly temperature?: number;
}

/**
 * Another version of the last reply: the same decision and state (the turn is
 * not taken again, so nothing in the relationship moves twice), new words,
 * guarded exactly like any reply. Nothing is stored here: the caller keeps it
 * as an alternative.
 */
export async function writeAlternative(ctx: AlternativeContext, deps: Pick<TurnDeps, 'engine' | 'readers' | 'now' | 'maxReplyTokens'>, events: TurnEvents = {}, signal?: AbortSignal): Promise<WrittenReply> {
  const now = deps.now();
  const facts = (ctx.facts?.rank(ctx.userText, now) ?? []).map((fact) => fact.text);
  const input: ReplyInput = { persona: ctx.persona, state: ctx.state, decision: ctx.decision, userText: ctx.userText, history: ctx.history, windowStart: 0, compactUntil: 0, facts };
  return writeReply(input, compose(input), deps, events, { signal, ...(ctx.temperature !== undefined ? { temperature: ctx.temperature } : {}) });
}

interface Draft {
  readonly text: string;
  readonly violations: readonly Violation[];
  readonly stopped: boolean;
  readonly usage?: GenerationUsage;
}

/** Generate one draft, showing only text the guard passes, and stopping at the first violation. */
async function generateGuarded(
  deps: Pick<TurnDeps, 'engine' | 'readers' | 'now' | 'maxReplyTokens' | 'persistEveryMs'> & { readonly store?: TurnStore },
  messages: readonly { role: 'system' | 'user' | 'assistant'; content: string }[],
  decision: Decision,
  assistantId: string | undefined,
  events: TurnEvents,
  signal: AbortSignal | undefined,
  temperature?: number,
): Promise<Draft> {
  const local = new AbortController();
  const forward = () => local.abort();
  signal?.addEventListener('abort', forward, { once: true });
  let text = '';
  let violations: readonly Violation[] = [];
  let lastPersist = deps.now();
  const persistEvery = deps.persistEveryMs ?? 250;
  let pendingWrite: Promise<void> = Promise.resolve();
  try {
    // The final verdict needs the whole reply (a negation may come after a cue), but
    // a cue that is already a violation mid-stream is stopped at once.
    const result = await deps.engine.generate({
      messages,
      maxTokens: deps.maxReplyTokens ?? DEFAULT_REPLY_TOKENS,
      ...(temperature !== undefined ? { temperature } : {}),
      signal: local.signal,
      onDelta: (delta) => {
        if (violations.length > 0) return;
        const next = text + delta;
        const verdict = guardReply(next, decision, deps.readers.reply);
        if (verdict.verdict === 'flag') {
          violations = verdict.violations;
          local.abort();
          return;
        }
        text = next;
        events.onText?.(text);
        if (assistantId !== undefined && deps.store && deps.now() - lastPersist >= persistEvery) {
          lastPersist = deps.now();
          const snapshot = text;
          const store = deps.store;
          pendingWrite = pendingWrite.then(() => store.updateStreamingText(assistantId, snapshot)).catch((error: unknown) => events.onWriteFailed?.(error));
        }
      },
    });
    await pendingWrite;
    if (violations.length === 0) {
      const full = guardReply(result.text, decision, deps.readers.reply);
      if (full.verdict === 'flag') violations = full.violations;
      else text = result.text;
    }
    const stopped = violations.length === 0 && result.finish === 'aborted' && (signal?.aborted ?? false);
    return { text, violations, stopped, ...(result.usage ? { usage: result.usage } : {}) };
  } finally {
    signal?.removeEventListener('abort', forward);
  }
}
