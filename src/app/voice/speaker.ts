import { takeSentences } from './sentences.ts';
import { chooseVoice, type VoiceInfo } from './voices.ts';

/** The browser's speech synthesis as the speaker uses it (adapters: browser-speech.ts; tests: a fake). */
export interface SynthesisPort {
  voices(): readonly VoiceInfo[];
  /** Queue one utterance in this voice; `done` runs when it ended or failed (with the error's text). */
  say(text: string, voice: VoiceInfo, done: (error: string | null) => void): void;
  /** Silence now: the current utterance and everything queued. */
  cancel(): void;
}

export type SpeakerState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'speaking' }
  /** No on-device voice speaks this reply's language: she stays quiet, and the user is told why. */
  | { readonly kind: 'no-voice'; readonly lang: string | null }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Reads one reply at a time aloud while it streams: each sentence is queued
 * as soon as it is complete, so her voice starts with the first one. Stop
 * silences at once and ignores the rest of that reply. Only her reply text is
 * ever given to it: crisis resources are shown (and read plainly by a screen
 * reader), never performed in her voice.
 */
export class Speaker {
  readonly #synthesis: SynthesisPort;
  readonly #onState: (state: SpeakerState) => void;
  /** The reply being read: its voice, how far it was read, whether more text is coming. */
  #reply: { voice: VoiceInfo; next: number; final: boolean } | null = null;
  #pending = 0;
  /** Bumped by stop and by each new reply, so a late `done` of a cancelled utterance changes nothing. */
  #generation = 0;
  #onDone: (() => void) | null = null;

  constructor(synthesis: SynthesisPort, onState: (state: SpeakerState) => void) {
    this.#synthesis = synthesis;
    this.#onState = onState;
  }

  /** A reply starts: pick her voice for its language. Returns false when no on-device voice can read it. */
  begin(options: { lang: string | null; chosenURI: string | null; onDone?: () => void }): boolean {
    this.stop();
    const voice = chooseVoice(this.#synthesis.voices(), options);
    if (!voice) {
      this.#onState({ kind: 'no-voice', lang: options.lang });
      return false;
    }
    this.#reply = { voice, next: 0, final: false };
    this.#onDone = options.onDone ?? null;
    return true;
  }

  /** The reply's visible text so far (it only grows), and whether it is complete. */
  follow(text: string, final: boolean): void {
    const reply = this.#reply;
    if (!reply || reply.final) return;
    const { sentences, next } = takeSentences(text, reply.next, final);
    reply.next = next;
    reply.final = final;
    for (const sentence of sentences) this.#say(sentence, reply.voice);
    this.#settle();
  }

  /** Say one line in a voice (the settings' "try this voice"), replacing whatever was being said. */
  preview(text: string, voice: VoiceInfo): void {
    this.stop();
    this.#reply = { voice, next: text.length, final: true };
    this.#say(text, voice);
  }

  /** Silence at once; the rest of the current reply is not read. */
  stop(): void {
    this.#generation += 1;
    const wasSpeaking = this.#pending > 0;
    this.#pending = 0;
    this.#reply = null;
    this.#onDone = null;
    this.#synthesis.cancel();
    if (wasSpeaking) this.#onState({ kind: 'idle' });
  }

  get speaking(): boolean {
    return this.#pending > 0;
  }

  #say(text: string, voice: VoiceInfo): void {
    const generation = this.#generation;
    if (this.#pending === 0) this.#onState({ kind: 'speaking' });
    this.#pending += 1;
    this.#synthesis.say(text, voice, (error) => {
      if (generation !== this.#generation) return;
      this.#pending = Math.max(0, this.#pending - 1);
      // 'interrupted' and 'canceled' are what a stop looks like from the browser's side.
      if (error && error !== 'interrupted' && error !== 'canceled') {
        this.#generation += 1;
        this.#pending = 0;
        this.#reply = null;
        this.#synthesis.cancel();
        this.#onState({ kind: 'failed', message: `Reading aloud stopped: the browser's voice failed (${error}).` });
        return;
      }
      this.#settle();
    });
  }

  /** All said and the reply complete: idle, and tell whoever waits (hands-free listening). */
  #settle(): void {
    if (this.#pending > 0 || !this.#reply?.final) return;
    const onDone = this.#onDone;
    this.#reply = null;
    this.#onDone = null;
    this.#onState({ kind: 'idle' });
    onDone?.();
  }
}
