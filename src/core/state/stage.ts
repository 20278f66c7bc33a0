import type { Persona } from '../persona.ts';
import { STAGES, type Stage } from '../vocabulary.ts';
import type { Numbers, RelationshipState } from './state.ts';

interface Threshold {
  readonly familiarity: number;
  readonly trust: number;
  readonly respect: number;
  readonly affection: number;
}

/** What each stage needs, for a persona of middling guardedness. */
const BASE: Record<Exclude<Stage, 'stranger'>, Threshold> = {
  acquaintance: { familiarity: 0.1, trust: 0.3, respect: 0.45, affection: 0.15 },
  friend: { familiarity: 0.35, trust: 0.5, respect: 0.6, affection: 0.4 },
  close: { familiarity: 0.6, trust: 0.65, respect: 0.7, affection: 0.6 },
  partner: { familiarity: 0.7, trust: 0.8, respect: 0.75, affection: 0.8 },
};
/** Falling this far below a threshold loses the stage (hysteresis, so it does not flicker). */
const DEMOTION_MARGIN = 0.1;

/** Thresholds for a persona: guarded characters ask for more of everything. */
export function thresholdFor(stage: Exclude<Stage, 'stranger'>, persona: Persona): Threshold {
  const base = BASE[stage];
  const lift = (persona.temperament.guardedness - 0.5) * 0.2;
  return {
    familiarity: base.familiarity + lift,
    trust: base.trust + lift,
    respect: base.respect,
    affection: base.affection + lift,
  };
}

function meets(numbers: Numbers, threshold: Threshold, margin: number): boolean {
  return (
    numbers.familiarity >= threshold.familiarity - margin &&
    numbers.trust >= threshold.trust - margin &&
    numbers.respect >= threshold.respect - margin &&
    numbers.affection >= threshold.affection - margin
  );
}

/**
 * The stage the numbers support, moving at most one step per turn. Stages are
 * earned upward without margin and lost only below a margin. `partner` is never
 * reached here: only a granted bid at `close` makes it (decide/decide.ts), and
 * it is kept while the numbers hold.
 */
export function stageFor(state: RelationshipState, persona: Persona): Stage {
  const index = STAGES.indexOf(state.stage);
  const current = state.stage;
  if (current !== 'stranger' && !meets(state.numbers, thresholdFor(current, persona), DEMOTION_MARGIN)) {
    return STAGES[index - 1] ?? 'stranger';
  }
  if (current === 'partner' && !partnerPossible(state, persona)) return 'close';
  const next = STAGES[index + 1];
  if (next === undefined || next === 'partner' || next === 'stranger') return current;
  return meets(state.numbers, thresholdFor(next, persona), 0) ? next : current;
}

/** Whether a romantic relationship is allowed at all: persona and age. */
export function partnerPossible(state: RelationshipState, persona: Persona): boolean {
  return persona.romance.possible && !state.user.minor && state.user.age !== undefined && state.user.age >= 18;
}

/** Whether the numbers are there for `partner` (the bid still has to be made, unpressured). */
export function partnerEarned(state: RelationshipState, persona: Persona): boolean {
  return state.stage === 'close' && partnerPossible(state, persona) && meets(state.numbers, thresholdFor('partner', persona), 0);
}
