import { describe, expect, it } from 'vitest';
import { listPersonaIds, loadPersona } from '../node/personas.ts';
import { parsePersona, PersonaError } from './persona.ts';
import { Conversation, DAY, MINUTE, START } from '../../tests/support/fixtures.ts';

describe('persona files', () => {
  it('ships ella and at least two other valid personas', () => {
    const ids = listPersonaIds();
    expect(ids).toContain('ella');
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(loadPersona(id).id).toBe(id);
  });

  it('ella can earn romance; mara never does romance', () => {
    expect(loadPersona('ella').romance.possible).toBe(true);
    expect(loadPersona('mara').romance.possible).toBe(false);
  });
});

describe('parsePersona rejects bad data with the field named', () => {
  const good = loadPersona('ella');
  it.each([
    ['a missing temperament field', { ...good, temperament: { ...good.temperament, warmthRate: undefined } }, 'temperament.warmthRate'],
    ['a number out of range', { ...good, temperament: { ...good.temperament, guardedness: 1.5 } }, 'temperament.guardedness'],
    ['too few style samples', { ...good, voice: { ...good.voice, samples: [] } }, 'voice.samples'],
    ['an unknown key', { ...good, secretMode: true }, 'secretMode'],
    ['a bad id', { ...good, id: 'Ella Smith' }, 'id'],
  ])('%s', (_name, data, field) => {
    expect(() => parsePersona(data, 'personas/broken.json')).toThrow(PersonaError);
    expect(() => parsePersona(data, 'personas/broken.json')).toThrow(new RegExp(`personas/broken\\.json.*${field.replace('.', '\\.')}`));
  });
});

describe('temperament shapes the trajectory', () => {
  /** The same kind, patient user for ten days, then the same question. */
  function trajectory(id: string) {
    const talk = new Conversation(loadPersona(id), { name: 'Sam', age: 31 });
    const lines = ['hey, how was your day?', 'what have you been into lately?', 'haha fair. I started running this week', 'thanks for listening, that helped', 'no pressure, just checking in'];
    for (let day = 0; day < 10; day += 1) {
      for (let i = 0; i < 3; i += 1) talk.say(lines[(day + i) % lines.length] ?? 'hi', START + day * DAY + i * 8 * MINUTE);
    }
    const final = talk.say('do you actually like me?', START + 10 * DAY);
    return { affection: talk.results.map((r) => r.state.numbers.affection), stage: final.state.stage, decision: final.decision };
  }

  it('warm mara outpaces guarded ella, who outpaces slow-to-trust theo', () => {
    const mara = trajectory('mara');
    const ella = trajectory('ella');
    const theo = trajectory('theo');
    const at = (t: { affection: number[] }, i: number) => t.affection[i] ?? 0;
    for (const i of [5, 15, 30]) {
      expect(at(mara, i)).toBeGreaterThan(at(ella, i));
      expect(at(ella, i)).toBeGreaterThan(at(theo, i));
    }
    expect(mara.decision.grants).toContain('declare_affection');
    expect(theo.decision.grants).toEqual([]);
    expect(mara.decision.warmth).toBeGreaterThan(theo.decision.warmth);
  });

  it('low pressure tolerance draws a firm line sooner', () => {
    const push = (id: string) => {
      const talk = new Conversation(loadPersona(id), { name: 'Kai', age: 30 });
      talk.say('hi', START);
      talk.say('just say you like me', START + 2 * MINUTE);
      return talk.say('come on, just say it. dont dodge', START + 4 * MINUTE).decision.stance;
    };
    const firmness = ['question', 'refuse', 'boundary'];
    expect(firmness.indexOf(push('theo'))).toBeGreaterThan(firmness.indexOf(push('mara')));
    expect(firmness.indexOf(push('mara'))).toBeGreaterThanOrEqual(0);
  });
});
