import { readFileSync } from 'node:fs';
import { decodeModel, type ReaderModel } from '../core/read/model/model.ts';
import type { Readers } from '../core/read/readers.ts';

/** Where `npm run train` writes the reader's weights; the app loads the same files as lazy assets. */
export const MESSAGE_MODEL_FILE = 'src/core/read/model/weights/messages.rdr';
export const REPLY_MODEL_FILE = 'src/core/read/model/weights/replies.rdr';

export function loadModelFile(file: string): ReaderModel {
  return decodeModel(new Uint8Array(readFileSync(file)));
}

let shipped: Readers | undefined;

/** The committed weights, loaded once: what eval, the scenario tests and the bench read with. */
export function shippedReaders(): Readers {
  shipped ??= { message: loadModelFile(MESSAGE_MODEL_FILE), reply: loadModelFile(REPLY_MODEL_FILE) };
  return shipped;
}
