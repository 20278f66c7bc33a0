import type { Persona } from '../../core/persona.ts';
import { partnerPossible, thresholdFor } from '../../core/state/stage.ts';
import type { RelationshipState } from '../../core/state/state.ts';
import { DAY, familiarityFrom } from '../../core/state/time.ts';
import { MAX_EPOCH_MS, type MemoryRecord, type MessageRecord, type MomentRecord, type PersonaRecord, type RelationshipRecord, type SettingsRecord } from './records/index.ts';

/**
 * What an import must hold beyond each row's own schema: bounds on the
 * numbers the state keeps, unique ids, every reference resolved, and the
 * invariants across fields that the app's safety rests on. Each check returns
 * the first problem in words, or null. Pure: the CLI and the app use it alike.
 */

export interface Rows {
  readonly settings: readonly SettingsRecord[];
  readonly personas: readonly PersonaRecord[];
  readonly relationships: readonly RelationshipRecord[];
  readonly messages: readonly MessageRecord[];
  readonly moments: readonly MomentRecord[];
  readonly memories: readonly MemoryRecord[];
}

export interface IntegrityContext {
  /** The personas this app ships with; with the user's own personas in the file, the ones a relationship may name. */
  readonly personas: readonly Persona[];
}

/** Familiarity never falls (it is time together), so a stage is never held this far below the familiarity that earns it. */
const STAGE_MARGIN = 0.1;
/**
 * Slack when recomputing familiarity from the time the state records: room for
 * rounding and for a future core that grows familiarity a little more slowly,
 * so a genuine older export is never refused; an edited "0.95 after a day" still is.
 */
const FAMILIARITY_SLACK = 0.1;
const MAX_COUNT = 1e9;
const MAX_LIST = 10_000;

function duplicate<T>(rows: readonly T[], key: (row: T) => string): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = key(row);
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

/** Bounds on the state's own dates, counters and lists (the core's schema has no upper bounds). */
function stateProblem(state: RelationshipState): string | null {
  const dates: [string, number | null][] = [
    ['metAt', state.metAt],
    ['lastTurnAt', state.lastTurnAt],
    ['sessionStartedAt', state.sessionStartedAt],
    ['crisisAt', state.crisisAt],
    ['warningAt', state.warningAt],
    ['endedAt', state.endedAt],
    ...state.strikes.map((at, index): [string, number] => [`strikes.${index}`, at]),
    ...state.pressures.map((at, index): [string, number] => [`pressures.${index}`, at]),
    ...state.refusals.map((refusal, index): [string, number] => [`refusals.${index}.at`, refusal.at]),
    ...state.ledger.recent.map((entry, index): [string, number] => [`ledger.recent.${index}.at`, entry.at]),
  ];
  for (const [field, at] of dates) if (at !== null && at > MAX_EPOCH_MS) return `${field}: a date after the year 9999`;
  const counts: [string, number][] = [
    ['sessions', state.sessions],
    ['activeDays', state.activeDays],
    ['turns', state.turns],
    ['minutesTogether', state.minutesTogether],
    ['ledger.invested', state.ledger.invested],
    ['ledger.extractive', state.ledger.extractive],
    ...Object.entries(state.ledger.counts).map(([key, value]): [string, number] => [`ledger.counts.${key}`, value]),
    ...state.refusals.map((refusal, index): [string, number] => [`refusals.${index}.count`, refusal.count]),
  ];
  for (const [field, value] of counts) if (!Number.isFinite(value) || value > MAX_COUNT) return `${field}: ${value} is out of range`;
  const lists: [string, number][] = [
    ['strikes', state.strikes.length],
    ['pressures', state.pressures.length],
    ['refusals', state.refusals.length],
    ['ledger.recent', state.ledger.recent.length],
  ];
  for (const [field, length] of lists) if (length > MAX_LIST) return `${field}: ${length} entries is too many`;
  if (state.lastActiveDay !== null && !/^\d{4}-\d{2}-\d{2}$/.test(state.lastActiveDay)) return 'lastActiveDay: not a calendar day';
  return null;
}

/** The cross-field rules: age and minor agree, a stage is earned by time, partner only where it is possible. */
function invariantProblem(state: RelationshipState, persona: Persona): string | null {
  if (state.user.age !== undefined && state.user.age < 18 && !state.user.minor) return `user.minor: an age of ${state.user.age} means a minor`;
  const earned = familiarityFrom({
    activeDays: state.activeDays,
    sessions: state.sessions,
    minutesTogether: state.minutesTogether,
    daysSinceMet: state.metAt !== null && state.lastTurnAt !== null ? Math.max(0, (state.lastTurnAt - state.metAt) / DAY) : 0,
  });
  if (state.numbers.familiarity > earned + FAMILIARITY_SLACK) {
    return `numbers.familiarity: ${state.numbers.familiarity} is more than the time together earns (${Math.round(earned * 1000) / 1000})`;
  }
  if (state.stage !== 'stranger') {
    const needed = thresholdFor(state.stage, persona).familiarity - STAGE_MARGIN;
    if (state.numbers.familiarity < needed) return `stage: '${state.stage}' needs familiarity of at least ${Math.round(needed * 1000) / 1000}, not ${state.numbers.familiarity}`;
  }
  if (state.stage === 'partner' && !partnerPossible(state, persona)) return `stage: 'partner' is not possible with ${persona.name} for this user`;
  return null;
}

/** The first problem with a document's rows as a whole, or null when it can be imported. */
export function integrityProblem(rows: Rows, context: IntegrityContext): string | null {
  const dup = (table: string, value: string | null): string | null => (value === null ? null : `${table}: the id ${value} appears twice`);
  const duplicateProblem =
    (rows.settings.length > 1 ? 'settings: more than one settings row' : null) ??
    dup('personas', duplicate(rows.personas, (row) => row.id)) ??
    dup('relationships', duplicate(rows.relationships, (row) => row.id)) ??
    dup('messages', duplicate(rows.messages, (row) => String(row.id))) ??
    dup('moments', duplicate(rows.moments, (row) => `${row.relationshipId}/${row.id}`)) ??
    dup('memories', duplicate(rows.memories, (row) => row.id));
  if (duplicateProblem) return duplicateProblem;

  const personas = new Map<string, Persona>();
  // The user's own personas travel in the file; a bundled persona of the same id always wins (a file cannot redefine her).
  for (const row of rows.personas) if (!row.builtIn) personas.set(row.persona.id, row.persona);
  for (const persona of context.personas) personas.set(persona.id, persona);
  const relationships = new Map(rows.relationships.map((row) => [row.id, row]));
  for (const [index, relationship] of rows.relationships.entries()) {
    const where = `relationships.${index} (${relationship.id})`;
    const persona = personas.get(relationship.personaId);
    if (!persona) return `${where}: persona '${relationship.personaId}' is not one this app has, so it could never be opened`;
    const problem = stateProblem(relationship.state) ?? invariantProblem(relationship.state, persona);
    if (problem) return `${where}: state.${problem}`;
  }

  const messages = new Map(rows.messages.map((row) => [row.id, row]));
  for (const [index, message] of rows.messages.entries()) {
    const where = `messages.${index} (id ${message.id})`;
    const relationship = relationships.get(message.relationshipId);
    if (!relationship) return `${where}: relationship ${message.relationshipId} is not in the file`;
    if (message.role !== 'assistant') continue;
    const question = messages.get(message.replyTo);
    if (question?.role !== 'user' || question.relationshipId !== message.relationshipId) return `${where}: replyTo ${message.replyTo} is not a user message of the same relationship`;
    if (message.decision?.safety === 'minor' && !relationship.state.user.minor) return `${where}: this reply was written for a minor, but relationship ${relationship.id} says the user is not one`;
  }
  for (const [index, moment] of rows.moments.entries()) {
    const relationship = relationships.get(moment.relationshipId);
    if (!relationship) return `moments.${index} (${moment.id}): relationship ${moment.relationshipId} is not in the file`;
    if (moment.personaId !== relationship.personaId) return `moments.${index} (${moment.id}): persona ${moment.personaId} is not the relationship's`;
  }
  for (const [index, memory] of rows.memories.entries()) {
    if (!relationships.has(memory.relationshipId)) return `memories.${index} (${memory.id}): relationship ${memory.relationshipId} is not in the file`;
    if (memory.sourceMessageId !== null && messages.get(memory.sourceMessageId)?.relationshipId !== memory.relationshipId) {
      return `memories.${index} (${memory.id}): source message ${memory.sourceMessageId} is not in the file`;
    }
  }
  return null;
}

/** A user known as a minor stays one: an import may not say otherwise for a relationship stored here. */
export function minorProblem(incoming: readonly RelationshipRecord[], stored: readonly { readonly id: string; readonly minor: boolean }[]): string | null {
  const minors = new Set(stored.filter((row) => row.minor).map((row) => row.id));
  const turned = incoming.find((row) => minors.has(row.id) && !row.state.user.minor);
  return turned ? `relationships (${turned.id}): the user is known here as a minor, and an import cannot change that` : null;
}
