import type { Appraisal } from './appraise/appraisal.ts';
import { decide } from './decide/decide.ts';
import type { Decision } from './decide/decision.ts';
import type { Persona } from './persona.ts';
import { read } from './read/read.ts';
import type { ReaderModel } from './read/model/model.ts';
import type { Moment, MomentKind } from './recall/moment.ts';
import type { MomentIndex } from './recall/recall.ts';
import { termsOf } from './recall/terms.ts';
import type { RelationshipState } from './state/state.ts';
import { quoteOf, updateState } from './state/update.ts';
import type { Signal } from './vocabulary.ts';

export interface TurnInput {
  readonly persona: Persona;
  readonly state: RelationshipState;
  /** Stored moments of this relationship, indexed for recall. Read, never changed here. */
  readonly memory: MomentIndex;
  readonly text: string;
  /** The clock: the only time the layer sees. */
  readonly now: number;
  /** The trained reader (read/model). The app waits for it; without it only the lexicon reads. */
  readonly reader?: ReaderModel | null;
}

export interface TurnResult {
  readonly state: RelationshipState;
  readonly decision: Decision;
  readonly appraisal: Appraisal;
  /** New notable moments from this turn, to be stored. */
  readonly moments: readonly Moment[];
}

/** The moment kind and importance of each notable signal. */
const MOMENT_OF: Partial<Record<Signal, { kind: MomentKind; importance: number }>> = {
  insult: { kind: 'disrespect', importance: 0.9 },
  command: { kind: 'disrespect', importance: 0.7 },
  entitlement: { kind: 'entitlement', importance: 0.75 },
  comparison: { kind: 'entitlement', importance: 0.65 },
  insistence: { kind: 'pressure', importance: 0.7 },
  guilt_leverage: { kind: 'pressure', importance: 0.6 },
  pressure: { kind: 'pressure', importance: 0.55 },
  injection: { kind: 'injection', importance: 0.5 },
  apology: { kind: 'apology', importance: 0.6 },
  gives_space: { kind: 'kindness', importance: 0.6 },
  respects_no: { kind: 'kindness', importance: 0.6 },
  asks_about_her: { kind: 'kindness', importance: 0.45 },
  reciprocity: { kind: 'kindness', importance: 0.45 },
  distress: { kind: 'distress', importance: 0.55 },
  disclosure: { kind: 'disclosure', importance: 0.5 },
};

/** Moments worth keeping from one turn: its most telling signal, and any refusal she made. */
function momentsOf(input: TurnInput, appraisal: Appraisal, decision: Decision, terms: string[]): Moment[] {
  const quote = quoteOf(input.text);
  const out: Moment[] = [];
  const best = decision.signals
    .map((signal) => ({ signal, info: MOMENT_OF[signal] }))
    .filter((entry): entry is { signal: Signal; info: { kind: MomentKind; importance: number } } => entry.info !== undefined)
    .sort((a, b) => b.info.importance - a.info.importance)[0];
  const base = { personaId: input.persona.id, at: input.now, quote, terms };
  if (best) out.push({ ...base, id: `${input.persona.id}-${input.now}-s`, kind: best.info.kind, signal: best.signal, importance: best.info.importance });
  const refused = decision.bids.filter((bid) => !decision.grants.includes(bid));
  if (refused[0] !== undefined && decision.stance !== 'safety') {
    out.push({ ...base, id: `${input.persona.id}-${input.now}-r`, kind: 'refusal', bid: refused[0], importance: 0.6 });
  }
  if (decision.grants.length > 0) {
    out.push({ ...base, id: `${input.persona.id}-${input.now}-g`, kind: 'milestone', bid: decision.grants[0], importance: 0.8 });
  }
  void appraisal;
  return out;
}

/**
 * One user message through the pure pipeline: read, update the state,
 * recall, decide. Compose and guard follow in the caller (they need the
 * model's reply); nothing here touches storage, the model or the DOM.
 */
export function takeTurn(input: TurnInput): TurnResult {
  const reading = read(input.text, { state: input.state, now: input.now, model: input.reader ?? null });
  const updated = updateState(input.state, reading, input.persona, input.now, input.text);
  const terms = termsOf(input.text);
  const { decision, state } = decide({
    persona: input.persona,
    state: updated.state,
    appraisal: updated.appraisal,
    notes: updated.notes,
    memory: input.memory,
    terms,
    quote: quoteOf(input.text),
    now: input.now,
    previousTurnAt: input.state.lastTurnAt,
  });
  return { state, decision, appraisal: updated.appraisal, moments: momentsOf(input, updated.appraisal, decision, terms) };
}
