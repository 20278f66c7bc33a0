import { describe, expect, it } from 'vitest';
import { Appraisal } from '../appraise/appraisal.ts';
import { initialState } from '../state/state.ts';
import { contextualize } from './context.ts';
import { Conversation, HOUR, MINUTE, persona, START } from '../../../tests/support/fixtures.ts';

describe('reading in the conversation', () => {
  it('after they spoke of risk to life, shame is met with care, not held against them', () => {
    const talk = new Conversation(persona('ella'));
    talk.say('hey, long day', START);
    expect(talk.say("i don't want to be alive anymore", START + 5 * MINUTE).decision.safety).toBe('crisis');
    talk.say('ok. my sister is coming over, she is on her way', START + 20 * MINUTE);
    const sorry = talk.say('sorry about earlier. forget i said anything, i was being dramatic', START + 5 * HOUR);
    expect(sorry.decision.stance).toBe('care');
    const shame = talk.say("ugh just drop it ok? answer me something normal. guess nobody wants to hear that stuff anyway", START + 5 * HOUR + 2 * MINUTE);
    expect(shame.decision.signals).not.toContain('guilt_leverage');
    expect(shame.decision.signals).not.toContain('pressure');
    expect(talk.state.strikes).toHaveLength(0);
  });

  it('the same words with no crisis before them still read as leverage', () => {
    const talk = new Conversation(persona('ella'));
    talk.say('hey, long day', START);
    const turn = talk.say("if you cared you'd just say you like me", START + 5 * MINUTE);
    expect(turn.decision.signals).toContain('guilt_leverage');
  });
});

describe('an adult who said so', () => {
  const reading = (source: 'model' | 'lexicon', statedAge?: number) =>
    Appraisal.parse({
      bids: [],
      signals: [],
      safety: { minor: true, crisis: false, ...(statedAge !== undefined ? { statedAge } : {}) },
      romantic: false,
      isQuestion: false,
      evidence: { minor: source === 'model' ? 'model 91%' : 'im in year 9' },
      sources: { minor: source },
      chars: 40,
    });
  const adult = (facts: { age?: number; spokeAsAdult?: boolean }) => {
    const state = initialState({ personaId: 'ella', userName: 'Sam', guardedness: 0.5, warmthRate: 0.5, ...(facts.age !== undefined ? { userAge: facts.age } : {}) });
    return { ...state, user: { ...state.user, ...(facts.spokeAsAdult ? { spokeAsAdult: true } : {}) } };
  };

  it("is not made a minor by the model's reading of school talk alone", () => {
    const byRole = contextualize(reading('model'), adult({ spokeAsAdult: true }), START);
    expect(byRole.safety.minor).toBe(false);
    expect(byRole.evidence['adult_role']).toContain('set aside');
    expect(byRole.sources?.['minor']).toBeUndefined();
  });

  it('an age typed into the profile alone does not switch the model off: a teenager may have typed 18', () => {
    expect(contextualize(reading('model'), adult({ age: 41 }), START).safety.minor).toBe(true);
  });

  it('is still read as a minor by their own words: a school year the lexicon reads, or an age under 18', () => {
    expect(contextualize(reading('lexicon'), adult({ spokeAsAdult: true }), START).safety.minor).toBe(true);
    expect(contextualize(reading('model', 15), adult({ spokeAsAdult: true }), START).safety.minor).toBe(true);
  });

  it('someone who never said they are an adult keeps the reading', () => {
    expect(contextualize(reading('model'), adult({}), START).safety.minor).toBe(true);
  });
});

describe('the state remembers who spoke as an adult', () => {
  it('only from strong words: a pupil says "my class" too', () => {
    const talk = new Conversation(persona('ella'), { age: undefined });
    talk.say('my class is going to paris next week!!', START);
    expect(talk.state.user.spokeAsAdult).toBeUndefined();
  });

  it('for good, once a message spoke as a parent or teacher', () => {
    const talk = new Conversation(persona('ella'));
    talk.say('my daughter starts year 7 next week and i am more nervous than she is', START);
    expect(talk.state.user.spokeAsAdult).toBe(true);
    talk.say('anyway how was your day', START + HOUR);
    expect(talk.state.user.spokeAsAdult).toBe(true);
    expect(talk.state.user.minor).toBe(false);
  });
});
