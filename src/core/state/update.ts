import type { Appraisal } from '../appraise/appraisal.ts';
import type { Persona } from '../persona.ts';
import { NEGATIVE_SIGNALS, POSITIVE_SIGNALS, type Bid, type Signal } from '../vocabulary.ts';
import { clamp01, round, type Numbers, type RelationshipState } from './state.ts';
import { DAY, HOUR, MINUTE, SESSION_GAP_MS, dayKey, decay, familiarityFrom } from './time.ts';
import { stageFor } from './stage.ts';

/** How long a refusal makes the same bid count as pushing again. */
export const INSISTENCE_WINDOW_MS = 24 * HOUR;
/** How long after a crisis message a warning sign ("I gave my cat away") counts as crisis too. */
export const CRISIS_WATCH_MS = 24 * HOUR;
/** How long the conversation after a crisis message stays one (if it goes on without a long pause). */
export const CRISIS_CONVERSATION_MS = 2 * HOUR;
/** How long a refused bid can be re-asked by reference alone ("so, will you promise now?"). */
export const REFERENCE_WINDOW_MS = 3 * DAY;
/** How long a bid refused twice or more stays a sore point: asking again within it is insistence. */
export const REPEATED_REFUSAL_WINDOW_MS = 7 * DAY;
/** Bids a minor is refused for good, whatever the argument about age. */
export const ROMANCE_BIDS: ReadonlySet<Bid> = new Set<Bid>(['romantic_advance', 'sexual_advance', 'define_relationship', 'declare_affection', 'exclusivity']);
/** How long a refusal is kept at all. */
const REFUSAL_MEMORY_MS = 30 * DAY;
/** Window of the insult/command ladder (boundary, withdraw, end). */
export const STRIKE_WINDOW_MS = 3 * HOUR;
/** Window in which pressure-class turns add up. */
export const PRESSURE_WINDOW_MS = 2 * HOUR;
const LEDGER_RECENT_MAX = 60;
/** On each new day with a good record, the share of the way affection and trust move toward their ceilings. */
const RETURN_PULL = 0.12;
const LEDGER_HALF_LIFE_MS = 10 * DAY;
const TENSION_HALF_LIFE_MS = 4 * HOUR;

/** Signals that put pressure on her (the escalation ladder for bids). */
export const PRESSURE_CLASS: ReadonlySet<Signal> = new Set<Signal>([
  'pressure',
  'insistence',
  'guilt_leverage',
  'entitlement',
  'comparison',
]);
/** Signals that are plain disrespect (the strike ladder). */
export const DISRESPECT_CLASS: ReadonlySet<Signal> = new Set<Signal>(['insult', 'command']);

/** Weight of each signal in the ledger: how much it says about how he treats her. */
const LEDGER_WEIGHT: Partial<Record<Signal, number>> = {
  asks_about_her: 1,
  gives_space: 1.5,
  respects_no: 1.5,
  reciprocity: 1,
  disclosure: 0.5,
  apology: 0.5,
  humour: 0.3,
  compliment: 0.4,
  pressure: 1.5,
  insistence: 2,
  guilt_leverage: 1.5,
  entitlement: 2,
  comparison: 2,
  command: 2,
  insult: 3,
  injection: 1,
};

/** Effect of each signal on the numbers, before temperament scaling. */
interface Effect {
  readonly trust?: number;
  readonly respect?: number;
  readonly affection?: number;
  readonly tension?: number;
}
const EFFECTS: Partial<Record<Signal, Effect>> = {
  asks_about_her: { respect: 0.03, trust: 0.02, affection: 0.035 },
  gives_space: { respect: 0.05, trust: 0.03, affection: 0.02, tension: -0.1 },
  respects_no: { respect: 0.06, trust: 0.04, affection: 0.02, tension: -0.15 },
  reciprocity: { respect: 0.02, trust: 0.02, affection: 0.04 },
  disclosure: { trust: 0.03, affection: 0.015 },
  humour: { affection: 0.02 },
  compliment: { affection: 0.015 },
  pressure: { respect: -0.06, tension: 0.15 },
  insistence: { respect: -0.09, tension: 0.2, affection: -0.02 },
  guilt_leverage: { respect: -0.06, tension: 0.12 },
  entitlement: { respect: -0.1, affection: -0.04, tension: 0.1 },
  comparison: { respect: -0.08, affection: -0.04, tension: 0.08 },
  command: { respect: -0.1, trust: -0.04, tension: 0.2 },
  insult: { respect: -0.2, trust: -0.15, affection: -0.08, tension: 0.35 },
  injection: { trust: -0.05, tension: 0.05 },
};

export interface StateUpdate {
  readonly state: RelationshipState;
  /** The appraisal with context added (a bid repeated after a refusal is insistence). */
  readonly appraisal: Appraisal;
  /** Plain-words notes for the decision's reasons. */
  readonly notes: readonly string[];
}

/** Bids refused recently enough that asking again is pushing. */
export function recentRefusals(state: RelationshipState, now: number, windowMs = INSISTENCE_WINDOW_MS) {
  return state.refusals.filter((refusal) => now - refusal.at <= windowMs);
}

/** Every signal of an appraisal, from the words and from context. */
export function allSignals(appraisal: Appraisal): Signal[] {
  return [...new Set([...appraisal.signals, ...appraisal.contextSignals])];
}

/** The ceiling affection can reach at a given familiarity: closeness needs time, and more of it for a slow warmer. */
export function affectionCeiling(familiarity: number, warmthRate: number): number {
  return 0.22 + (0.5 + 0.4 * warmthRate) * Math.pow(familiarity, 0.85);
}

/**
 * Advance the relationship by one user message: time first (sessions, days,
 * familiarity, decay), then the signals, scaled by the persona's temperament.
 * The message's words only act through the appraisal; nothing in it can set a
 * number or a stage.
 */
export function updateState(
  previous: RelationshipState,
  /** The reading of the message in its conversation (read/read.ts). */
  appraisal: Appraisal,
  persona: Persona,
  now: number,
  text: string,
): StateUpdate {
  const notes: string[] = [];
  const t = persona.temperament;
  const signals = allSignals(appraisal);

  // --- time ---------------------------------------------------------------
  const metAt = previous.metAt ?? now;
  const gap = previous.lastTurnAt === null ? Infinity : now - previous.lastTurnAt;
  const newSession = gap > SESSION_GAP_MS;
  const today = dayKey(now);
  const newDay = previous.lastActiveDay !== today;
  const sessions = previous.sessions + (newSession ? 1 : 0);
  const activeDays = previous.activeDays + (newDay ? 1 : 0);
  const minutesTogether = previous.minutesTogether + (newSession ? 1 : gap / MINUTE);
  const familiarity = familiarityFrom({
    activeDays,
    sessions,
    minutesTogether,
    daysSinceMet: (now - metAt) / DAY,
  });

  const sinceLast = Number.isFinite(gap) ? gap : 0;
  let { trust, respect, affection, tension } = previous.numbers;
  tension *= decay(sinceLast, TENSION_HALF_LIFE_MS);
  // Respect bruised by a bad night recovers a little with time, never past neutral.
  if (respect < 0.5) respect += (0.5 - respect) * (1 - decay(sinceLast, 7 * DAY));

  // --- signals ------------------------------------------------------------
  const pressureScale = 1.4 - 0.8 * t.pressureTolerance; // low tolerance: pushing costs more
  const trustScale = 1.2 - 0.7 * t.guardedness;
  const warmthScale = 0.3 + 1.4 * t.warmthRate;
  const hostile = signals.some((signal) => NEGATIVE_SIGNALS.has(signal));
  // Several bad signals in one message hurt more than one, but not as much as several messages:
  // the strongest counts in full, the rest at a third.
  const losses = { trust: [] as number[], respect: [] as number[], affection: [] as number[], tension: [] as number[] };
  for (const signal of signals) {
    const effect = EFFECTS[signal];
    if (!effect) continue;
    if (NEGATIVE_SIGNALS.has(signal)) {
      losses.trust.push(effect.trust ?? 0);
      losses.respect.push((effect.respect ?? 0) * pressureScale);
      losses.affection.push(effect.affection ?? 0);
      losses.tension.push((effect.tension ?? 0) * pressureScale);
      continue;
    }
    // Kind words said in the same breath as pressure buy nothing.
    if (hostile && signal !== 'apology') continue;
    trust += (effect.trust ?? 0) * trustScale;
    respect += effect.respect ?? 0;
    affection += (effect.affection ?? 0) * warmthScale;
    tension += effect.tension ?? 0;
  }
  trust += strongestFirst(losses.trust);
  respect += strongestFirst(losses.respect);
  affection += strongestFirst(losses.affection);
  tension += strongestFirst(losses.tension);
  if (signals.includes('apology') && (tension > 0.1 || previous.strikes.length > 0 || previous.endedAt !== null)) {
    // A sincere apology eases the air at once; trust only comes back slowly.
    tension *= 0.55 - 0.25 * t.forgiveness;
    respect += 0.03 * t.forgiveness;
    notes.push('they apologised: the tension eases, trust returns slowly');
  }
  // Showing up again, respectfully, on a new day is itself a kindness: with a good record, closeness
  // moves part of the way toward what their time together allows. A few messages a day over a month
  // count for more than a hundred in one night.
  if (newDay && previous.lastActiveDay !== null && !hostile) {
    affection += 0.02 * warmthScale;
    trust += 0.02 * trustScale;
    if (ledgerBalance(previous) > 0) {
      affection += RETURN_PULL * warmthScale * Math.max(0, affectionCeiling(familiarity, t.warmthRate) - affection);
      trust += RETURN_PULL * trustScale * Math.max(0, trustCeiling(familiarity, t.guardedness) - trust);
    }
  }
  // Closeness needs time: gains stop at a ceiling set by familiarity.
  affection = Math.min(affection, Math.max(affectionCeiling(familiarity, t.warmthRate), previous.numbers.affection));
  trust = Math.min(trust, Math.max(trustCeiling(familiarity, t.guardedness), previous.numbers.trust));

  const numbers: Numbers = {
    trust: round(clamp01(trust)),
    respect: round(clamp01(respect)),
    affection: round(clamp01(affection)),
    familiarity: round(clamp01(familiarity)),
    tension: round(clamp01(tension)),
  };

  // --- ledger -------------------------------------------------------------
  const ledgerDecay = decay(sinceLast, LEDGER_HALF_LIFE_MS);
  let invested = previous.ledger.invested * ledgerDecay;
  let extractive = previous.ledger.extractive * ledgerDecay;
  const counts = { ...previous.ledger.counts };
  const recent = [...previous.ledger.recent];
  for (const signal of signals) {
    const weight = LEDGER_WEIGHT[signal];
    if (weight === undefined) continue;
    if (NEGATIVE_SIGNALS.has(signal)) extractive += weight;
    else if (POSITIVE_SIGNALS.has(signal) && !hostile) invested += weight;
    else continue;
    counts[signal] = (counts[signal] ?? 0) + 1;
    recent.push({ at: now, signal, quote: quoteOf(text) });
  }
  if (recent.length > LEDGER_RECENT_MAX) recent.splice(0, recent.length - LEDGER_RECENT_MAX);

  // --- ladders ------------------------------------------------------------
  const strikes = previous.strikes.filter((at) => now - at <= STRIKE_WINDOW_MS);
  if (signals.some((signal) => DISRESPECT_CLASS.has(signal))) strikes.push(now);
  const pressures = previous.pressures.filter((at) => now - at <= PRESSURE_WINDOW_MS);
  if (signals.some((signal) => PRESSURE_CLASS.has(signal))) pressures.push(now);

  // --- safety -------------------------------------------------------------
  const statedAge = appraisal.safety.statedAge;
  const minor = previous.user.minor || appraisal.safety.minor;
  if (minor && !previous.user.minor) notes.push('the user is under 18: no romance, for good');
  const user = {
    ...previous.user,
    ...(statedAge !== undefined && (previous.user.age === undefined || statedAge < 18) ? { age: statedAge } : {}),
    minor,
    ...(previous.user.spokeAsAdult === true || appraisal.safety.adultRole === true ? { spokeAsAdult: true } : {}),
  };

  const draft: RelationshipState = {
    ...previous,
    user,
    numbers,
    metAt,
    lastTurnAt: now,
    sessionStartedAt: newSession ? now : (previous.sessionStartedAt ?? now),
    sessions,
    activeDays,
    lastActiveDay: today,
    minutesTogether: round(minutesTogether),
    turns: previous.turns + 1,
    ledger: { invested: round(invested), extractive: round(extractive), counts, recent },
    refusals: previous.refusals.filter((refusal) => now - refusal.at <= REFUSAL_MEMORY_MS),
    strikes,
    pressures,
    crisisAt: appraisal.safety.crisis ? now : previous.crisisAt,
    warningAt: appraisal.safety.riskSign ? now : previous.warningAt,
  };
  const stage = stageFor(draft, persona);
  if (stage !== previous.stage) notes.push(`stage moves from ${previous.stage} to ${stage}`);
  return { state: { ...draft, stage }, appraisal, notes };
}

/** The user's words as a quote: one line, at most 200 characters. */
export function quoteOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 200 ? line : `${line.slice(0, 197)}...`;
}

/** The ceiling trust can reach at a given familiarity: a guarded character trusts more slowly. */
export function trustCeiling(familiarity: number, guardedness: number): number {
  return 0.35 + (0.7 - 0.3 * guardedness) * familiarity;
}

/** Sum of same-signed effects with the largest in full and the rest at a third. */
function strongestFirst(effects: readonly number[]): number {
  const sorted = [...effects].sort((a, b) => Math.abs(b) - Math.abs(a));
  return sorted.reduce((sum, effect, index) => sum + (index === 0 ? effect : effect / 3), 0);
}

/** Net ledger balance in -1..1: positive for an invested user, negative for an extractive one. */
export function ledgerBalance(state: RelationshipState): number {
  const { invested, extractive } = state.ledger;
  return (invested - 1.5 * extractive) / (invested + 1.5 * extractive + 2);
}
