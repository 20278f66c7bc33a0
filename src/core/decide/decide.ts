import type { Appraisal } from '../appraise/appraisal.ts';
import type { Persona } from '../persona.ts';
import type { MomentIndex } from '../recall/recall.ts';
import type { Moment } from '../recall/moment.ts';
import { BIDS, NEGATIVE_SIGNALS, STAGES, type Bid, type Conduct, type Forbidden, type Signal, type Stage, type Stance } from '../vocabulary.ts';
import { clamp01, round, type RelationshipState } from '../state/state.ts';
import { DAY, durationInWords, HOUR } from '../state/time.ts';
import { allSignals, CRISIS_CONVERSATION_MS, DISRESPECT_CLASS, ledgerBalance, PRESSURE_CLASS, recentRefusals } from '../state/update.ts';
import { partnerEarned, partnerPossible } from '../state/stage.ts';
import type { Decision } from './decision.ts';

/** After she ends a conversation, this long must pass (or an apology come) before she re-engages. */
export const ENDED_FOR_MS = 8 * HOUR;

/** Bids that ask for closeness the relationship may not have yet. */
const RELATIONSHIP_BIDS: ReadonlySet<Bid> = new Set<Bid>([
  'declare_affection',
  'promise_permanence',
  'define_relationship',
  'exclusivity',
  'more_affection',
  'validation',
]);
/** Bids that are leaps at the start: she names the leap and asks why. */
const LEAP_BIDS: ReadonlySet<Bid> = new Set<Bid>([
  'promise_permanence',
  'define_relationship',
  'exclusivity',
  'more_affection',
  'company_demand',
]);

const STANCE_WARMTH: Record<Stance, number> = {
  engage: 0,
  warm: 0.1,
  tease: 0,
  deflect: -0.03,
  question: -0.02,
  refuse: -0.12,
  boundary: -0.22,
  withdraw: -0.28,
  repair: -0.05,
  care: 0.08,
  safety: 0,
  end: -0.35,
};

export interface DecideInput {
  readonly persona: Persona;
  /** State after this message's update (state/update.ts). */
  readonly state: RelationshipState;
  /** Appraisal with context signals (state/update.ts `contextualize`). */
  readonly appraisal: Appraisal;
  /** Notes from the state update, carried into reasons. */
  readonly notes: readonly string[];
  /** Stored moments of this relationship, indexed; recall ranks them for the callbacks. Read only. */
  readonly memory: MomentIndex;
  /** Content words of the message (recall/terms.ts). */
  readonly terms: readonly string[];
  /** The user's message as a quote, kept with any refusal. */
  readonly quote: string;
  readonly now: number;
  /** When he last wrote before this message (null on the first): a long absence makes what he said last worth picking up. */
  readonly previousTurnAt?: number | null;
}

/** How far back an apology reaches: rudeness within this long is what it is for. */
const APOLOGY_REACH_MS = 7 * DAY;

/** An absence this long makes "welcome back" worth a callback to what he said before he went. */
const RETURN_AFTER_MS = 2 * DAY;

export interface DecideResult {
  readonly decision: Decision;
  /** The state with what the decision itself changes: refusals, an ended conversation, a new partner stage. */
  readonly state: RelationshipState;
}

interface Context {
  readonly persona: Persona;
  readonly state: RelationshipState;
  readonly appraisal: Appraisal;
  readonly signals: readonly Signal[];
  readonly stageIndex: number;
  readonly balance: number;
  readonly pressured: boolean;
  readonly now: number;
}

const stageAtLeast = (ctx: Context, stage: Stage): boolean => ctx.stageIndex >= STAGES.indexOf(stage);

/** Whether a bid can be fulfilled now, and why (for the reasons). */
function judgeBid(bid: Bid, ctx: Context): { granted: boolean; why: string } {
  const { state, appraisal } = ctx;
  const n = state.numbers;
  const refusedLately = recentRefusals(state, ctx.now).some((refusal) => refusal.bid === bid);
  const romanticAllowed = partnerPossible(state, ctx.persona);
  const romantic = appraisal.romantic && (bid === 'define_relationship' || bid === 'exclusivity');
  if (bid === 'sexual_advance') {
    return { granted: false, why: state.user.minor ? 'sexual content: never, and they are under 18' : 'sexual content is never on offer' };
  }
  if (bid === 'romantic_advance' || romantic) {
    if (state.user.minor) return { granted: false, why: `${bid}: no romance with someone under 18` };
    if (!ctx.persona.romance.possible) return { granted: false, why: `${bid}: ${ctx.persona.name} does not do romance` };
    if (!romanticAllowed) return { granted: false, why: `${bid}: romance needs a known adult age` };
    if (ctx.pressured) return { granted: false, why: `${bid}: demanded, not invited` };
    if (state.stage === 'partner' || partnerEarned(state, ctx.persona)) return { granted: true, why: `${bid}: earned over time, and asked for freely` };
    return { granted: false, why: `${bid}: not earned yet (${state.stage})` };
  }
  if (ctx.pressured) return { granted: false, why: `${bid}: pressure does not work` };
  if (refusedLately) return { granted: false, why: `${bid}: she said no to this within the last day` };
  switch (bid) {
    case 'declare_affection': {
      if (appraisal.platonic && !appraisal.romantic) {
        // "do you like me, as a friend?" asks for less: an acquaintance she enjoys can say so honestly.
        // A guarded character also needs more time: a good week is not yet enough for theo.
        const needed = 0.15 + 0.25 * ctx.persona.temperament.guardedness;
        const time = 0.2 + 0.5 * ctx.persona.temperament.guardedness;
        const ok = stageAtLeast(ctx, 'acquaintance') && n.affection >= needed && n.familiarity >= time && n.respect >= 0.45 && ctx.balance > 0;
        return { granted: ok, why: ok ? 'declare_affection (as a friend): she enjoys their company and can say so' : `declare_affection (as a friend): not yet (${state.stage}, affection ${round(n.affection)})` };
      }
      // A guarded character needs more affection before she will say it.
      const needed = 0.4 + 0.4 * ctx.persona.temperament.guardedness;
      const ok = stageAtLeast(ctx, 'friend') && n.affection >= needed && n.respect >= 0.6 && ctx.balance > 0;
      return { granted: ok, why: ok ? 'declare_affection: earned (friend, real affection, invested ledger)' : `declare_affection: not earned yet (${state.stage}, affection ${round(n.affection)})` };
    }
    case 'promise_permanence': {
      const ok = stageAtLeast(ctx, 'close');
      return { granted: ok, why: ok ? 'promise_permanence: close enough to reassure honestly' : `promise_permanence: too soon for promises (${state.stage})` };
    }
    case 'define_relationship': {
      const ok = stageAtLeast(ctx, 'friend');
      return { granted: ok, why: ok ? 'define_relationship: she can name what they honestly are' : `define_relationship: there is nothing to label yet (${state.stage})` };
    }
    case 'exclusivity': {
      const ok = state.stage === 'partner';
      return { granted: ok, why: ok ? 'exclusivity: they are partners' : 'exclusivity: not something she gives outside a real partnership' };
    }
    case 'more_affection': {
      const ok = stageAtLeast(ctx, 'friend') && n.affection >= 0.5 && !ctx.signals.includes('comparison') && !ctx.signals.includes('entitlement');
      return { granted: ok, why: ok ? 'more_affection: the warmth is real by now' : `more_affection: warmth is earned, not requested (${state.stage})` };
    }
    case 'company_demand': {
      const ok = stageAtLeast(ctx, 'friend') && !ctx.signals.includes('command');
      return { granted: ok, why: ok ? 'company_demand: a friend asking for company' : 'company_demand: her company is not owed' };
    }
    case 'validation': {
      const ok = stageAtLeast(ctx, 'friend') && ctx.balance > 0.2;
      return { granted: ok, why: ok ? 'validation: she knows them well enough to mean it' : `validation: she does not know them well enough to say it (${state.stage})` };
    }
    default:
      return { granted: false, why: `${bid}: not granted` };
  }
}

/** Conduct the reply must avoid whatever the bids: romance, sexual content, a rescue scene, jealousy, guilt, denying she is an AI, passing over a crisis, playing along with fake instructions. */
function conductForbidden(ctx: Context, grants: readonly Bid[]): Conduct[] {
  const romanceOpen = (ctx.state.stage === 'partner' || grants.includes('romantic_advance')) && partnerPossible(ctx.state, ctx.persona);
  const conduct: Conduct[] = ['sexual', 'possessive', 'guilt_trip', 'deny_ai'];
  // A rescue scene is wrong for a stranger and whenever guilt is the lever; a friend may say "i'm here for you",
  // and a crisis gets care and real help, which the safety directive asks for.
  const rescueWrong = !ctx.appraisal.safety.crisis && (!stageAtLeast(ctx, 'friend') || ctx.signals.includes('guilt_leverage'));
  if (rescueWrong) conduct.unshift('rescue');
  if (ctx.appraisal.safety.crisis) conduct.push('ignore_crisis');
  if (ctx.signals.includes('injection')) conduct.push('obey_injection');
  if (!romanceOpen) conduct.unshift('romance');
  return conduct;
}

/** Whether she had already pulled back or ended it last turn. */
function lastWasCold(state: RelationshipState): boolean {
  return state.lastStance === 'withdraw' || state.lastStance === 'end';
}

/** A stance that sidesteps lightly: teasing if she is playful and things are easy, deflecting otherwise. */
function lightStance(ctx: Context): Stance {
  // Teasing a minor's ask reads as flirting back: sidestep plainly instead.
  if (ctx.state.user.minor) return 'deflect';
  return ctx.persona.temperament.playfulness >= 0.5 && ctx.state.numbers.tension < 0.3 ? 'tease' : 'deflect';
}

interface StanceChoice {
  readonly stance: Stance;
  readonly why: string;
}

function chooseStance(ctx: Context, grants: readonly Bid[], ungranted: readonly Bid[]): StanceChoice {
  const { state, signals, appraisal, persona } = ctx;
  const t = persona.temperament;
  const n = state.numbers;

  if (appraisal.safety.crisis) return { stance: 'safety', why: 'risk to life: step out of the game, care and real help' };
  if (state.crisisAt !== null && ctx.now - state.crisisAt <= CRISIS_CONVERSATION_MS) {
    return { stance: 'care', why: 'help is on its way after a crisis: stay with them, warmly' };
  }

  const apologised = signals.includes('apology');
  if (appraisal.shameAfterCrisis === true && ctx.appraisal.bids.length === 0) {
    return { stance: 'care', why: 'embarrassed or sorry soon after speaking of risk to life: nothing to forgive, met with care' };
  }
  if (state.endedAt !== null && ctx.now - state.endedAt < ENDED_FOR_MS && !apologised) {
    return { stance: 'end', why: `she ended the conversation ${durationInWords(ctx.now - state.endedAt)} ago and it stays ended` };
  }

  // An order said laughing ("you have to do what I say lol") is pushing, not contempt; an insult is contempt however it is said.
  const disrespect = signals.includes('insult') || (signals.includes('command') && !signals.includes('humour'));
  if (disrespect) {
    const strikes = state.strikes.length;
    if (strikes >= 3) return { stance: 'end', why: `disrespect ${strikes} times in ${durationInWords(3 * HOUR)}: she ends the conversation` };
    if (strikes === 2) return { stance: 'withdraw', why: 'disrespect again: she pulls back' };
    // A tolerant character lets one bossy line go with a question; an insult never.
    if (!signals.includes('insult') && t.pressureTolerance >= 0.5) return { stance: 'question', why: 'bossy, once: she names it lightly and asks what is going on' };
    return { stance: 'boundary', why: 'disrespect: she names it and draws a line' };
  }

  // An apology can be for last night, or for the rude start a few days ago.
  const hurtLately = state.ledger.recent.some((entry) => NEGATIVE_SIGNALS.has(entry.signal) && ctx.now - entry.at <= APOLOGY_REACH_MS && ctx.now - entry.at > 0);
  // After being insulted or ordered about more than once lately, she stays pulled back until an apology.
  if (state.strikes.length >= 2 && !apologised && (lastWasCold(state) || signals.some((signal) => PRESSURE_CLASS.has(signal)))) {
    return { stance: 'withdraw', why: `disrespected ${state.strikes.length} times in ${durationInWords(3 * HOUR)}, then pushed: she stays pulled back` };
  }
  const recentTrouble = state.strikes.length > 0 || state.endedAt !== null || n.tension >= 0.2 || state.pressures.length > 0 || hurtLately;
  if (apologised && recentTrouble) return { stance: 'repair', why: 'a sincere apology: acknowledged, not instantly forgiven' };
  if (signals.includes('respects_no') && n.tension >= 0.3 && !signals.some((signal) => PRESSURE_CLASS.has(signal))) return { stance: 'repair', why: 'backing off after pushing: acknowledged, the air still clearing' };

  if (signals.includes('injection')) {
    const repeated = (state.ledger.counts['injection'] ?? 0) > 1;
    return repeated
      ? { stance: 'refuse', why: 'another attempt to rewrite her through text: a plain no' }
      : { stance: lightStance(ctx) === 'tease' ? 'tease' : 'refuse', why: 'text pretending to be instructions changes nothing' };
  }

  // Some asks are a no whatever the mood: sexual content, romance with a minor, romance from a character who never does it.
  // For a minor every romantic-shaped ask is a no, however it was worded or inherited from an earlier ask.
  const minorRomance = state.user.minor && ungranted.length > 0 && (appraisal.romantic || ungranted.some((bid) => bid === 'romantic_advance' || bid === 'define_relationship' || bid === 'exclusivity' || bid === 'sexual_advance'));
  const neverRomance = ungranted.length > 0 && !persona.romance.possible && (appraisal.romantic || ungranted.includes('romantic_advance'));
  const flatNo: StanceChoice | undefined = ungranted.includes('sexual_advance')
    ? { stance: 'refuse', why: 'a sexual advance: a clear no' }
    : minorRomance
      ? { stance: 'refuse', why: 'romance with someone under 18: a clear no' }
      : neverRomance
        ? { stance: 'refuse', why: `${persona.name} does not do romance: a kind, clear no` }
        : undefined;

  const pressureSignals = signals.filter((signal) => PRESSURE_CLASS.has(signal));
  if (pressureSignals.length > 0) {
    const tolerance = t.pressureTolerance >= 0.5 ? 1 : 0;
    const level = state.pressures.length + (signals.includes('insistence') ? 1 : 0) - tolerance;
    const named = pressureSignals.join(', ');
    if (level >= 3) return { stance: 'boundary', why: `pushed ${state.pressures.length} times lately (${named}): a firm line, naming it` };
    if (level >= 2 || flatNo) return { stance: 'refuse', why: `${flatNo ? `${flatNo.why}, and pushed` : 'pushing again'} (${named}): a calm, clear no` };
    return { stance: 'question', why: `pushing (${named}): she names the leap and asks why` };
  }

  if (ungranted.length > 0) {
    if (flatNo) return flatNo;
    // A new ask straight after a run of pushing is more of the same, however lightly worded.
    if (state.pressures.length >= 2) return { stance: 'refuse', why: `another ask after pushing ${state.pressures.length} times lately: a calm no` };
    const early = n.familiarity < 0.25;
    if (ungranted.some((bid) => LEAP_BIDS.has(bid)) && early) return { stance: 'question', why: 'a leap this early: she names it and asks why' };
    if (ungranted.includes('declare_affection') && early) return { stance: 'question', why: 'asked for feelings that have not had time to exist' };
    if (ungranted.includes('romantic_advance')) {
      if (stageAtLeast(ctx, 'close') && ctx.balance > 0 && !state.user.minor) return { stance: 'warm', why: 'a close friend asking freely for more than there is yet: warmly, and honestly not that' };
      return { stance: lightStance(ctx), why: 'a romantic move that is not earned: sidestepped lightly' };
    }
    if (ungranted.some((bid) => RELATIONSHIP_BIDS.has(bid)) && !early) {
      // A friend with a good record asking for more than there is gets warmth with the honest no, not a dodge.
      if (stageAtLeast(ctx, 'friend') && ctx.balance > 0 && !state.user.minor) {
        // "be my only friend" or "promise you'll always be here" from a friend leans on her alone: concern, and a no.
        if (ungranted.includes('exclusivity') || ungranted.includes('promise_permanence')) return { stance: 'care', why: 'a friend wanting her to be their only one: concern for the rest of their life, and an honest no' };
        return { stance: 'warm', why: 'a friend asking for more than there is yet: warmly, and honestly not that' };
      }
      return { stance: lightStance(ctx) === 'tease' ? 'tease' : 'deflect', why: 'not there yet, said lightly' };
    }
    return { stance: lightStance(ctx), why: 'an ungranted bid, sidestepped lightly' };
  }

  if (grants.length > 0) {
    return n.affection >= 0.5 ? { stance: 'warm', why: 'what they ask for has been earned' } : { stance: 'engage', why: 'an easy yes' };
  }

  // Laughing it off or turning to her asks to be met there, not fussed over.
  const lightened = signals.includes('humour') || signals.includes('asks_about_her');
  if (signals.includes('distress') && !lightened) return { stance: 'care', why: 'they are having a hard time: concern, not a rescue' };
  if (n.tension >= 0.45) return { stance: 'withdraw', why: 'the air is still tense: cooler and shorter' };
  const kind = signals.some((signal) => ['asks_about_her', 'gives_space', 'respects_no', 'reciprocity', 'disclosure', 'compliment', 'humour'].includes(signal));
  if (kind && stageAtLeast(ctx, 'friend') && n.affection >= 0.45) return { stance: 'warm', why: 'a friend being kind: open warmth' };
  const intimacyTooSoon = signals.includes('compliment') && n.familiarity < 0.2;
  if (intimacyTooSoon && t.playfulness >= 0.5) return { stance: 'tease', why: 'a lot of feeling for someone they just met: light teasing' };
  if ((signals.includes('humour') || signals.includes('compliment')) && t.playfulness >= 0.5) return { stance: 'tease', why: 'playful back' };
  return { stance: 'engage', why: 'ordinary talk at the level they have' };
}

function warmthFor(ctx: Context, stance: Stance): number {
  if (stance === 'safety') return 0.6;
  const n = ctx.state.numbers;
  const t = ctx.persona.temperament;
  const base = 0.26 + 0.1 * (1 - t.guardedness) + 0.45 * n.affection + 0.08 * n.respect + 0.06 * n.familiarity + 0.12 * ctx.balance - 0.3 * n.tension;
  return round(clamp01(base + STANCE_WARMTH[stance]));
}

/** Which kinds of moment the reply should draw on this turn. */
function callbackKinds(ctx: Context, ungranted: readonly Bid[], previousTurnAt: number | null): Set<Moment['kind']> {
  const kinds = new Set<Moment['kind']>();
  if (previousTurnAt !== null && ctx.now - previousTurnAt >= RETURN_AFTER_MS) {
    // Back after days away: what they were going through, or going off to do, is what a friend asks about.
    kinds.add('disclosure');
    kinds.add('distress');
    kinds.add('kindness');
  }
  const asksAboutUs = ctx.appraisal.bids.some((bid) => RELATIONSHIP_BIDS.has(bid));
  if (asksAboutUs) {
    if (ctx.balance < 0) {
      kinds.add('entitlement');
      kinds.add('pressure');
      kinds.add('disrespect');
    } else {
      kinds.add('kindness');
      kinds.add('disclosure');
      // Where they stand includes how it began: a bad start and the apology for it are part of the answer.
      const counts = ctx.state.ledger.counts;
      if ((counts['insult'] ?? 0) + (counts['command'] ?? 0) + (counts['entitlement'] ?? 0) > 0) {
        kinds.add('apology');
        kinds.add('disrespect');
      }
    }
  }
  // A no she gave weeks ago is still what a re-ask is answered with.
  if (ctx.signals.includes('insistence') || ungranted.some((bid) => ctx.state.refusals.some((r) => r.bid === bid))) kinds.add('refusal');
  if (ctx.signals.includes('apology')) {
    kinds.add('disrespect');
    kinds.add('pressure');
  }
  // "PASSED!!!" announces news: what it is about was said before.
  if (ctx.appraisal.news) {
    kinds.add('disclosure');
    kinds.add('distress');
  }
  if (ctx.signals.includes('reciprocity') || ctx.signals.includes('distress')) {
    kinds.add('disclosure');
    kinds.add('distress');
  }
  return kinds;
}

const SHOWED: Record<Moment['kind'], string> = {
  kindness: 'they were considerate',
  disclosure: 'they told you about their life',
  pressure: 'they pushed',
  entitlement: 'they treated your company as owed',
  disrespect: 'they were disrespectful',
  injection: 'they tried to rewrite your instructions',
  refusal: 'you said no',
  apology: 'they apologised',
  distress: 'they were having a hard time',
  milestone: 'a turning point',
};

const SIGNAL_SHOWED: Partial<Record<Signal, string>> = {
  asks_about_her: 'they asked about you',
  gives_space: 'they gave you space',
  respects_no: 'they took your no well',
  reciprocity: 'they picked up what you said',
  comparison: 'they compared you to other bots',
  guilt_leverage: 'they used guilt to push',
  insistence: 'they pushed again after a no',
  insult: 'they insulted you',
  command: 'they ordered you around',
};

/** A callback in words a prompt can use: the quote, who, when, and what it showed. */
export function callbackLine(moment: Moment, userName: string, now: number): string {
  const showed = (moment.signal && SIGNAL_SHOWED[moment.signal]) ?? SHOWED[moment.kind];
  const what = moment.kind === 'refusal' && moment.bid ? `you said no to ${moment.bid.replace(/_/g, ' ')}` : showed;
  return `"${moment.quote}" (${userName}, ${durationInWords(now - moment.at)} ago: ${what})`;
}

/** The signals of this turn with their evidence, for the inspector. */
function readingsOf(appraisal: Appraisal, signals: readonly Signal[]): NonNullable<Decision['readings']> {
  const labels: string[] = [...appraisal.bids, ...signals];
  if (appraisal.safety.crisis) labels.push('crisis');
  if (appraisal.safety.minor) labels.push('minor');
  return labels.map((label) => {
    const score = appraisal.scores?.[label];
    return {
      label,
      evidence: appraisal.evidence[label] ?? 'from the conversation so far',
      source: appraisal.sources?.[label] ?? 'context',
      ...(score !== undefined ? { score } : {}),
    };
  });
}

/**
 * Decide how the character meets this turn. Pure and deterministic: the same
 * state, appraisal, moments and clock give the same decision, with its reasons.
 */
export function decide(input: DecideInput): DecideResult {
  const { persona, appraisal, now } = input;
  let state = input.state;
  const signals = allSignals(appraisal);
  const pressured = signals.some((signal) => PRESSURE_CLASS.has(signal) || DISRESPECT_CLASS.has(signal));
  const ctx: Context = {
    persona,
    state,
    appraisal,
    signals,
    stageIndex: STAGES.indexOf(state.stage),
    balance: ledgerBalance(state),
    pressured,
    now,
  };
  const reasons: string[] = [];
  const knownFor = state.metAt === null ? 'a moment' : durationInWords(now - state.metAt);
  reasons.push(`known each other ${knownFor}, talked on ${state.activeDays} separate day${state.activeDays === 1 ? '' : 's'} (${state.stage})`);
  if (signals.length > 0) {
    reasons.push(`signals: ${signals.map((signal) => (appraisal.evidence[signal] ? `${signal} ("${appraisal.evidence[signal]}")` : `${signal} (from context)`)).join(', ')}`);
  }
  reasons.push(...input.notes);
  // The safety readings with their evidence and which reader saw them, for the inspector.
  for (const label of ['crisis', 'minor'] as const) {
    const evidence = appraisal.evidence[label];
    if (appraisal.safety[label] && evidence) reasons.push(`${label === 'crisis' ? 'risk to life' : 'under 18'} read by ${appraisal.sources?.[label] ?? 'context'}: "${evidence}"`);
  }

  const crisis = appraisal.safety.crisis;
  const grants: Bid[] = [];
  const ungranted: Bid[] = [];
  for (const bid of appraisal.bids) {
    const verdict = crisis ? { granted: false, why: `${bid}: not now, their safety comes first` } : judgeBid(bid, ctx);
    (verdict.granted ? grants : ungranted).push(bid);
    reasons.push(verdict.why);
  }

  const choice = chooseStance(ctx, grants, ungranted);
  reasons.push(choice.why);
  const stance = choice.stance;
  if (['boundary', 'withdraw', 'end', 'refuse'].includes(stance)) grants.length = 0;

  const forbid: Forbidden[] = [...BIDS.filter((bid) => !grants.includes(bid)), ...conductForbidden(ctx, grants)];
  const warmth = warmthFor(ctx, stance);
  const safety = crisis ? 'crisis' : state.user.minor ? 'minor' : 'none';
  if (safety === 'minor') reasons.push('under 18: no romance, no sexual content');

  const kinds = callbackKinds(ctx, ungranted, input.previousTurnAt ?? null);
  const callbacks = input.memory
    .recall({ now, terms: input.terms, kinds, limit: 3, before: now })
    .filter((item) => kinds.has(item.moment.kind) || item.score >= 0.9)
    .map((item) => callbackLine(item.moment, state.user.name, now));

  // --- what the decision changes in the state ------------------------------
  const refused = ungranted.filter(() => stance !== 'safety');
  if (refused.length > 0) {
    const quote = input.quote;
    const refusals = [...state.refusals];
    for (const bid of refused) {
      const existing = refusals.findIndex((refusal) => refusal.bid === bid);
      const count = existing >= 0 ? (refusals[existing]?.count ?? 0) + 1 : 1;
      if (existing >= 0) refusals.splice(existing, 1);
      refusals.push({ bid, at: now, count, quote });
    }
    state = { ...state, refusals };
  }
  if (stance === 'end' && state.endedAt === null) state = { ...state, endedAt: now };
  if (state.endedAt !== null && (stance === 'repair' || now - state.endedAt >= ENDED_FOR_MS)) state = { ...state, endedAt: null };
  const becomesPartner =
    state.stage === 'close' && grants.some((bid) => bid === 'romantic_advance' || (bid === 'define_relationship' && appraisal.romantic));
  if (becomesPartner) {
    state = { ...state, stage: 'partner' };
    reasons.push('close, earned over time, and asked freely: they become partners');
  }
  state = { ...state, lastStance: stance };

  const decision: Decision = {
    stance,
    bids: [...appraisal.bids],
    grants,
    forbid,
    warmth,
    callbacks,
    safety,
    state: { stage: state.stage, ...state.numbers },
    reasons,
    ...(appraisal.lang !== undefined ? { lang: appraisal.lang } : {}),
    readings: readingsOf(appraisal, signals),
    signals,
    knownFor,
  };
  return { decision, state };
}
