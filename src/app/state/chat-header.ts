import { durationInWords } from '../../core/state/time.ts';
import type { ChatItem, RelationshipView } from '../ports.ts';

/**
 * The chat header's line: how long they have known each other and the stage,
 * true at the time it is read. When the first turn was cut off by a reload
 * the state has no `metAt` yet, but a conversation exists: its first message
 * says when they met.
 */
export function knownForLine(relationship: RelationshipView | null, messages: readonly ChatItem[], now: number): string {
  const firstAt = messages.find((message) => message.role !== 'unreadable')?.at ?? null;
  const metAt = relationship?.state.metAt ?? firstAt;
  const stage = relationship?.state.stage ?? 'stranger';
  if (metAt === null) return `You have not talked yet · ${stage}`;
  const elapsed = Math.max(0, now - metAt);
  return `${elapsed < 60_000 ? 'You met just now' : `You met ${durationInWords(elapsed)} ago`} · ${stage}`;
}

/** How the companion opens an empty chat: her own first greeting if her card has one, else a plain hello in her name. */
export function greetingLine(personaName: string, userName: string, cardGreetings: readonly string[]): string {
  return cardGreetings[0] ?? `Hi ${userName}, I'm ${personaName}. How is your day going?`;
}
