import type { Readers } from '../../core/read/readers.ts';

/**
 * The reader's weights, loaded lazily: two small binary assets built by
 * `npm run train`, kept out of the initial bundle and fetched the first time a
 * message is about to be read (or earlier, when the app is idle). A turn waits
 * for them rather than reading without them. The decoder comes with them: it
 * brings the feature code and the concept words of every language.
 */

const MESSAGE_WEIGHTS = new URL('../../core/read/model/weights/messages.rdr', import.meta.url);
const REPLY_WEIGHTS = new URL('../../core/read/model/weights/replies.rdr', import.meta.url);

export class ReaderLoadError extends Error {
  override readonly name = 'ReaderLoadError';
}

type Fetch = (url: URL) => Promise<Pick<Response, 'ok' | 'status' | 'arrayBuffer'>>;

async function fetchModel(url: URL, fetchFn: Fetch, what: string) {
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new ReaderLoadError(`Could not load the ${what} (${error instanceof Error ? error.message : String(error)}). Check the connection and try again; once loaded it works offline.`);
  }
  if (!response.ok) throw new ReaderLoadError(`Could not load the ${what}: the server answered ${response.status}.`);
  const { decodeModel, ModelFormatError } = await import('../../core/read/model/model.ts');
  try {
    return decodeModel(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    if (error instanceof ModelFormatError) throw new ReaderLoadError(`The ${what} is damaged (${error.message}). Reload the page to fetch it again.`);
    throw error;
  }
}

export interface ReaderLoader {
  /** The readers, loading them on the first call; a failed load is retried on the next call. */
  (): Promise<Readers>;
}

export function readerLoader(fetchFn: Fetch = (url) => fetch(url)): ReaderLoader {
  let pending: Promise<Readers> | undefined;
  return () => {
    pending ??= Promise.all([fetchModel(MESSAGE_WEIGHTS, fetchFn, 'message reader'), fetchModel(REPLY_WEIGHTS, fetchFn, 'reply reader')])
      .then(([message, reply]) => ({ message, reply }))
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}
