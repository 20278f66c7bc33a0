import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePersona, PersonaError, type Persona } from '../core/persona.ts';

/** The project's `personas/` folder, wherever the command is run from. */
export const PERSONA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../personas');

/** Read and validate `personas/<id>.json`; errors name the file and the field. */
export function loadPersona(id: string, dir = PERSONA_DIR): Persona {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new PersonaError(`persona id "${id}" is not kebab-case`);
  const file = join(dir, `${id}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PersonaError(`${file}: no such persona file (known: ${listPersonaIds(dir).join(', ')})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PersonaError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const persona = parsePersona(data, file);
  if (persona.id !== id) throw new PersonaError(`${file}: id: "${persona.id}" does not match the file name`);
  return persona;
}

export function listPersonaIds(dir = PERSONA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
}
