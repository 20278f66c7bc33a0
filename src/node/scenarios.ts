import { readFileSync } from 'node:fs';
import { parseScenario, ScenarioError, type Scenario } from '../core/scenario/scenario.ts';
import { runScenario, type ScenarioReport } from '../core/scenario/run.ts';
import { shippedReaders } from './reader-files.ts';
import { PersonaError, type Persona } from '../core/persona.ts';
import { loadPersona } from './personas.ts';

/** A file that could not be run, with a message naming the file and the field. */
export class InvalidScenarioFile extends Error {
  override readonly name = 'InvalidScenarioFile';
}

/** Read, validate and resolve a scenario file; every problem becomes one InvalidScenarioFile. */
export function loadScenarioFile(file: string): { scenario: Scenario; persona: Persona } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidScenarioFile(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidScenarioFile(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  try {
    const scenario = parseScenario(data, file);
    let persona: Persona;
    try {
      persona = loadPersona(scenario.persona);
    } catch (error) {
      throw new InvalidScenarioFile(`${file}: persona: ${(error as Error).message}`);
    }
    return { scenario, persona };
  } catch (error) {
    if (error instanceof ScenarioError || error instanceof PersonaError) throw new InvalidScenarioFile(error.message);
    throw error;
  }
}

export function runScenarioFile(file: string): ScenarioReport {
  const { scenario, persona } = loadScenarioFile(file);
  return runScenario(scenario, persona, shippedReaders());
}
