import { z } from 'zod';
import { issuePath } from '../../../core/persona.ts';
import type { TableName } from './tables.ts';

/**
 * The machinery every stored record uses (after tldraw's records): a list of
 * versions, each with its zod schema and a migration from the version before,
 * and the current version written on every row (`recordVersion`).
 *
 * Upgrades happen **on read**, not in a Dexie `upgrade()`: every read of a
 * row, every import and `npm run data -- check` call `upgrade(row)`, which
 * parses the row with the schema of the version it claims, runs each
 * migration up to the current version, and parses the result with the current
 * schema. Why on read:
 * - one code path for stored rows and for export files of every released
 *   version, so an import is checked exactly like a stored row;
 * - a row that cannot be upgraded is reported and kept as it is (a Dexie
 *   upgrade can only abort the whole database upgrade, or drop the row);
 * - no long blocking `versionchange` transaction over a year of messages.
 * Every write stores the current version (the parsed copy is what is stored),
 * so rows converge as they are written; a migration that changes an indexed
 * field still needs a Dexie version with `upgrade()` (see db.ts).
 *
 * Rows written before `recordVersion` existed (the first release) have no
 * field and are version 1.
 */

export const VERSION_FIELD = 'recordVersion';

/** A version's schema, and how a row of the version before becomes one of this version. */
export interface RecordStep {
  readonly version: number;
  /** The row as this version stores it, `recordVersion` included. */
  readonly schema: z.ZodType;
  /** From a parsed row of `version - 1` to an unparsed row of this version (absent for version 1). */
  readonly up?: (previous: Record<string, unknown>) => Record<string, unknown>;
}

export type Upgraded<T> =
  | { readonly ok: true; readonly record: T; readonly from: number }
  | { readonly ok: false; readonly from: number | null; readonly newer: boolean; readonly problem: string };

export interface RecordModule<T> {
  readonly table: TableName;
  /** The field a row is named by in messages to the user (its key, or part of it). */
  readonly keyField: string;
  /** The version every write stores. */
  readonly version: number;
  /** The current version's schema: what is written and what reads return. */
  readonly schema: z.ZodType<T>;
  readonly steps: readonly RecordStep[];
  /** The version a row says it is: absent is 1; anything but a positive integer is null. */
  versionOf(row: unknown): number | null;
  /** A row of any released version, as a current record; or why not. Never throws. */
  upgrade(row: unknown): Upgraded<T>;
  /** The same module with one more version (how the next release adds one, and how tests simulate it). */
  withNext<N>(step: { readonly schema: z.ZodType<N>; readonly up: (previous: Record<string, unknown>) => Record<string, unknown> }): RecordModule<N>;
}

/** "field.path: message" for the first few issues. */
export function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issuePath(issue.path)}: ${issue.message}`)
    .join('; ');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function defineRecord<T>(table: TableName, keyField: string, steps: readonly RecordStep[], schema: z.ZodType<T>): RecordModule<T> {
  const version = steps.length;
  steps.forEach((step, index) => {
    if (step.version !== index + 1) throw new Error(`${table}: versions must be 1, 2, 3…`);
    if (index > 0 && !step.up) throw new Error(`${table}: version ${step.version} needs a migration`);
  });
  const versionOf = (row: unknown): number | null => {
    if (!isObject(row)) return null;
    const value = row[VERSION_FIELD];
    if (value === undefined) return 1;
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : null;
  };
  const upgrade = (row: unknown): Upgraded<T> => {
    const from = versionOf(row);
    if (from === null) return { ok: false, from, newer: false, problem: isObject(row) ? `${VERSION_FIELD}: not a version number` : 'not a record' };
    if (from > version) return { ok: false, from, newer: true, problem: `written by a newer version of the app (record version ${from}; this app reads up to ${version})` };
    let current: unknown = row;
    for (let at = from; at < version; at += 1) {
      const step = steps[at - 1];
      const next = steps[at];
      if (!step || !next?.up) return { ok: false, from, newer: false, problem: `no migration to version ${at + 1}` };
      const parsed = step.schema.safeParse(current);
      if (!parsed.success) return { ok: false, from, newer: false, problem: `${issuesOf(parsed.error)} (as version ${at})` };
      try {
        current = next.up(parsed.data as Record<string, unknown>);
      } catch (error) {
        return { ok: false, from, newer: false, problem: `migration to version ${at + 1} failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    const parsed = schema.safeParse(current);
    if (!parsed.success) return { ok: false, from, newer: false, problem: issuesOf(parsed.error) };
    return { ok: true, record: parsed.data, from };
  };
  return {
    table,
    keyField,
    version,
    schema,
    steps,
    versionOf,
    upgrade,
    withNext: (next) => defineRecord(table, keyField, [...steps, { version: version + 1, schema: next.schema, up: next.up }], next.schema),
  };
}
