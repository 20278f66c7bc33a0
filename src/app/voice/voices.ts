/**
 * Choosing her voice: only voices the browser marks as on-device
 * (`localService`), since a remote voice would send her words to a server.
 */

/** What the app reads of a SpeechSynthesisVoice. */
export interface VoiceInfo {
  readonly voiceURI: string;
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** The voices that speak on this device, and nothing that would go to a server. */
export function onDeviceVoices(voices: readonly VoiceInfo[]): VoiceInfo[] {
  return voices.filter((voice) => voice.localService);
}

/**
 * The voice language for a reply's language tag: Hindi written in Latin
 * letters (the reader's `hi-Latn`) is read well by an Indian English voice,
 * and badly by a Hindi one, which expects Devanagari.
 */
export function spokenLanguage(lang: string): string {
  return lang.toLowerCase() === 'hi-latn' ? 'en-IN' : lang;
}

/** "en-GB" → "en"; "" stays "". */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

function sameLanguage(voice: VoiceInfo, lang: string): boolean {
  return primaryLanguage(voice.lang) === primaryLanguage(lang);
}

/**
 * Her voice for a reply in `lang` (a BCP 47 tag, or null when unknown): the
 * companion's chosen voice when it is on this device and speaks that language;
 * else an on-device voice of the language (the exact region first, then the
 * browser's default); else none, and she stays quiet rather than read one
 * language with another language's voice.
 */
export function chooseVoice(voices: readonly VoiceInfo[], options: { lang: string | null; chosenURI: string | null }): VoiceInfo | null {
  const local = onDeviceVoices(voices);
  const chosen = local.find((voice) => voice.voiceURI === options.chosenURI);
  const lang = options.lang === null ? null : spokenLanguage(options.lang);
  if (!lang) return chosen ?? local.find((voice) => voice.default) ?? local[0] ?? null;
  if (chosen && sameLanguage(chosen, lang)) return chosen;
  const speaking = local.filter((voice) => sameLanguage(voice, lang));
  const exact = speaking.filter((voice) => voice.lang.toLowerCase().replace('_', '-') === lang.toLowerCase());
  return exact.find((voice) => voice.default) ?? exact[0] ?? speaking.find((voice) => voice.default) ?? speaking[0] ?? null;
}

/** The on-device voices to offer for a companion, those of `lang` first, each group by name. */
export function voiceOptions(voices: readonly VoiceInfo[], lang: string | null): VoiceInfo[] {
  const byName = (a: VoiceInfo, b: VoiceInfo) => a.name.localeCompare(b.name);
  const local = onDeviceVoices(voices);
  if (!lang) return [...local].sort(byName);
  return [...local.filter((voice) => sameLanguage(voice, lang)).sort(byName), ...local.filter((voice) => !sameLanguage(voice, lang)).sort(byName)];
}
