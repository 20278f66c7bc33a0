import type { z } from 'zod';
import { statedMinor } from '../../adapters/cards/map.ts';
import { Persona, TEMPERAMENT_PRESETS, type Temperament, type TemperamentPreset } from '../../core/persona.ts';
import type { StoredPersona } from '../ports.ts';

/**
 * The persona editor's form, as plain data: a draft made from a persona (or blank, or a copy),
 * and the persona it makes, checked by the persona's own zod schema with each problem put in
 * plain words next to the field it is about. Pure: tested without rendering.
 */

export type NamedPreset = Exclude<TemperamentPreset, 'custom'>;
export const PRESET_NAMES: readonly NamedPreset[] = ['guarded', 'balanced', 'warm', 'playful'];
export const PRESET_WORDS: Readonly<Record<NamedPreset, string>> = {
  guarded: 'Guarded: slow to warm, firm with pressure',
  balanced: 'Balanced: warms at an ordinary pace',
  warm: 'Warm: open and forgiving, still not pushed around',
  playful: 'Playful: teases first, answers later',
};
export const TEMPERAMENT_WORDS: Readonly<Record<keyof Temperament, string>> = {
  warmthRate: 'How fast she warms',
  playfulness: 'How playful she is',
  guardedness: 'How guarded she is',
  pressureTolerance: 'How much pressure she absorbs',
  forgiveness: 'How readily she forgives',
};

export interface SampleDraft {
  context: string;
  line: string;
}

export interface PersonaDraft {
  /** The persona's id when editing her; '' for a new one (made from the name on save). */
  id: string;
  name: string;
  summary: string;
  /** How she talks (the voice's description): her personality in her speech. */
  voiceDescription: string;
  /** Writing rules, one a line. */
  style: string;
  samples: SampleDraft[];
  /** One a line. */
  interests: string;
  /** One a line. */
  boundaries: string;
  greetings: string[];
  romance: boolean;
  /** She is stated to be under 18: romance can never be switched on. */
  romanceLocked: boolean;
  preset: TemperamentPreset;
  temperament: Temperament;
  /** An imported card's own words about her (kept when absent). */
  character: { description: string; personality: string; scenario: string } | null;
  avatar: StoredPersona['avatar'];
  /** What the form does not edit (lore, the card she came from, a nickname), carried over as it was. */
  base: Persona | null;
}

export type FieldKey =
  | 'name'
  | 'summary'
  | 'voiceDescription'
  | 'style'
  | 'samples'
  | 'interests'
  | 'boundaries'
  | 'greetings'
  | 'romance'
  | 'temperament'
  | 'character'
  | 'avatar';

export type FieldErrors = Partial<Record<FieldKey, string>>;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The named preset these numbers are, or 'custom'. */
export function presetOf(temperament: Temperament): TemperamentPreset {
  for (const name of PRESET_NAMES) {
    const preset: Temperament = TEMPERAMENT_PRESETS[name];
    if ((Object.keys(preset) as (keyof Temperament)[]).every((key) => Math.abs(preset[key] - temperament[key]) < 1e-9)) return name;
  }
  return 'custom';
}

export function draftFrom(persona: Persona, avatar: StoredPersona['avatar']): PersonaDraft {
  return {
    id: persona.id,
    name: persona.name,
    summary: persona.summary,
    voiceDescription: persona.voice.description,
    style: persona.voice.style.join('\n'),
    samples: persona.voice.samples.map((sample) => ({ ...sample })),
    interests: persona.interests.join('\n'),
    boundaries: persona.boundaries.join('\n'),
    greetings: [...persona.greetings],
    romance: persona.romance.possible,
    romanceLocked: persona.romance.locked !== undefined,
    preset: persona.temperamentPreset ?? presetOf(persona.temperament),
    temperament: { ...persona.temperament },
    character: persona.character ? { description: persona.character.description, personality: persona.character.personality, scenario: persona.character.scenario } : null,
    avatar,
    base: persona,
  };
}

/** A new companion: a balanced temperament, friendship only, the rest for the user to write. */
export function blankDraft(): PersonaDraft {
  return {
    id: '',
    name: '',
    summary: '',
    voiceDescription: '',
    style: 'short, natural messages\nasks real questions back\nhonest beats nice',
    samples: [
      { context: '', line: '' },
      { context: '', line: '' },
      { context: '', line: '' },
    ],
    interests: '',
    boundaries: 'no sexual content\nno romance or sexual talk with anyone under 18\nnever says she feels something because she is pressured',
    greetings: [],
    romance: false,
    romanceLocked: false,
    preset: 'balanced',
    temperament: { ...TEMPERAMENT_PRESETS.balanced },
    character: null,
    avatar: null,
    base: null,
  };
}

/** A copy to edit (how a bundled persona is changed): a new id on save, everything else hers. */
export function duplicateDraft(persona: Persona, avatar: StoredPersona['avatar']): PersonaDraft {
  return { ...draftFrom(persona, avatar), id: '', name: `${persona.name} (copy)`.slice(0, 200) };
}

export function withPreset(draft: PersonaDraft, preset: NamedPreset): PersonaDraft {
  return { ...draft, preset, temperament: { ...TEMPERAMENT_PRESETS[preset] } };
}

export function withNumber(draft: PersonaDraft, key: keyof Temperament, value: number): PersonaDraft {
  const temperament = { ...draft.temperament, [key]: value };
  return { ...draft, temperament, preset: presetOf(temperament) };
}

/** A kebab-case id from a name, unique among `taken` ("Ella (copy)" -> "ella-copy", then "ella-copy-2"). */
export function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'companion';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const NOUNS: Partial<Record<FieldKey, readonly [one: string, many: string]>> = {
  style: ['line on how she writes', 'lines on how she writes'],
  samples: ['sample line', 'sample lines'],
  interests: ['interest', 'interests'],
  boundaries: ['boundary', 'boundaries'],
  greetings: ['greeting', 'greetings'],
};

function counted(count: number, field: FieldKey): string {
  const [one, many] = NOUNS[field] ?? ['entry', 'entries'];
  const perLine = field === 'style' || field === 'interests' || field === 'boundaries' ? ' (one a line)' : '';
  return `${count} ${count === 1 ? one : many}${perLine}`;
}

/** Which form field a schema path is about. */
export function fieldOf(path: readonly PropertyKey[]): FieldKey {
  const [first, second] = path.map(String);
  if (first === 'voice') return second === 'style' ? 'style' : second === 'samples' ? 'samples' : 'voiceDescription';
  if (first === 'id') return 'name';
  if (first === 'temperament' || first === 'temperamentPreset') return 'temperament';
  if (first === 'romance') return 'romance';
  if (first === 'character') return 'character';
  if (first === 'avatar') return 'avatar';
  if (first === 'name' || first === 'summary' || first === 'interests' || first === 'boundaries' || first === 'greetings') return first;
  return 'name';
}

/** A schema problem in plain words, for the field it is about. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  const field = fieldOf(issue.path);
  const parts = issue.path.map(String);
  const index = parts.find((part) => /^\d+$/.test(part));
  const prefix = index === undefined ? '' : field === 'samples' ? `Sample ${Number(index) + 1}: ` : field === 'greetings' ? `Greeting ${Number(index) + 1}: ` : `Line ${Number(index) + 1}: `;
  if (parts[0] === 'id') return 'The name needs at least one letter or digit.';
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array') return `Add at least ${counted(minimum, field)}.`;
      if (issue.origin === 'number') return `${prefix}Must be at least ${minimum}.`;
      if (field === 'samples') return `${prefix}${parts.at(-1) === 'context' ? 'say what was said or what the moment was' : 'write how she answers'}.`;
      if (field === 'name') return 'Give her a name.';
      return `${prefix}This cannot be empty.`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array') return `At most ${counted(maximum, field)}.`;
      if (issue.origin === 'number') return `${prefix}Must be at most ${maximum}.`;
      return `${prefix}Too long: at most ${maximum.toLocaleString()} characters.`;
    }
    default:
      return `${prefix}${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`;
  }
}

export type Built = { readonly ok: true; readonly persona: Persona } | { readonly ok: false; readonly errors: FieldErrors };

/**
 * The persona a draft makes, checked by the persona's schema; or the problems, one per field.
 * A character stated to be under 18 (in her name, summary, voice or card text) is locked out of
 * romance, whatever the form says: the same rule card imports follow.
 */
export function buildPersona(draft: PersonaDraft, takenIds: ReadonlySet<string>): Built {
  const id = draft.id || uniqueId(draft.name, takenIds);
  const base = draft.base;
  const texts = [draft.summary, draft.voiceDescription, ...(draft.character ? [draft.character.description, draft.character.personality, draft.character.scenario] : [])];
  const minor = draft.romanceLocked || statedMinor(draft.name, texts, base?.source?.tags ?? []);
  const candidate = {
    schemaVersion: 1,
    id,
    name: draft.name.trim(),
    summary: draft.summary.trim(),
    voice: {
      description: draft.voiceDescription.trim(),
      style: lines(draft.style),
      samples: draft.samples.map((sample) => ({ context: sample.context.trim(), line: sample.line.trim() })),
    },
    interests: lines(draft.interests),
    temperament: draft.temperament,
    boundaries: lines(draft.boundaries),
    romance: minor ? { possible: false, locked: 'minor-character' as const } : { possible: draft.romance },
    temperamentPreset: draft.preset,
    ...(draft.character || base?.character
      ? { character: { ...(base?.character ?? {}), ...(draft.character ?? {}) } }
      : {}),
    greetings: draft.greetings.map((greeting) => greeting.trim()).filter((greeting) => greeting.length > 0),
    lore: base?.lore ?? [],
    ...(draft.avatar ? { avatar: { ref: `avatar:${id}`, mime: draft.avatar.mime } } : {}),
    ...(base?.source ? { source: base.source } : {}),
  };
  const result = Persona.safeParse(candidate);
  if (result.success) return { ok: true, persona: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= plainMessage(issue);
  }
  return { ok: false, errors };
}

/** Whether the draft states she is under 18 (shown beside the romance choice before saving). */
export function draftStatesMinor(draft: PersonaDraft): boolean {
  if (draft.romanceLocked) return true;
  const texts = [draft.summary, draft.voiceDescription, ...(draft.character ? [draft.character.description, draft.character.personality, draft.character.scenario] : [])];
  return statedMinor(draft.name, texts, draft.base?.source?.tags ?? []);
}
