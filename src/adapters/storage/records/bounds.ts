import { z } from 'zod';

/**
 * Bounds on every number, date and length the app later uses: a stored or
 * imported row inside them can be rendered, sorted and counted on from
 * without throwing. Imports are checked against exactly these.
 */

/** The last millisecond of the year 9999: `new Date(x).toISOString()` works for everything up to it. */
export const MAX_EPOCH_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** Message ids are IndexedDB auto-increment keys: kept far below 2^53 so the next id, and the next million, stay exact. */
export const MAX_MESSAGE_ID = 2 ** 50;
/** What the composer accepts (its maxlength), with room for the app's note in what the model saw. */
export const MAX_MESSAGE_TEXT = 20_000;
export const MAX_PROMPT_TEXT = 100_000;
/** An export file larger than this is refused before it is read (a year of daily talk is a few tens of MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const epochMs = z.number().int().min(0).max(MAX_EPOCH_MS);
export const unit = z.number().min(0).max(1);
export const messageId = z.number().int().positive().max(MAX_MESSAGE_ID);
export const rowId = z.string().min(1).max(200);
