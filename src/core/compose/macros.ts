/**
 * Character Card macros, resolved when text is shown or prompted (stored text keeps them as written).
 *
 * `{{char}}` / `<BOT>` become the character's name (or her nickname), `{{user}}` / `<USER>` the
 * user's name, in any letter case and with spaces inside the braces (`{{ char }}`, `{{User}}`).
 * `{{original}}` (a card's way of wrapping the app's own system prompt) resolves to nothing:
 * a card never quotes or replaces the app's instructions. Comments (`{{// ...}}`,
 * `{{comment: ...}}`, `{{hidden_key: ...}}`) are removed; `{{random: a, b}}` and `{{pick: ...}}`
 * choose by `seed` (deterministic: the core has no random source), `{{roll: N}}` likewise,
 * `{{reverse: text}}` reverses. Any other `{{...}}` is left as written.
 */

import type { Persona } from '../persona.ts';

export interface MacroNames {
  /** The character's name (or nickname). */
  readonly char: string;
  /** The user's name. */
  readonly user: string;
  /** Chooses among `{{random:...}}` options and `{{roll:N}}`; the same seed, the same choice. */
  readonly seed?: number;
}

const MACRO = /\{\{\s*([^{}]*?)\s*\}\}|<(USER|BOT)>/gi;

/** A small deterministic mix of the seed and the macro's position. */
function choose(seed: number, salt: number, count: number): number {
  let x = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x2c1b3c6d) >>> 0;
  x = (x ^ (x >>> 12)) >>> 0;
  return count <= 0 ? 0 : x % count;
}

function splitOptions(list: string): string[] {
  // `{{random::a::b}}` (double colons) and `{{random:a,b}}` are both in use.
  const parts = list.includes('::') ? list.split('::') : list.split(',');
  return parts.map((part) => part.trim());
}

/** Resolve the macros in one piece of card text. Pure. */
export function resolveMacros(text: string, names: MacroNames): string {
  const seed = names.seed ?? 0;
  let position = 0;
  return text.replace(MACRO, (whole: string, inner: string | undefined, angled: string | undefined) => {
    position += 1;
    if (angled !== undefined) return angled.toUpperCase() === 'USER' ? names.user : names.char;
    const body = inner ?? '';
    const lower = body.toLowerCase();
    if (lower === 'char') return names.char;
    if (lower === 'user') return names.user;
    if (lower === 'original') return '';
    if (lower.startsWith('//')) return '';
    const colon = body.indexOf(':');
    const name = (colon < 0 ? body : body.slice(0, colon)).trim().toLowerCase();
    const rest = colon < 0 ? '' : body.slice(colon + 1).replace(/^:/, '');
    switch (name) {
      case 'comment':
      case 'hidden_key':
        return '';
      case 'random':
      case 'pick': {
        const options = splitOptions(rest);
        return options[choose(seed, position, options.length)] ?? '';
      }
      case 'roll': {
        const sides = Number.parseInt(rest.replace(/^\s*d/i, ''), 10);
        return Number.isFinite(sides) && sides > 0 ? String(1 + choose(seed, position, sides)) : whole;
      }
      case 'reverse':
        return [...rest].reverse().join('');
      default:
        return whole;
    }
  });
}

/** The greetings she may open with, macros resolved for this user (the user picks one). */
export function greetingsFor(persona: Pick<Persona, 'name' | 'greetings' | 'character'>, userName: string, seed = 0): string[] {
  const char = persona.character?.nickname ?? persona.name;
  return persona.greetings.map((greeting) => resolveMacros(greeting, { char, user: userName, seed }));
}
