import { describe, expect, it } from 'vitest';
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
