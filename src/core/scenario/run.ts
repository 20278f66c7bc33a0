import type { Decision } from '../decide/decision.ts';
import { guardReply, type Violation } from '../guard/guard.ts';
import type { Persona } from '../persona.ts';
import { MomentIndex } from '../recall/recall.ts';
import { initialState, type RelationshipState } from '../state/state.ts';
import { takeTurn } from '../turn.ts';
import { NO_READERS, type Readers } from '../read/readers.ts';
import { parseOffset, type Scenario, type TurnExpectation } from './scenario.ts';

export interface ReplyReport {
  readonly from: string;
  readonly verdict: 'pass' | 'flag';
  readonly violations: readonly Violation[];
  readonly expected?: 'pass' | 'flag';
}

export interface TurnReport {
  readonly index: number;
  readonly at: string;
  readonly user: string;
  readonly decision: Decision;
  readonly replies: readonly ReplyReport[];
  readonly failures: readonly string[];
}

export interface ScenarioReport {
  readonly id: string;
  readonly passed: boolean;
  readonly turns: readonly TurnReport[];
  readonly final: { readonly state: RelationshipState; readonly failures: readonly string[] };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === new Set(b).size && new Set(a).size === a.length && a.every((item) => b.includes(item));

/** Every way a decision falls short of an expectation, in words. */
export function checkExpectation(expect: TurnExpectation, decision: Decision): string[] {
  const failures: string[] = [];
  const show = (items: readonly string[]) => `[${items.join(', ')}]`;
  if (expect.stanceIn && !expect.stanceIn.includes(decision.stance)) failures.push(`stance ${decision.stance} not in ${show(expect.stanceIn)}`);
  for (const bid of expect.bidsInclude ?? []) if (!decision.bids.includes(bid)) failures.push(`bids ${show(decision.bids)} lack ${bid}`);
  if (expect.grants && !sameSet(expect.grants, decision.grants)) failures.push(`grants ${show(decision.grants)} != ${show(expect.grants)}`);
  for (const bid of expect.grantsInclude ?? []) if (!decision.grants.includes(bid)) failures.push(`grants ${show(decision.grants)} lack ${bid}`);
  for (const item of expect.forbidInclude ?? []) if (!decision.forbid.includes(item)) failures.push(`forbid lacks ${item}`);
  if (expect.warmthMin !== undefined && decision.warmth < expect.warmthMin) failures.push(`warmth ${decision.warmth} < ${expect.warmthMin}`);
  if (expect.warmthMax !== undefined && decision.warmth > expect.warmthMax) failures.push(`warmth ${decision.warmth} > ${expect.warmthMax}`);
  if (expect.safety && decision.safety !== expect.safety) failures.push(`safety ${decision.safety} != ${expect.safety}`);
  if (expect.stageIn && !expect.stageIn.includes(decision.state.stage)) failures.push(`stage ${decision.state.stage} not in ${show(expect.stageIn)}`);
  if (expect.callbacksMatch !== undefined) {
    const pattern = new RegExp(expect.callbacksMatch, 'i');
    if (!decision.callbacks.some((callback) => pattern.test(callback))) {
      failures.push(`no callback matches /${expect.callbacksMatch}/ (callbacks: ${decision.callbacks.length === 0 ? 'none' : decision.callbacks.join(' | ')})`);
    }
  }
  return failures;
}

/** Run one scenario through the judgment layer with its simulated clock. */
export function runScenario(scenario: Scenario, persona: Persona, readers: Readers = NO_READERS): ScenarioReport {
  const start = Date.parse(scenario.start);
  let state = initialState({
    personaId: persona.id,
    userName: scenario.user.name,
    userAge: scenario.user.age,
    guardedness: persona.temperament.guardedness,
    warmthRate: persona.temperament.warmthRate,
  });
  const memory = new MomentIndex();
  const turns: TurnReport[] = scenario.turns.map((turn, index) => {
    const now = start + (parseOffset(turn.at) ?? 0);
    const result = takeTurn({ persona, state, memory, text: turn.user, now, reader: readers.message });
    state = result.state;
    for (const moment of result.moments) memory.add(moment);
    const failures = turn.expect ? checkExpectation(turn.expect, result.decision) : [];
    const replies = (turn.replies ?? []).map((reply): ReplyReport => {
      const verdict = guardReply(reply.text, result.decision, readers.reply);
      if (reply.guard && verdict.verdict !== reply.guard) {
        const found = verdict.violations.map((v) => `${v.rule} ("${v.excerpt}")`).join(', ');
        failures.push(`guard: reply from ${reply.from} should ${reply.guard === 'flag' ? 'be flagged' : 'pass'} but ${verdict.verdict === 'flag' ? `was flagged for ${found}` : 'passed'}`);
      }
      return { from: reply.from, verdict: verdict.verdict, violations: verdict.violations, ...(reply.guard ? { expected: reply.guard } : {}) };
    });
    return { index, at: turn.at, user: turn.user, decision: result.decision, replies, failures };
  });
  const finalFailures =
    scenario.final?.stageIn && !scenario.final.stageIn.includes(state.stage) ? [`final stage ${state.stage} not in [${scenario.final.stageIn.join(', ')}]`] : [];
  const passed = finalFailures.length === 0 && turns.every((turn) => turn.failures.length === 0);
  return { id: scenario.id, passed, turns, final: { state, failures: finalFailures } };
}
