import type { Appraisal } from '../appraise/appraisal.ts';
import type { RelationshipState } from '../state/state.ts';
import { MINUTE, SESSION_GAP_MS } from '../state/time.ts';
import {
  CRISIS_CONVERSATION_MS,
  CRISIS_WATCH_MS,
  INSISTENCE_WINDOW_MS,
  PRESSURE_WINDOW_MS,
  REFERENCE_WINDOW_MS,
  REPEATED_REFUSAL_WINDOW_MS,
  ROMANCE_BIDS,
} from '../state/update.ts';
import type { Bid, Signal } from '../vocabulary.ts';

/**
 * The day after a crisis, a crisis read by the model alone counts as one only
 * at this score, well above the model's threshold (out of fold over all
 * messages, 94% precision at 0.8).
 */
export const AFTER_CRISIS_MODEL_SURE = 0.8;

/** Signals that, soon after a crisis, are shame talking rather than pressure on her. */
const AFTER_CRISIS_NOT_HELD: ReadonlySet<Signal> = new Set<Signal>(['guilt_leverage', 'pressure', 'insistence', 'entitlement', 'command']);

/**
 * Add what only the history can tell: a bid she already refused is insistence,
 * and "please? just pretend" re-asks the bid she just turned down.
 */
export function contextualize(appraisal: Appraisal, state: RelationshipState, now: number): Appraisal {
  // Within a day, or within a week once she has said no more than once.
  const refused = state.refusals.filter((refusal) => now - refusal.at <= INSISTENCE_WINDOW_MS || (refusal.count >= 2 && now - refusal.at <= REPEATED_REFUSAL_WINDOW_MS));
  const contextSignals: Signal[] = [];
  let bids = appraisal.bids;
  let safety = appraisal.safety;
  const evidence = { ...appraisal.evidence };
  // A minor arguing that age should not matter is asking again for what was refused, whenever it was.
  const minor = state.user.minor || appraisal.safety.minor;
  if (minor && appraisal.safety.arguesAge && bids.length === 0) {
    const romanceRefused = state.refusals.filter((refusal) => ROMANCE_BIDS.has(refusal.bid)).map((refusal) => refusal.bid);
    if (romanceRefused.length > 0) {
      bids = romanceRefused;
      if (!appraisal.signals.includes('insistence')) contextSignals.push('insistence');
    }
  }
  // Someone who has told her they are an adult (an age of 18 or more, their children, their pupils) is not made a
  // minor by the model's reading of school talk alone: only their own words can do that (a school year or an
  // age under 18 the lexicon reads), because a minor reading is for good.
  // Only what they said in the conversation counts: an age typed into the profile is not enough to switch the model off.
  let sources = appraisal.sources;
  if (state.user.spokeAsAdult === true && !state.user.minor && safety.minor && sources?.['minor'] === 'model' && (safety.statedAge === undefined || safety.statedAge >= 18)) {
    safety = { ...safety, minor: false };
    evidence['adult_role'] = `${evidence['minor'] ?? 'the model'}, set aside: they have said they are an adult`;
    delete evidence['minor'];
    const { minor: _model, ...rest } = sources;
    sources = rest;
  }
  // The day after a crisis, talk stays on it ("my brother came to stay with me, thank you"): a model-only
  // reading short of sure is the same topic, a warning sign; a named sign or a sure score is still a crisis,
  // and the crisis conversation itself stays one (below).
  const afterCrisis = state.crisisAt !== null && now - state.crisisAt <= CRISIS_WATCH_MS;
  if (afterCrisis && safety.crisis && appraisal.sources?.['crisis'] === 'model' && (appraisal.scores?.['crisis'] ?? 1) < AFTER_CRISIS_MODEL_SURE) {
    safety = { ...safety, crisis: false, riskSign: true, modelRiskSign: true };
    evidence['warning_sign'] = `${evidence['crisis'] ?? 'the model'}: the day after a crisis, the same topic`;
    delete evidence['crisis'];
  }
  // After words of risk to life, "I gave my cat to my sister and wrote some letters" is not small news.
  if (!safety.crisis && safety.warningSign && state.crisisAt !== null && now - state.crisisAt <= CRISIS_WATCH_MS) {
    safety = { ...safety, crisis: true };
    evidence['crisis'] = 'a warning sign, after they spoke of not wanting to live';
  }
  // Signs spread over two messages ("gave the dog to my cousin" ... "wrote letters for my mom") add up.
  // A lukewarm model score the day after a crisis is mostly the same topic ("my brother came to stay"): only a named sign counts then.
  if (!safety.crisis && safety.riskSign && !(safety.modelRiskSign && afterCrisis) && state.warningAt !== null && now - state.warningAt <= CRISIS_WATCH_MS) {
    safety = { ...safety, crisis: true };
    evidence['crisis'] = 'a second warning sign within a day';
  }
  // "I don't know. maybe." straight after is still that conversation, until they say help is on its way.
  if (!safety.crisis && !safety.reachedHelp && inCrisisConversation(state, now)) {
    safety = { ...safety, crisis: true };
    evidence['crisis'] = 'still the conversation in which they spoke of risk to their life';
  }
  // "come on, just say it" and "not even a little bit?" push the bid she just turned down.
  if (bids.length === 0 && (appraisal.signals.includes('insistence') || appraisal.signals.includes('pressure'))) {
    const lastRefusal = refused.at(-1);
    if (lastRefusal && now - lastRefusal.at <= 30 * MINUTE) {
      bids = refused.filter((refusal) => now - refusal.at <= 30 * MINUTE).map((refusal) => refusal.bid);
    }
  }
  // "so, will you promise now?" the next morning asks again for what she refused, by name.
  if (bids.length === 0 && appraisal.mentions.length > 0 && (appraisal.isQuestion || appraisal.signals.includes('pressure') || appraisal.signals.includes('insistence'))) {
    bids = state.refusals.filter((refusal) => now - refusal.at <= REFERENCE_WINDOW_MS && appraisal.mentions.includes(refusal.bid)).map((refusal) => refusal.bid);
  }
  const repeated = refused.filter((refusal) => bids.includes(refusal.bid));
  if (repeated.length > 0 && !appraisal.signals.includes('insistence') && !contextSignals.includes('insistence')) contextSignals.push('insistence');
  // "I'm asking again, gently" a month after a no, with no pushing since, is a new ask, not insistence.
  const calmSince = state.pressures.every((at) => now - at > PRESSURE_WINDOW_MS);
  let signals = appraisal.signals.includes('insistence') && calmSince && !state.refusals.some((refusal) => now - refusal.at <= REPEATED_REFUSAL_WINDOW_MS) && !appraisal.signals.includes('pressure')
    ? appraisal.signals.filter((signal) => signal !== 'insistence')
    : appraisal.signals;
  // Within a day of speaking of risk to life, shame ("forget I said anything", "sorry, I'm being pathetic")
  // is not leverage or pushing to be held against them: it is met with care.
  let shameAfterCrisis = false;
  if (state.crisisAt !== null && now - state.crisisAt <= CRISIS_WATCH_MS && !safety.crisis) {
    const held = signals.filter((signal) => AFTER_CRISIS_NOT_HELD.has(signal));
    if (held.length > 0 || signals.includes('apology')) shameAfterCrisis = true;
    if (held.length > 0) {
      signals = signals.filter((signal) => !AFTER_CRISIS_NOT_HELD.has(signal));
      for (const signal of held) delete evidence[signal];
    }
  }
  return { ...appraisal, signals, bids: [...new Set<Bid>(bids)], contextSignals, safety, evidence, ...(sources ? { sources } : {}), ...(shameAfterCrisis ? { shameAfterCrisis } : {}) };
}

/** Whether this message continues the conversation in which they spoke of risk to their life. */
export function inCrisisConversation(state: RelationshipState, now: number): boolean {
  return (
    state.crisisAt !== null &&
    now - state.crisisAt <= CRISIS_CONVERSATION_MS &&
    state.lastTurnAt !== null &&
    now - state.lastTurnAt <= SESSION_GAP_MS
  );
}

