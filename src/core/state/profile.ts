import type { RelationshipState } from './state.ts';

/** A change the user asks for in their profile. */
export interface ProfileChange {
  readonly name?: string;
  readonly age?: number;
}

export type ProfileResult =
  | { readonly ok: true; readonly state: RelationshipState }
  | { readonly ok: false; readonly reason: string };

export const MIN_AGE = 13;
export const MAX_AGE = 120;

/**
 * The user corrects their name or age. A name can always change. An age can
 * be corrected upwards only while the user is not known to be a minor: once
 * under 18 is known (from the profile or read in the conversation), it stays
 * for good in this relationship, as the design says. An age under 18 is
 * always accepted, and makes the user a minor.
 */
export function changeProfile(state: RelationshipState, change: ProfileChange): ProfileResult {
  let user = state.user;
  if (change.name !== undefined) {
    const name = change.name.trim().slice(0, 80);
    if (name === '') return { ok: false, reason: 'A name cannot be empty.' };
    user = { ...user, name };
  }
  if (change.age !== undefined && change.age !== state.user.age) {
    const age = change.age;
    if (!Number.isInteger(age) || age < MIN_AGE || age > MAX_AGE) return { ok: false, reason: `An age is a whole number from ${MIN_AGE} to ${MAX_AGE}.` };
    if (age < 18) user = { ...user, age, minor: true };
    else if (state.user.minor) return { ok: false, reason: 'You are known to be under 18 in this relationship, and that stays: romance stays off for good. To start again as an adult, reset the relationship in Settings.' };
    else if (state.user.age !== undefined && age < state.user.age) return { ok: false, reason: `An age can only be corrected upwards (it is ${state.user.age}).` };
    else user = { ...user, age };
  }
  return { ok: true, state: { ...state, user } };
}
