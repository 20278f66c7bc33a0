import { describe, expect, it } from 'vitest';
import { Speaker, type SpeakerState, type SynthesisPort } from './speaker.ts';
import type { VoiceInfo } from './voices.ts';

const VOICES: VoiceInfo[] = [
  { voiceURI: 'Samantha', name: 'Samantha', lang: 'en-US', localService: true, default: true },
  { voiceURI: 'Cloud', name: 'Cloud', lang: 'es-ES', localService: false, default: false },
];

/** A synthesis that queues like the browser's: utterances finish when the test says so. */
class FakeSynthesis implements SynthesisPort {
  queue: { text: string; voice: string; done: (error: string | null) => void }[] = [];
  said: string[] = [];
  cancels = 0;
  voices(): readonly VoiceInfo[] {
    return VOICES;
  }
  say(text: string, voice: VoiceInfo, done: (error: string | null) => void): void {
    this.said.push(text);
    this.queue.push({ text, voice: voice.voiceURI, done });
  }
  cancel(): void {
    this.cancels += 1;
    const queued = this.queue;
    this.queue = [];
    // The browser reports cancelled utterances as errors, after the fact.
    for (const item of queued) item.done('interrupted');
  }
  finishNext(error: string | null = null): void {
    this.queue.shift()?.done(error);
  }
}

function setup() {
  const synthesis = new FakeSynthesis();
  const states: SpeakerState['kind'][] = [];
  const speaker = new Speaker(synthesis, (state) => states.push(state.kind));
  return { synthesis, states, speaker };
}

describe('Speaker', () => {
  it('starts with the first sentence while the reply still streams, and reads every sentence once', () => {
    const { synthesis, speaker, states } = setup();
    let done = 0;
    expect(speaker.begin({ lang: 'en', chosenURI: null, onDone: () => (done += 1) })).toBe(true);
    speaker.follow('Hi there', false);
    expect(synthesis.said).toEqual([]);
    speaker.follow('Hi there. How was', false);
    expect(synthesis.said).toEqual(['Hi there.']);
    expect(synthesis.queue[0]?.voice).toBe('Samantha');
    expect(speaker.speaking).toBe(true);
    speaker.follow('Hi there. How was your day', true);
    expect(synthesis.said).toEqual(['Hi there.', 'How was your day']);
    synthesis.finishNext();
    expect(done).toBe(0);
    synthesis.finishNext();
    expect(done).toBe(1);
    expect(speaker.speaking).toBe(false);
    expect(states).toEqual(['speaking', 'idle']);
  });

  it('stops at once: the browser is silenced and the rest of the reply is not read', () => {
    const { synthesis, speaker, states } = setup();
    let done = 0;
    speaker.begin({ lang: 'en', chosenURI: null, onDone: () => (done += 1) });
    speaker.follow('One. Two. ', false);
    speaker.stop();
    expect(synthesis.cancels).toBeGreaterThan(0);
    expect(speaker.speaking).toBe(false);
    speaker.follow('One. Two. Three. Four.', true);
    expect(synthesis.said).toEqual(['One.', 'Two.']);
    expect(states.at(-1)).toBe('idle');
    // Stopping is not finishing: hands-free does not start listening because of it.
    expect(done).toBe(0);
  });

  it('stays quiet, and says so, when no on-device voice speaks the reply language', () => {
    const { synthesis, speaker, states } = setup();
    expect(speaker.begin({ lang: 'es', chosenURI: 'Cloud' })).toBe(false);
    speaker.follow('Hola. ¿Qué tal?', true);
    expect(synthesis.said).toEqual([]);
    expect(states).toEqual(['no-voice']);
  });

  it('a voice that fails says so and stops reading that reply', () => {
    const { synthesis, speaker, states } = setup();
    speaker.begin({ lang: 'en', chosenURI: null });
    speaker.follow('One. Two. ', false);
    synthesis.finishNext('synthesis-failed');
    expect(states.at(-1)).toBe('failed');
    speaker.follow('One. Two. Three.', true);
    expect(synthesis.said).toEqual(['One.', 'Two.']);
  });

  it('a new reply cuts the old one off, and late callbacks of the old one change nothing', () => {
    const { synthesis, speaker } = setup();
    speaker.begin({ lang: 'en', chosenURI: null });
    speaker.follow('Old one. Still old. ', false);
    const stale = synthesis.queue[0];
    let done = 0;
    speaker.begin({ lang: 'en', chosenURI: null, onDone: () => (done += 1) });
    stale?.done(null);
    speaker.follow('New.', true);
    expect(speaker.speaking).toBe(true);
    synthesis.finishNext();
    expect(done).toBe(1);
  });

  it('an empty reply ends at once', () => {
    const { speaker } = setup();
    let done = 0;
    speaker.begin({ lang: 'en', chosenURI: null, onDone: () => (done += 1) });
    speaker.follow('', true);
    expect(done).toBe(1);
  });
});
