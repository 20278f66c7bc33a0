import type { z } from 'zod';
import { issuePath } from '../../core/persona.ts';
import type { TableName } from './records/index.ts';

/**
 * The storage adapter's own errors. Each has a stable `name`, which is what
 * `classifyStorageError` reads (instanceof fails across bundles and realms).
 */

export type RowKey = string | number | null;

/** "field.path: message" for each zod issue, so the error says what is wrong. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
}

/** The relationship changed since the caller read it (another tab committed first): reload and retry. */
export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
  readonly relationshipId: string;
  readonly expectedRevision: number;
  /** The revision now stored; null when the relationship was deleted meanwhile. */
  readonly actualRevision: number | null;

  constructor(relationshipId: string, expectedRevision: number, actualRevision: number | null) {
    super(
      actualRevision === null
        ? `relationship ${relationshipId} was deleted while this turn was running`
        : `relationship ${relationshipId} is at revision ${actualRevision}, not ${expectedRevision}: another tab wrote first`,
    );
    this.relationshipId = relationshipId;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }
}

/** The user message already has a final reply (another tab answered it, or a stale Retry): it is never answered twice. */
export class AlreadyAnsweredError extends Error {
  override readonly name = 'AlreadyAnsweredError';
  readonly userMessageId: number;

  constructor(userMessageId: number) {
    super(`message ${userMessageId} has already been answered`);
    this.userMessageId = userMessageId;
  }
}

/** A row the operation needs does not exist. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  readonly table: TableName;
  readonly key: RowKey;

  constructor(table: TableName, key: RowKey, detail?: string) {
    super(`${table}: no row ${JSON.stringify(key)}${detail ? ` (${detail})` : ''}`);
    this.table = table;
    this.key = key;
  }
}

/** A record failed its schema before it was written: nothing was written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  readonly table: TableName;
  readonly issues: readonly string[];

  constructor(table: TableName, issues: readonly string[]) {
    super(`${table}: refusing to write an invalid record: ${issues.join('; ')}`);
    this.table = table;
    this.issues = issues;
  }
}

/** A stored row failed its schema when read: that row is reported, the rest still load. */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';
  readonly table: TableName;
  readonly key: RowKey;
  readonly issues: readonly string[];
  /** The row as it is stored, untouched: shown to the user and kept in exports, never dropped. */
  readonly row: unknown;

  constructor(table: TableName, key: RowKey, issues: readonly string[], row?: unknown) {
    super(`${table}: stored row ${JSON.stringify(key)} is not readable: ${issues.join('; ')}`);
    this.table = table;
    this.key = key;
    this.issues = issues;
    this.row = row;
  }
}

/** An operation that must leave no row behind found one when it re-queried. */
export class ErasureError extends Error {
  override readonly name = 'ErasureError';
  readonly remaining: Readonly<Record<string, number>>;

  constructor(what: string, remaining: Readonly<Record<string, number>>) {
    super(`${what}: rows remain after deletion: ${JSON.stringify(remaining)}`);
    this.remaining = remaining;
  }
}
