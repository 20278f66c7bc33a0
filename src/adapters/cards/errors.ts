import { CARD_TEXT_MAX } from '../../core/persona.ts';

/** Why a file could not be brought in as a character. Each has a plain message naming the problem. */
export type CardErrorCode =
  | 'empty'
  | 'too-large'
  | 'unknown-format'
  | 'png-truncated'
  | 'png-damaged'
  | 'png-no-card'
  | 'invalid-base64'
  | 'invalid-json'
  | 'not-a-card'
  | 'lorebook-not-card'
  | 'no-data'
  | 'invalid-card'
  | 'too-long'
  | 'zip-too-many-entries'
  | 'zip-too-large'
  | 'zip-no-card'
  | 'zip-damaged'
  | 'zip-unsupported';

/** A refused card: nothing of it is stored. */
export class CardError extends Error {
  override readonly name = 'CardError';
  constructor(
    readonly code: CardErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Limits every import keeps, whatever the container. */
export const LIMITS = {
  /** Largest file taken at all. */
  fileBytes: 20 * 1024 * 1024,
  /** Longest name. */
  nameChars: 200,
  /** Longest description, personality, scenario, greeting, example block or lore entry. */
  textChars: CARD_TEXT_MAX,
  greetings: 100,
  loreEntries: 2000,
  tags: 200,
  /** CHARX: most entries, most declared bytes in all, largest card.json. */
  zipEntries: 2000,
  zipTotalBytes: 200 * 1024 * 1024,
  cardJsonBytes: 8 * 1024 * 1024,
} as const;

/** "25.3 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
