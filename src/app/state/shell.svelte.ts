import type { Screen } from './types.ts';

/** Storage's "this stored row cannot be read" error, with the table and key it names. */
function unreadableRelationship(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'CorruptRecordError') return null;
  const { table, key } = error as Error & { table?: unknown; key?: unknown };
  return table === 'relationships' && typeof key === 'string' ? key : null;
}

/** Which screen is up, and why the app could not open (the fatal screen). */
export class Shell {
  screen = $state<Screen>('starting');
  fatalMessage = $state('');
  /** On the fatal screen: the relationship that could not be read, when that was the cause (so "start over" can delete it). */
  fatalRelationshipId = $state<string | null>(null);

  fatal(error: unknown): void {
    this.fatalMessage = error instanceof Error ? error.message : String(error);
    this.fatalRelationshipId = unreadableRelationship(error);
    this.screen = 'fatal';
  }
}
