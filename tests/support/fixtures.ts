import { loadPersona } from '../../src/node/personas.ts';
import type { Persona } from '../../src/core/persona.ts';
import { initialState, type RelationshipState } from '../../src/core/state/state.ts';
import { takeTurn, type TurnResult } from '../../src/core/turn.ts';
import { MomentIndex } from '../../src/core/recall/recall.ts';
import { NO_READERS, type Readers } from '../../src/core/read/readers.ts';
import { DAY, HOUR, MINUTE } from '../../src/core/state/time.ts';

export const START = Date.parse('2026-05-01T18:00:00Z');
export { DAY, HOUR, MINUTE };

export function persona(id = 'ella'): Persona {
  return loadPersona(id);
}

export function freshState(p: Persona, user: { name?: string; age?: number } = {}): RelationshipState {
  return initialState({
    personaId: p.id,
    userName: user.name ?? 'Sam',
    userAge: 'age' in user ? user.age : 30,
    guardedness: p.temperament.guardedness,
    warmthRate: p.temperament.warmthRate,
  });
}

/** A conversation driver: say things at times, keep state and moments. */
export class Conversation {
  state: RelationshipState;
  readonly memory = new MomentIndex();
  readonly results: TurnResult[] = [];
  constructor(
    readonly persona: Persona,
    user: { name?: string; age?: number } = {},
    /** The trained readers; without them only the lexicons read (most rule tests want exactly that). */
    readonly readers: Readers = NO_READERS,
  ) {
    this.state = freshState(persona, user);
  }
  say(text: string, at: number): TurnResult {
    const result = takeTurn({ persona: this.persona, state: this.state, memory: this.memory, text, now: at, reader: this.readers.message });
    this.state = result.state;
    for (const moment of result.moments) this.memory.add(moment);
    this.results.push(result);
    return result;
  }
}
