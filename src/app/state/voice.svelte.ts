import type { SpeechSettings } from '../../adapters/storage/records/settings.ts';
import type { CompanionStore } from '../ports.ts';
import { checkListening, installListening, listen, NO_RECOGNITION, type ListenAvailability, type RecognitionApi, type RecognitionLike } from '../voice/listen.ts';
import { Speaker, type SpeakerState, type SynthesisPort } from '../voice/speaker.ts';
import { voiceOptions, type VoiceInfo } from '../voice/voices.ts';
import type { Feedback } from './feedback.svelte.ts';

/** Hands-free: how long after the last words heard the message is sent (any edit holds it). */
export const HANDS_FREE_SEND_MS = 2_000;

export interface VoiceDeps {
  readonly store: Pick<CompanionStore, 'saveSettings'>;
  readonly feedback: Feedback;
  /** The browser's speech synthesis, or null where there is none. */
  readonly synthesis: SynthesisPort | null;
  /** The browser's speech recognition, or null where there is none. */
  readonly recognition: { readonly api: RecognitionApi; readonly create: () => RecognitionLike } | null;
  /** The language the user speaks (the browser's). */
  readonly userLanguage: string;
  /** Send a message as if typed (hands-free), and whether it can be sent now. */
  readonly send: (text: string) => void;
  readonly canSend: () => boolean;
  readonly timers?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

/** What the composer shows of the words heard: `seq` changes with each update, so the same text can be set twice. */
export interface Dictation {
  readonly text: string;
  readonly seq: number;
}

/**
 * Her voice and her ears: reading replies aloud (on-device voices only, each
 * companion's own), and listening on the device only, push-to-talk or
 * hands-free. Settings persist in the settings record (`speech`).
 */
export class VoiceState {
  // Until the stored settings are read: silent, push-to-talk (the record's defaults; its module is not imported
  // here, so zod stays out of the first page load).
  speech = $state<SpeechSettings>({ speakReplies: false, voices: {}, listening: 'push-to-talk' });
  /** Every voice the browser lists; only on-device ones are ever offered or used. */
  voices = $state<VoiceInfo[]>([]);
  speaker = $state<SpeakerState>({ kind: 'idle' });
  listenAvailability = $state<ListenAvailability>({ kind: 'unavailable', reason: NO_RECOGNITION });
  listening = $state(false);
  /** Words heard for the composer (editable there before sending). */
  dictation = $state<Dictation | null>(null);
  /** Hands-free: the words heard will be sent unless the user edits them. */
  sendingSoon = $state(false);
  readonly available: boolean;

  readonly #deps: VoiceDeps;
  readonly #speaker: Speaker | null;
  #session: { stop(): void; abort(): void } | null = null;
  /** The reply being written: whose, in which language, and the text read so far. */
  #reply: { personaId: string; lang: string | null; shown: string } | null = null;
  #sendTimer: unknown = null;
  #base = '';
  #seq = 0;
  /** Hands-free is on for this session (the mode is chosen; the user started it with the microphone). */
  #handsFreeActive = false;

  constructor(deps: VoiceDeps) {
    this.#deps = deps;
    this.#speaker = deps.synthesis ? new Speaker(deps.synthesis, (state) => (this.speaker = state)) : null;
    this.available = deps.synthesis !== null;
    this.refreshVoices();
  }

  get userLanguage(): string {
    return this.#deps.userLanguage;
  }

  /** The browser lists voices late (voiceschanged): read them again. */
  refreshVoices(): void {
    this.voices = this.#deps.synthesis ? [...this.#deps.synthesis.voices()] : [];
  }

  /** On-device voices to offer, the user's language first. */
  get onDeviceVoices(): VoiceInfo[] {
    return voiceOptions(this.voices, this.#deps.userLanguage);
  }

  load(speech: SpeechSettings): void {
    this.speech = speech;
  }

  async checkListening(): Promise<void> {
    this.listenAvailability = await checkListening(this.#deps.recognition?.api, this.#deps.userLanguage);
  }

  async installListening(): Promise<void> {
    this.listenAvailability = { kind: 'installing' };
    this.listenAvailability = await installListening(this.#deps.recognition?.api, this.#deps.userLanguage);
  }

  // --- settings ---

  setSpeakReplies(on: boolean): Promise<void> {
    if (!on) this.stopSpeaking();
    return this.#save({ ...this.speech, speakReplies: on });
  }

  chooseVoice(personaId: string, voiceURI: string | null): Promise<void> {
    const voices = { ...this.speech.voices };
    if (voiceURI) voices[personaId] = voiceURI;
    else delete voices[personaId];
    return this.#save({ ...this.speech, voices });
  }

  setListening(mode: SpeechSettings['listening']): Promise<void> {
    if (mode === 'push-to-talk') this.#handsFreeActive = false;
    return this.#save({ ...this.speech, listening: mode });
  }

  async #save(speech: SpeechSettings): Promise<void> {
    const before = this.speech;
    this.speech = speech;
    const saved = await this.#deps.feedback.act('Saving the voice settings', () => this.#deps.store.saveSettings({ speech }), 'The settings are as they were.');
    if (!saved) this.speech = before;
  }

  /** "Try this voice": a line in the companion's voice. */
  preview(personaId: string, line: string): void {
    const uri = this.speech.voices[personaId] ?? null;
    const voice = this.onDeviceVoices.find((candidate) => candidate.voiceURI === uri) ?? this.onDeviceVoices[0];
    if (voice) this.#speaker?.preview(line, voice);
  }

  // --- her replies ---

  /** A reply starts streaming. `lang` is the language it is written in, when known. */
  replyStarted(personaId: string, lang: string | null): void {
    this.#pauseListening();
    this.#reply = { personaId, lang, shown: '' };
    this.#beginSpeaking();
  }

  replyText(text: string): void {
    const reply = this.#reply;
    if (!reply) return;
    // A draft the guard turned down is replaced (the text starts again): what was read of it stops.
    if (!text.startsWith(reply.shown)) this.#beginSpeaking();
    reply.shown = text;
    if (this.speech.speakReplies) this.#speaker?.follow(text, false);
  }

  #beginSpeaking(): void {
    const reply = this.#reply;
    if (!reply || !this.speech.speakReplies || !this.#speaker) return;
    this.#speaker.begin({ lang: reply.lang, chosenURI: this.speech.voices[reply.personaId] ?? null, onDone: () => this.#resumeHandsFree() });
  }

  /** The reply is done (complete, stopped or failed): read its last words, or stop for a failure. */
  replyEnded(text: string | null): void {
    this.#reply = null;
    if (text === null) this.stopSpeaking();
    else if (this.speech.speakReplies && this.#speaker) this.#speaker.follow(text, true);
    if (!this.#speaker?.speaking) this.#resumeHandsFree();
  }

  stopSpeaking(): void {
    this.#speaker?.stop();
  }

  // --- listening ---

  /** The microphone button: start listening (what is in the composer is kept, the words follow it), or stop. */
  toggleListening(composerText: string): void {
    if (this.listening) {
      this.#handsFreeActive = false;
      this.#session?.stop();
      return;
    }
    this.#handsFreeActive = this.speech.listening === 'hands-free';
    this.#startSession(composerText);
  }

  /** The user typed in the composer: what was heard is theirs to edit, and is not sent by itself. */
  edited(): void {
    this.#cancelSend();
  }

  /** The message was sent (by the user or hands-free): the next words start a new one. */
  sent(): void {
    this.#cancelSend();
    this.#base = '';
  }

  #startSession(composerText: string): void {
    const recognition = this.#deps.recognition;
    if (!recognition || this.listenAvailability.kind !== 'ready' || this.#session) return;
    this.stopSpeaking();
    this.#base = composerText.trim();
    this.listening = true;
    this.#session = listen(
      recognition.create,
      { lang: this.#deps.userLanguage, continuous: this.speech.listening === 'hands-free' },
      {
        onTranscript: (heard, final) => {
          const text = [this.#base, heard].filter(Boolean).join(' ');
          this.#seq += 1;
          this.dictation = { text, seq: this.#seq };
          this.#cancelSend();
          // Hands-free sends by itself only when a message can go now; otherwise the words wait in the box.
          if (final && this.#handsFreeActive && heard && this.#deps.canSend()) this.#sendSoon(text);
        },
        onError: (message) => {
          this.#handsFreeActive = false;
          this.#deps.feedback.notice = message;
        },
        onEnd: () => {
          this.listening = false;
          this.#session = null;
        },
      },
    );
  }

  #sendSoon(text: string): void {
    const timers = this.#deps.timers ?? { set: (run: () => void, ms: number) => setTimeout(run, ms), clear: (handle: unknown) => clearTimeout(handle as number) };
    this.sendingSoon = true;
    this.#sendTimer = timers.set(() => {
      this.#sendTimer = null;
      this.sendingSoon = false;
      if (!this.#deps.canSend()) return;
      this.#seq += 1;
      this.dictation = { text: '', seq: this.#seq };
      this.#base = '';
      this.#session?.abort();
      this.#deps.send(text);
    }, HANDS_FREE_SEND_MS);
  }

  #cancelSend(): void {
    if (this.#sendTimer !== null) (this.#deps.timers?.clear ?? ((handle: unknown) => clearTimeout(handle as number)))(this.#sendTimer);
    this.#sendTimer = null;
    this.sendingSoon = false;
  }

  /** She is about to speak: the microphone must not hear her. */
  #pauseListening(): void {
    this.#cancelSend();
    this.#session?.abort();
  }

  /** Hands-free: after her reply (read aloud or not), listen again. */
  #resumeHandsFree(): void {
    if (this.#handsFreeActive && this.speech.listening === 'hands-free' && !this.#session) this.#startSession('');
  }
}
