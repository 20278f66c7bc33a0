import type { RecognitionApi, RecognitionLike } from '../../app/voice/listen.ts';
import type { SynthesisPort } from '../../app/voice/speaker.ts';
import type { VoiceInfo } from '../../app/voice/voices.ts';

/**
 * The browser's speech synthesis and recognition behind the small ports of
 * src/app/voice. Nothing here decides anything: which voice, whether to
 * listen and what a result means are the voice modules' business.
 */

function infoOf(voice: SpeechSynthesisVoice): VoiceInfo {
  return { voiceURI: voice.voiceURI, name: voice.name, lang: voice.lang, localService: voice.localService, default: voice.default };
}

/** Speech synthesis, or null where the browser has none. */
export function browserSynthesis(): (SynthesisPort & { onVoicesChanged(listener: () => void): void }) | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return null;
  const synthesis = speechSynthesis;
  return {
    voices: () => synthesis.getVoices().map(infoOf),
    say(text, voice, done) {
      const real = synthesis.getVoices().find((candidate) => candidate.voiceURI === voice.voiceURI);
      // Checked again at the last moment: only a voice the browser still marks on-device is ever used.
      if (!real?.localService) {
        done('voice-unavailable');
        return;
      }
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = real;
      utterance.lang = real.lang;
      utterance.onend = () => done(null);
      utterance.onerror = (event) => done(event.error);
      synthesis.speak(utterance);
    },
    cancel: () => synthesis.cancel(),
    onVoicesChanged: (listener) => synthesis.addEventListener('voiceschanged', listener),
  };
}

type RecognitionConstructor = (new () => RecognitionLike) & RecognitionApi;

function isConstructor(value: unknown): value is RecognitionConstructor {
  return typeof value === 'function';
}

/** Speech recognition's constructor (standard or Chrome's prefixed name), or null. */
export function browserRecognition(): { api: RecognitionApi; create: () => RecognitionLike } | null {
  const constructor: unknown = Reflect.get(globalThis, 'SpeechRecognition') ?? Reflect.get(globalThis, 'webkitSpeechRecognition');
  if (!isConstructor(constructor)) return null;
  return {
    api: {
      ...(typeof constructor.available === 'function' ? { available: (options) => constructor.available?.(options) ?? Promise.resolve('unavailable' as const) } : {}),
      ...(typeof constructor.install === 'function' ? { install: (options) => constructor.install?.(options) ?? Promise.resolve(false) } : {}),
    },
    create: () => new constructor(),
  };
}
