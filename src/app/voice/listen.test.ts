import { describe, expect, it } from 'vitest';
import { checkListening, describeRecognitionError, installListening, listen, NO_LOCAL_GUARANTEE, NO_RECOGNITION, type RecognitionApi } from './listen.ts';
import { FakeRecognition } from '../../../tests/support/fake-recognition.ts';

function api(answer: string | Error, install?: boolean | Error): RecognitionApi & { asked: unknown[] } {
  const asked: unknown[] = [];
  const value: RecognitionApi & { asked: unknown[] } = {
    asked,
    available: async (options) => {
      asked.push(options);
      if (answer instanceof Error) throw answer;
      return answer as 'available';
    },
  };
  if (install !== undefined)
    value.install = async (options) => {
      asked.push({ install: options });
      if (install instanceof Error) throw install;
      if (install) answer = 'available';
      return install;
    };
  return value;
}

describe('checkListening', () => {
  it('is ready only when the browser says recognition is available on the device, asked with processLocally', async () => {
    const recognition = api('available');
    expect(await checkListening(recognition, 'en-US')).toEqual({ kind: 'ready' });
    expect(recognition.asked).toEqual([{ langs: ['en-US'], processLocally: true }]);
  });
  it('no recognition, or one that cannot promise to stay local, means no microphone, and says why', async () => {
    expect(await checkListening(undefined, 'en')).toEqual({ kind: 'unavailable', reason: NO_RECOGNITION });
    expect(await checkListening({}, 'en')).toEqual({ kind: 'unavailable', reason: NO_LOCAL_GUARANTEE });
  });
  it('a language without on-device support, a strange answer or a failing check: unavailable, with the reason', async () => {
    expect(await checkListening(api('unavailable'), 'ja-JP')).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('ja-JP') });
    expect(await checkListening(api('maybe'), 'en')).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('maybe') });
    expect(await checkListening(api(new Error('boom')), 'en')).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('boom') });
  });
  it('a downloadable pack is offered for install (when install exists), a download under way is said', async () => {
    expect(await checkListening(api('downloadable', true), 'en')).toEqual({ kind: 'installable' });
    expect(await checkListening(api('downloadable'), 'en')).toMatchObject({ kind: 'unavailable' });
    expect(await checkListening(api('downloading', true), 'en')).toEqual({ kind: 'installing' });
  });
});

describe('installListening', () => {
  it('installs the pack for processLocally and is then ready', async () => {
    const recognition = api('downloadable', true);
    expect(await installListening(recognition, 'en')).toEqual({ kind: 'ready' });
    expect(recognition.asked[0]).toEqual({ install: { langs: ['en'], processLocally: true } });
  });
  it('a refused or failing install says so', async () => {
    expect(await installListening(api('downloadable', false), 'en')).toMatchObject({ kind: 'unavailable' });
    expect(await installListening(api('downloadable', new Error('disk full')), 'en')).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('disk full') });
    expect(await installListening(undefined, 'en')).toMatchObject({ kind: 'unavailable' });
  });
});

describe('listen', () => {
  it('sets processLocally before starting, and reports interim then final words', () => {
    const recognition = new FakeRecognition();
    const heard: [string, boolean][] = [];
    listen(() => recognition, { lang: 'en-GB', continuous: false }, { onTranscript: (text, final) => heard.push([text, final]), onError: () => undefined, onEnd: () => undefined });
    expect(recognition).toMatchObject({ lang: 'en-GB', processLocally: true, continuous: false, interimResults: true, started: 1 });
    recognition.hear([{ text: 'hello the', final: false }]);
    recognition.hear([{ text: 'hello there', final: true }]);
    recognition.hear([{ text: 'hello there', final: true }, { text: ' how are', final: false }], 1);
    expect(heard).toEqual([
      ['hello the', false],
      ['hello there', true],
      ['hello there how are', false],
    ]);
  });

  it('refuses a recogniser that does not keep processLocally (it would be the server kind)', () => {
    const recognition = new FakeRecognition();
    Object.defineProperty(recognition, 'processLocally', { get: () => undefined, set: () => undefined });
    const errors: string[] = [];
    let ended = 0;
    listen(() => recognition, { lang: 'en', continuous: true }, { onTranscript: () => undefined, onError: (message) => errors.push(message), onEnd: () => (ended += 1) });
    expect(recognition.started).toBe(0);
    expect(errors).toEqual([NO_LOCAL_GUARANTEE]);
    expect(ended).toBe(1);
  });

  it('says what failed, and is quiet about silence', () => {
    const recognition = new FakeRecognition();
    const errors: string[] = [];
    listen(() => recognition, { lang: 'en', continuous: true }, { onTranscript: () => undefined, onError: (message) => errors.push(message), onEnd: () => undefined });
    recognition.onerror?.({ error: 'no-speech' });
    recognition.onerror?.({ error: 'not-allowed' });
    expect(errors).toEqual([describeRecognitionError('not-allowed')]);
  });
});
