/**
 * Listening on the device only. The microphone is offered only where the
 * browser promises that recognition runs locally
 * (`SpeechRecognition.available({ langs, processLocally: true })`, the
 * language pack installed with `install()`, `processLocally = true` on every
 * session). Elsewhere it is absent and Settings says why: the default
 * recognition of some browsers sends the audio to a server.
 */

type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** The static side of the browser's SpeechRecognition, as far as we use it. */
export interface RecognitionApi {
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<Availability>;
  install?: (options: { langs: string[]; processLocally: boolean }) => Promise<boolean>;
}

/** One recognition session (a SpeechRecognition instance). */
export interface RecognitionLike {
  lang: string;
  processLocally: boolean;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((event: { error: string; message?: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export type ListenAvailability =
  | { readonly kind: 'ready' }
  /** On-device recognition exists for the language, but its pack must be downloaded first (once, on request). */
  | { readonly kind: 'installable' }
  | { readonly kind: 'installing' }
  | { readonly kind: 'unavailable'; readonly reason: string };

export const NO_RECOGNITION = 'This browser has no speech recognition, so there is no microphone button.';
export const NO_LOCAL_GUARANTEE =
  "This browser's speech recognition cannot promise to stay on this device (in some browsers it sends your voice to a server), so the microphone is off.";

/** Can we listen in `lang` on this device? Never throws. */
export async function checkListening(api: RecognitionApi | undefined, lang: string): Promise<ListenAvailability> {
  if (!api) return { kind: 'unavailable', reason: NO_RECOGNITION };
  if (typeof api.available !== 'function') return { kind: 'unavailable', reason: NO_LOCAL_GUARANTEE };
  try {
    const answer = await api.available({ langs: [lang], processLocally: true });
    switch (answer) {
      case 'available':
        return { kind: 'ready' };
      case 'downloadable':
        return typeof api.install === 'function' ? { kind: 'installable' } : { kind: 'unavailable', reason: NO_LOCAL_GUARANTEE };
      case 'downloading':
        return { kind: 'installing' };
      case 'unavailable':
        return { kind: 'unavailable', reason: `This browser cannot recognise speech in ${lang} on this device, so the microphone is off.` };
      default:
        return { kind: 'unavailable', reason: `This browser gave an answer the app does not know (${String(answer)}), so the microphone is off.` };
    }
  } catch (error) {
    return { kind: 'unavailable', reason: `Checking for on-device speech recognition failed (${error instanceof Error ? error.message : String(error)}), so the microphone is off.` };
  }
}

/** Download the language pack (the user asked): ready, or why not. */
export async function installListening(api: RecognitionApi | undefined, lang: string): Promise<ListenAvailability> {
  if (!api || typeof api.install !== 'function') return { kind: 'unavailable', reason: NO_LOCAL_GUARANTEE };
  try {
    const installed = await api.install({ langs: [lang], processLocally: true });
    return installed ? checkListening(api, lang) : { kind: 'unavailable', reason: `The speech pack for ${lang} could not be installed, so the microphone is off.` };
  } catch (error) {
    return { kind: 'unavailable', reason: `Installing the speech pack failed (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** Words for what went wrong while listening; null for what is not a failure (silence, a stop). */
export function describeRecognitionError(error: string): string | null {
  switch (error) {
    case 'no-speech':
    case 'aborted':
      return null;
    case 'not-allowed':
    case 'service-not-allowed':
      return 'The microphone is not allowed for this page. Allow it in the browser (the icon by the address) to talk.';
    case 'audio-capture':
      return 'No microphone was found, or another app is using it.';
    case 'language-not-supported':
      return 'On-device recognition does not support this language here.';
    case 'network':
      // With processLocally this should never happen; if it does, we stop rather than let audio leave.
      return 'Recognition tried to use the network, so listening stopped (this app only listens on the device).';
    default:
      return `Listening stopped: ${error}.`;
  }
}

export interface ListenEvents {
  /** What was heard so far in this session: final words, then the guess at the words still being spoken. */
  onTranscript(text: string, final: boolean): void;
  onError(message: string): void;
  onEnd(): void;
}

/**
 * One listening session, on the device only. Push-to-talk: one utterance,
 * then it ends. Hands-free: it keeps listening until stopped.
 */
export function listen(create: () => RecognitionLike, options: { lang: string; continuous: boolean }, events: ListenEvents): { stop(): void; abort(): void } {
  const recognition = create();
  recognition.lang = options.lang;
  recognition.processLocally = true;
  // A recogniser that ignores the flag would be the server kind: refuse it.
  if (recognition.processLocally !== true) {
    events.onError(NO_LOCAL_GUARANTEE);
    events.onEnd();
    return { stop() {}, abort() {} };
  }
  recognition.continuous = options.continuous;
  recognition.interimResults = true;
  recognition.onresult = (event) => {
    // The session's results are cumulative: read them all each time (finals never change, guesses do).
    let finalText = '';
    let interim = '';
    for (let index = 0; index < event.results.length; index += 1) {
      const result = event.results[index];
      const words = result?.[0]?.transcript ?? '';
      if (result?.isFinal) finalText += ` ${words}`;
      else interim += ` ${words}`;
    }
    events.onTranscript(`${finalText} ${interim}`.replace(/\s+/g, ' ').trim(), interim.trim() === '');
  };
  recognition.onerror = (event) => {
    const message = describeRecognitionError(event.error);
    if (message) events.onError(message);
  };
  recognition.onend = () => events.onEnd();
  recognition.start();
  return {
    stop: () => recognition.stop(),
    abort: () => recognition.abort(),
  };
}
