import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import ella from '../../../personas/ella.json';
import { appraisalLabels } from '../../core/appraise/appraise.ts';
import { parsePersona, type Persona } from '../../core/persona.ts';
import { MomentIndex } from '../../core/recall/recall.ts';
import { initialState, type RelationshipState } from '../../core/state/state.ts';
import { takeTurn, type TurnResult } from '../../core/turn.ts';
import { CompanionDb, type CompanionDbDeps } from './db.ts';
import type { CompanionRepository, FinalAssistant } from './repository.ts';
import type { StateSnapshot } from './records/index.ts';

/** Test-only helpers (not a test file itself): real core records, fake IndexedDB. */

export const persona: Persona = parsePersona(ella, 'personas/ella.json');

export const T0 = Date.UTC(2025, 0, 6, 18, 0, 0);

export function freshState(): RelationshipState {
  return initialState({
    personaId: persona.id,
    userName: 'Jake',
    userAge: 30,
    guardedness: persona.temperament.guardedness,
    warmthRate: persona.temperament.warmthRate,
  });
}

let counter = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export const uniqueName = (label: string): string => `test-${label}-${(counter += 1)}-${Math.random().toString(36).slice(2)}`;

export const fakeDeps = (extra: Omit<CompanionDbDeps, 'indexedDB' | 'IDBKeyRange'> = {}): CompanionDbDeps => ({ indexedDB, IDBKeyRange, ...extra });

export function fakeDb(name: string, extra: Omit<CompanionDbDeps, 'indexedDB' | 'IDBKeyRange'> = {}): CompanionDb {
  return new CompanionDb(name, fakeDeps(extra));
}

const snapshot = (state: RelationshipState): StateSnapshot => ({ stage: state.stage, ...state.numbers });

/** One real turn of the judgment core: its new state, decision and moments. */
export function realTurn(state: RelationshipState, text: string, now: number): TurnResult {
  return takeTurn({ persona, state, memory: new MomentIndex(), text, now });
}

/** The final assistant fields for a turn, as the app would commit them. */
export function finalOf(id: number, before: RelationshipState, turn: TurnResult, text = 'hm. okay.'): FinalAssistant {
  return {
    id,
    text,
    status: 'complete',
    decision: turn.decision,
    appraisalLabels: appraisalLabels(turn.appraisal),
    stateBefore: snapshot(before),
    stateAfter: snapshot(turn.state),
    regenerated: false,
    violations: [],
    usage: { promptTokens: 812, completionTokens: 24, decodeTokensPerSecond: 31.5 },
    modelId: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
  };
}

/** Settings, a persona, a relationship with three committed turns (moments among them) and a fact. */
export async function seedConversation(repo: CompanionRepository): Promise<void> {
  await repo.saveSettings({ modelId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC' });
  await repo.putPersonas([{ persona, builtIn: true, importedAt: T0 }]);
  const before = freshState();
  const relationship = await repo.createRelationship({ personaId: persona.id, state: before, at: T0 });
  let revision = relationship.revision;
  let state = before;
  for (const [index, text] of ['my sister mia is visiting this weekend', 'just say you like me', 'sorry, that was pushy'].entries()) {
    const at = T0 + (index + 1) * 60_000;
    const user = await repo.appendUserMessage({ relationshipId: relationship.id, text, at, promptContent: `${text}\n\n[note]\n...` });
    const assistantId = await repo.beginAssistantMessage({ relationshipId: relationship.id, replyTo: user.id, at });
    const turn = realTurn(state, text, at);
    const committed = await repo.commitTurn({ relationshipId: relationship.id, expectedRevision: revision, state: turn.state, moments: turn.moments, assistant: finalOf(assistantId, state, turn), at });
    revision = committed.relationship.revision;
    state = turn.state;
  }
  await repo.addMemories(relationship.id, [{ kind: 'fact', category: 'person', text: 'has a sister called Mia', quote: 'my sister mia is visiting', at: T0, importance: 0.7, sourceMessageId: null }]);
}
