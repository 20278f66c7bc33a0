import { describe, expect, it } from 'vitest';
import { chooseVoice, onDeviceVoices, primaryLanguage, voiceOptions, type VoiceInfo } from './voices.ts';

const voice = (voiceURI: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({ voiceURI, name: voiceURI, lang, localService: true, default: false, ...extra });

const VOICES: VoiceInfo[] = [
  voice('Cloud English', 'en-US', { localService: false, default: true }),
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', { default: true }),
  voice('Monica', 'es-ES'),
  voice('Paulina', 'es-MX'),
  voice('Cloud German', 'de-DE', { localService: false }),
  voice('Kyoko', 'ja-JP'),
];

describe('onDeviceVoices', () => {
  it('keeps only voices marked localService', () => {
    expect(onDeviceVoices(VOICES).map((v) => v.voiceURI)).toEqual(['Daniel', 'Samantha', 'Monica', 'Paulina', 'Kyoko']);
  });
});

describe('chooseVoice', () => {
  it("uses the companion's chosen voice when it speaks the reply's language", () => {
    expect(chooseVoice(VOICES, { lang: 'en', chosenURI: 'Daniel' })?.voiceURI).toBe('Daniel');
    expect(chooseVoice(VOICES, { lang: 'en-US', chosenURI: 'Daniel' })?.voiceURI).toBe('Daniel');
  });

  it('never uses a remote voice, even when chosen or the default', () => {
    expect(chooseVoice(VOICES, { lang: 'en', chosenURI: 'Cloud English' })?.voiceURI).toBe('Samantha');
    expect(chooseVoice(VOICES, { lang: 'de', chosenURI: null })).toBeNull();
    expect(chooseVoice(VOICES, { lang: 'de', chosenURI: 'Cloud German' })).toBeNull();
  });

  it('a reply in another language gets an on-device voice of that language, the exact region first', () => {
    expect(chooseVoice(VOICES, { lang: 'es-MX', chosenURI: 'Daniel' })?.voiceURI).toBe('Paulina');
    expect(chooseVoice(VOICES, { lang: 'es', chosenURI: 'Daniel' })?.voiceURI).toBe('Monica');
    expect(chooseVoice(VOICES, { lang: 'ja', chosenURI: null })?.voiceURI).toBe('Kyoko');
  });

  it('romanised Hindi is read by an Indian English voice, not a Hindi one', () => {
    const voices = [...VOICES, voice('Lekha', 'hi-IN'), voice('Veena', 'en-IN')];
    expect(chooseVoice(voices, { lang: 'hi-Latn', chosenURI: null })?.voiceURI).toBe('Veena');
    expect(chooseVoice(voices, { lang: 'hi', chosenURI: null })?.voiceURI).toBe('Lekha');
  });

  it('prefers the default voice of the language when nothing was chosen', () => {
    expect(chooseVoice(VOICES, { lang: 'en', chosenURI: null })?.voiceURI).toBe('Samantha');
    expect(chooseVoice(VOICES, { lang: 'en-GB', chosenURI: null })?.voiceURI).toBe('Daniel');
  });

  it('a chosen voice that is gone falls back to the best match', () => {
    expect(chooseVoice(VOICES, { lang: 'en', chosenURI: 'Uninstalled' })?.voiceURI).toBe('Samantha');
  });

  it('with the language unknown: the chosen voice, else the default on-device one', () => {
    expect(chooseVoice(VOICES, { lang: null, chosenURI: 'Kyoko' })?.voiceURI).toBe('Kyoko');
    expect(chooseVoice(VOICES, { lang: null, chosenURI: null })?.voiceURI).toBe('Samantha');
  });

  it('no voices at all, or none on the device: none', () => {
    expect(chooseVoice([], { lang: 'en', chosenURI: null })).toBeNull();
    expect(chooseVoice([voice('Cloud', 'en-US', { localService: false })], { lang: null, chosenURI: null })).toBeNull();
  });
});

describe('voiceOptions and primaryLanguage', () => {
  it("offers on-device voices, the reply language's first", () => {
    expect(voiceOptions(VOICES, 'es').map((v) => v.voiceURI)).toEqual(['Monica', 'Paulina', 'Daniel', 'Kyoko', 'Samantha']);
    expect(voiceOptions(VOICES, null).map((v) => v.voiceURI)).toEqual(['Daniel', 'Kyoko', 'Monica', 'Paulina', 'Samantha']);
  });
  it('reads the primary subtag in any case or separator', () => {
    expect(primaryLanguage('EN_gb')).toBe('en');
    expect(primaryLanguage('')).toBe('');
  });
});
