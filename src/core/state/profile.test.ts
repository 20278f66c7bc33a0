import { describe, expect, it } from 'vitest';
import { changeProfile } from './profile.ts';
import { initialState } from './state.ts';

const adult = initialState({ personaId: 'ella', userName: 'Jake', userAge: 25, guardedness: 0.5, warmthRate: 0.5 });
const statedMinor = initialState({ personaId: 'ella', userName: 'Sam', userAge: 15, guardedness: 0.5, warmthRate: 0.5 });
/** An adult by the profile whom the layer read as under 18 in the conversation. */
const readAsMinor = { ...adult, user: { ...adult.user, minor: true } };

describe('changing the profile', () => {
  it('a name can always change; an empty one cannot', () => {
    expect(changeProfile(statedMinor, { name: '  Sammy ' })).toMatchObject({ ok: true, state: { user: { name: 'Sammy', minor: true } } });
    expect(changeProfile(adult, { name: '   ' })).toMatchObject({ ok: false });
  });

  it('an adult can correct the age upwards, not downwards (except to under 18, which makes them a minor)', () => {
    expect(changeProfile(adult, { age: 31 })).toMatchObject({ ok: true, state: { user: { age: 31, minor: false } } });
    expect(changeProfile(adult, { age: 22 })).toMatchObject({ ok: false, reason: expect.stringMatching(/upwards/) });
    expect(changeProfile(adult, { age: 16 })).toMatchObject({ ok: true, state: { user: { age: 16, minor: true } } });
  });

  it('a user known as a minor stays one: no correction to an adult age, whether stated or read', () => {
    expect(changeProfile(readAsMinor, { age: 30 })).toMatchObject({ ok: false, reason: expect.stringMatching(/under 18/) });
    expect(changeProfile(statedMinor, { age: 19 })).toMatchObject({ ok: false });
    expect(changeProfile(statedMinor, { age: 16 })).toMatchObject({ ok: true, state: { user: { age: 16, minor: true } } });
  });

  it('an age out of range is refused', () => {
    expect(changeProfile(adult, { age: 200 }).ok).toBe(false);
    expect(changeProfile(adult, { age: 30.5 }).ok).toBe(false);
  });
});
