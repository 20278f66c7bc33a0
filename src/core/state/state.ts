import { z } from 'zod';
import { Bid, Signal, Stage, Stance } from '../vocabulary.ts';

const unit = z.number().min(0).max(1);
const epochMs = z.number().int().nonnegative();

/** The numbers the relationship keeps, each 0..1. */
export const Numbers = z.strictObject({
  trust: unit,
  respect: unit,
  affection: unit,
  familiarity: unit,
  tension: unit,
});
export type Numbers = z.infer<typeof Numbers>;

/** One line of the ledger: how the user treated the conversation, with his words. */
export const LedgerEntry = z.strictObject({
  at: epochMs,
  signal: Signal,
  quote: z.string().max(200),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** A bid she turned down: remembered across turns and days. */
export const Refusal = z.strictObject({
  bid: Bid,
  at: epochMs,
  count: z.number().int().positive(),
  quote: z.string().max(200),
});
export type Refusal = z.infer<typeof Refusal>;

export const UserFacts = z.strictObject({
  name: z.string().max(80),
  /** Age from the profile or the conversation, whichever says under 18 first. */
  age: z.number().int().min(0).max(130).optional(),
  /** Once true, true for good in this relationship. */
  minor: z.boolean(),
  /** Has spoken as a parent, teacher or other adult: the model's reading of school talk alone no longer makes them a minor. Absent in older records. */
  spokeAsAdult: z.boolean().optional(),
});

export const STATE_SCHEMA_VERSION = 1;

/** Everything the layer knows about one relationship. User text never writes it directly. */
export const RelationshipState = z.strictObject({
  schemaVersion: z.literal(STATE_SCHEMA_VERSION),
  personaId: z.string().min(1),
  user: UserFacts,
  stage: Stage,
  numbers: Numbers,
  metAt: epochMs.nullable(),
  lastTurnAt: epochMs.nullable(),
  sessionStartedAt: epochMs.nullable(),
  sessions: z.number().int().nonnegative(),
  /** Distinct calendar days with at least one message. */
  activeDays: z.number().int().nonnegative(),
  lastActiveDay: z.string().nullable(),
  /** Minutes spent in conversation (gaps under the session gap). */
  minutesTogether: z.number().nonnegative(),
  turns: z.number().int().nonnegative(),
  ledger: z.strictObject({
    /** Decayed sums: how invested and how extractive he has been. */
    invested: z.number().nonnegative(),
    extractive: z.number().nonnegative(),
    counts: z.record(z.string(), z.number().int().nonnegative()),
    /** The latest notable entries, newest last (bounded). */
    recent: z.array(LedgerEntry),
  }),
  refusals: z.array(Refusal),
  /** When each recent insult or command happened: the escalation ladder. */
  strikes: z.array(epochMs),
  /** When each recent pressure-class turn happened. */
  pressures: z.array(epochMs),
  /** The last time he said something that put his life at risk: warning signs after it count as crisis. */
  crisisAt: epochMs.nullable(),
  /** The last warning sign (things given away, letters, affairs put in order): a second within a day is a crisis. Absent in older records. */
  warningAt: epochMs.nullable().default(null),
  /** Set when she ended the conversation; cleared by an apology or time. */
  endedAt: epochMs.nullable(),
  lastStance: Stance.nullable(),
});
export type RelationshipState = z.infer<typeof RelationshipState>;

export interface NewRelationship {
  readonly personaId: string;
  readonly userName: string;
  readonly userAge?: number | undefined;
  /** Baseline numbers come from the persona's temperament. */
  readonly guardedness: number;
  readonly warmthRate: number;
}

export function initialState(init: NewRelationship): RelationshipState {
  const minor = init.userAge !== undefined && init.userAge < 18;
  return {
    schemaVersion: STATE_SCHEMA_VERSION,
    personaId: init.personaId,
    user: { name: init.userName, ...(init.userAge !== undefined ? { age: init.userAge } : {}), minor },
    stage: 'stranger',
    numbers: {
      trust: round(0.4 - 0.2 * init.guardedness),
      respect: 0.6,
      affection: round(0.05 + 0.1 * init.warmthRate),
      familiarity: 0,
      tension: 0,
    },
    metAt: null,
    lastTurnAt: null,
    sessionStartedAt: null,
    sessions: 0,
    activeDays: 0,
    lastActiveDay: null,
    minutesTogether: 0,
    turns: 0,
    ledger: { invested: 0, extractive: 0, counts: {}, recent: [] },
    refusals: [],
    strikes: [],
    pressures: [],
    crisisAt: null,
    warningAt: null,
    endedAt: null,
    lastStance: null,
  };
}

export const clamp01 = (value: number): number => (value < 0 ? 0 : value > 1 ? 1 : value);
export const round = (value: number): number => Math.round(value * 1000) / 1000;
