import { describe, expect, it } from 'vitest';
import type { ChatEngine } from '../../adapters/engine/types.ts';
import { DEFAULT_SPEECH, type SpeechSettings } from '../../adapters/storage/records/settings.ts';
import type { SynthesisPort } from '../voice/speaker.ts';
import type { VoiceInfo } from '../voice/voices.ts';
import { Feedback } from './feedback.svelte.ts';
import { VoiceState } from './voice.svelte.ts';
import { FakeRecognition } from '../../../tests/support/fake-recognition.ts';

const LOCAL: VoiceInfo = { voiceURI: 'local', name: 'Local', lang: 'en-US', localService: true, default: true };

class FakeSynthesis implements SynthesisPort {
  queue: ((error: string | null) => void)[] = [];
  said: string[] = [];
  voices(): readonly VoiceInfo[] {
    return [LOCAL];
  }
  say(text: string, _voice: VoiceInfo, done: (error: string | null) => void): void {
    this.said.push(text);
    this.queue.push(done);
  }
  cancel(): void {
    for (const done of this.queue.splice(0)) done('interrupted');
  }
  finishAll(): void {
    for (const done of this.queue.splice(0)) done(null);
  }
}

function setup(speech: Partial<SpeechSettings> = {}, saveFails = false) {
  const synthesis = new FakeSynthesis();
  const sessions: FakeRecognition[] = [];
  const sent: string[] = [];
  const timers: (() => void)[] = [];
  const saved: unknown[] = [];
  const engine: ChatEngine = {
    kind: 'test',
    load: async () => undefined,
    loadedModel: () => null,
    generate: async () => ({ text: '', finish: 'stop' }),
    resetContext: async () => undefined,
    unload: async () => undefined,
  };
  const feedback = new Feedback((error) => ({ kind: 'unknown', message: String(error) }), engine);
  const voice = new VoiceState({
    store: {
      saveSettings: async (patch) => {
        if (saveFails) throw new Error('disk full');
        saved.push(patch);
      },
    },
    feedback,
    synthesis,
    recognition: {
      api: { available: async () => 'available' },
      create: () => {
        const session = new FakeRecognition();
        sessions.push(session);
        return session;
      },
    },
    userLanguage: 'en-US',
    send: (text) => sent.push(text),
    canSend: () => true,
    timers: { set: (run) => timers.push(run), clear: (handle) => void (timers[Number(handle) - 1] = () => undefined) },
  });
  voice.load({ ...DEFAULT_SPEECH, ...speech });
  return { voice, synthesis, sessions, sent, timers, saved, feedback };
}

describe('VoiceState', () => {
  it('reads a streaming reply only when turned on, in the companion voice', () => {
    const off = setup();
    off.voice.replyStarted('ella', 'en');
    off.voice.replyText('Hi. There. ');
    off.voice.replyEnded('Hi. There.');
    expect(off.synthesis.said).toEqual([]);

    const on = setup({ speakReplies: true });
    on.voice.replyStarted('ella', 'en');
    on.voice.replyText('Hi. There');
    expect(on.synthesis.said).toEqual(['Hi.']);
    on.voice.replyEnded('Hi. There.');
    expect(on.synthesis.said).toEqual(['Hi.', 'There.']);
  });

  it('a redrafted reply (the guard turned the first down) stops what was read and starts over', () => {
    const { voice, synthesis } = setup({ speakReplies: true });
    voice.replyStarted('ella', 'en');
    voice.replyText('Bad draft. More');
    voice.replyText('');
    voice.replyText('Good one. ');
    expect(synthesis.said).toEqual(['Bad draft.', 'Good one.']);
    expect(synthesis.queue).toHaveLength(1);
  });

  it('a failed or stopped reply is silenced', () => {
    const { voice, synthesis } = setup({ speakReplies: true });
    voice.replyStarted('ella', 'en');
    voice.replyText('One. Two');
    voice.replyEnded(null);
    expect(synthesis.queue).toHaveLength(0);
    expect(voice.speaker.kind).toBe('idle');
  });

  it('saves voice choices per companion, and puts the old settings back when saving fails', async () => {
    const ok = setup();
    await ok.voice.chooseVoice('ella', 'local');
    await ok.voice.chooseVoice('mara', 'other');
    await ok.voice.chooseVoice('ella', null);
    expect(ok.voice.speech.voices).toEqual({ mara: 'other' });
    expect(ok.saved.at(-1)).toEqual({ speech: { ...DEFAULT_SPEECH, voices: { mara: 'other' } } });

    const failing = setup({}, true);
    await failing.voice.setSpeakReplies(true);
    expect(failing.voice.speech.speakReplies).toBe(false);
    expect(failing.feedback.notice).toMatch(/Saving the voice settings did not work.*disk full/);
  });

  it('push-to-talk: the words land in the box and are never sent by themselves', async () => {
    const { voice, sessions, sent, timers } = setup();
    await voice.checkListening();
    voice.toggleListening('I think');
    expect(voice.listening).toBe(true);
    sessions[0]?.say('you are right');
    expect(voice.dictation?.text).toBe('I think you are right');
    expect(timers).toHaveLength(0);
    sessions[0]?.stop();
    expect(voice.listening).toBe(false);
    expect(sent).toEqual([]);
  });

  it('hands-free: sends after a pause unless edited, and listens again once her reply is read', async () => {
    const { voice, sessions, sent, timers, synthesis } = setup({ listening: 'hands-free', speakReplies: true });
    await voice.checkListening();
    voice.toggleListening('');
    expect(sessions[0]?.continuous).toBe(true);
    sessions[0]?.say('first thing');
    expect(voice.sendingSoon).toBe(true);
    voice.edited();
    expect(voice.sendingSoon).toBe(false);
    timers.forEach((run) => run());
    expect(sent).toEqual([]);

    sessions[0]?.say('second thing');
    timers.at(-1)?.();
    expect(sent).toEqual(['second thing']);
    expect(voice.dictation?.text).toBe('');
    // She answers: the microphone is off while she speaks, and back on when she is done.
    voice.replyStarted('ella', 'en');
    expect(voice.listening).toBe(false);
    voice.replyText('Sure. ');
    voice.replyEnded('Sure.');
    expect(voice.listening).toBe(false);
    synthesis.finishAll();
    expect(voice.listening).toBe(true);
    expect(sessions).toHaveLength(2);
  });

  it('without on-device recognition the microphone does nothing', () => {
    const { voice, sessions } = setup();
    voice.toggleListening('');
    expect(sessions).toHaveLength(0);
    expect(voice.listenAvailability.kind).toBe('unavailable');
  });
});
