import { parsePersona, type Persona } from '../core/persona.ts';

/** The personas that ship with the app, validated like any imported one. */
const files = import.meta.glob<unknown>('../../personas/*.json', { eager: true, import: 'default' });

export function builtInPersonas(): Persona[] {
  return Object.entries(files)
    .map(([path, data]) => parsePersona(data, path.replace(/^.*\//, 'personas/')))
    .sort((a, b) => a.name.localeCompare(b.name));
}
