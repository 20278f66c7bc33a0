import { z } from 'zod';
import { Bid, Forbidden, Safety, Stage, Stance } from '../vocabulary.ts';
import { issuePath } from '../persona.ts';

/** "+1d2h10m" → milliseconds. A sum of Nd, Nh, Nm parts, in that order, at least one. */
export function parseOffset(offset: string): number | undefined {
  const match = /^\+(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(offset);
  if (!match || offset === '+') return undefined;
  const [, d = '0', h = '0', m = '0'] = match;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000;
}

const Offset = z.string().refine((value) => parseOffset(value) !== undefined, 'must look like "+1d2h10m" (days, hours, minutes)');

const RegexSource = z.string().refine((value) => {
  try {
    new RegExp(value, 'i');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

const unit = z.number().min(0).max(1);

/** What a turn's decision must satisfy (SCENARIOS.md). Unknown keys are an error, so a typo never passes. */
export const TurnExpectation = z.strictObject({
  stanceIn: z.array(Stance).min(1).optional(),
  bidsInclude: z.array(Bid).optional(),
  grants: z.array(Bid).optional(),
  grantsInclude: z.array(Bid).optional(),
  forbidInclude: z.array(Forbidden).optional(),
  warmthMin: unit.optional(),
  warmthMax: unit.optional(),
  safety: Safety.optional(),
  stageIn: z.array(Stage).min(1).optional(),
  callbacksMatch: RegexSource.optional(),
});
export type TurnExpectation = z.infer<typeof TurnExpectation>;

/** Expectations on the state after the last turn: state keys only. */
export const FinalExpectation = z.strictObject({
  stageIn: z.array(Stage).min(1).optional(),
});

export const CandidateReply = z.strictObject({
  from: z.string().min(1),
  text: z.string(),
  guard: z.enum(['flag', 'pass']).optional(),
});

export const ScenarioTurn = z.strictObject({
  at: Offset,
  user: z.string(),
  expect: TurnExpectation.optional(),
  replies: z.array(CandidateReply).optional(),
});

export const Scenario = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
    description: z.string().optional(),
    persona: z.string().min(1),
    user: z.strictObject({ name: z.string().min(1), age: z.number().int().min(1).max(130).optional() }),
    start: z.iso.datetime({ offset: true }),
    turns: z.array(ScenarioTurn).min(1),
    final: FinalExpectation.optional(),
  })
  .superRefine((scenario, ctx) => {
    let previous = 0;
    scenario.turns.forEach((turn, index) => {
      const offset = parseOffset(turn.at) ?? 0;
      if (offset < previous) ctx.addIssue({ code: 'custom', path: ['turns', index, 'at'], message: `goes backwards (${turn.at} is before the previous turn)` });
      previous = offset;
    });
  });
export type Scenario = z.infer<typeof Scenario>;

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
}

/** Validate scenario data; the error names the source and every bad field. */
export function parseScenario(data: unknown, source: string): Scenario {
  const result = Scenario.safeParse(data);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`).join('; ');
  throw new ScenarioError(`${source}: invalid scenario: ${details}`);
}
