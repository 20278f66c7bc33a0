import type { ReaderModel } from './model/model.ts';

/** The two trained readers: of the user's messages, and of candidate replies (for the guard). */
export interface Readers {
  readonly message: ReaderModel | null;
  readonly reply: ReaderModel | null;
}

/** Reading with the lexicons and rules alone: for tests of the rules themselves. */
export const NO_READERS: Readers = { message: null, reply: null };
