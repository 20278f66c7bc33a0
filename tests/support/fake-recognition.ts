import type { RecognitionLike } from '../../src/app/voice/listen.ts';

/** An on-device speech recogniser for tests: counts starts and stops, and hears what a test says. */
export class FakeRecognition implements RecognitionLike {
  lang = '';
  processLocally = false;
  continuous = false;
  interimResults = false;
  onresult: RecognitionLike['onresult'] = null;
  onerror: RecognitionLike['onerror'] = null;
  onend: (() => void) | null = null;
  started = 0;
  stopped = 0;
  start(): void {
    this.started += 1;
  }
  stop(): void {
    this.stopped += 1;
    this.onend?.();
  }
  abort(): void {
    this.onend?.();
  }
  /** Results as the browser reports them: every result so far, from `resultIndex` on new. */
  hear(results: { text: string; final: boolean }[], resultIndex = 0): void {
    const list = results.map((result) => Object.assign([{ transcript: result.text }], { isFinal: result.final }));
    this.onresult?.({ resultIndex, results: list });
  }
  /** One final result. */
  say(text: string): void {
    this.hear([{ text, final: true }]);
  }
}
