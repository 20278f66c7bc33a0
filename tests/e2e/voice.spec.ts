import { expect, test, type Page } from '@playwright/test';
import { lastReply, loadModel, onboard, say } from './helpers.ts';

/**
 * The browser's speech is stubbed before the app loads: a synthesis with one
 * on-device voice and one remote voice whose utterances finish only when the
 * test says so, and (optionally) a recogniser that says on-device recognition
 * is available and "hears" what the test says.
 */
type Stubs = { synthesis: boolean; recognition: 'available' | 'unavailable' | 'absent' | 'no-local' };

async function stubSpeech(page: Page, stubs: Stubs): Promise<void> {
  await page.addInitScript((options: Stubs) => {
    type Utterance = { text: string; voice: { voiceURI: string } | null; lang: string; onend: (() => void) | null; onerror: ((event: { error: string }) => void) | null };
    const log = { spoken: [] as { text: string; voice: string; whileStreaming: boolean }[], cancels: 0, queue: [] as Utterance[] };
    Object.assign(window, { speechLog: log });
    if (options.synthesis) {
      const voices = [
        { voiceURI: 'test-local-en', name: 'Local English', lang: 'en-US', localService: true, default: true },
        { voiceURI: 'test-local-en-2', name: 'Another Local English', lang: 'en-GB', localService: true, default: false },
        { voiceURI: 'test-remote-en', name: 'Cloud English', lang: 'en-US', localService: false, default: false },
      ];
      class FakeUtterance {
        text: string;
        voice: { voiceURI: string } | null = null;
        lang = '';
        onend: (() => void) | null = null;
        onerror: ((event: { error: string }) => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      const synthesis = {
        getVoices: () => voices,
        speak(utterance: Utterance) {
          // Whether her reply was still being written when this sentence was given to the voice.
          const whileStreaming = document.querySelector('[data-testid="message"][data-status="streaming"]') !== null;
          log.spoken.push({ text: utterance.text, voice: utterance.voice?.voiceURI ?? '', whileStreaming });
          log.queue.push(utterance);
        },
        cancel() {
          log.cancels += 1;
          const queued = log.queue.splice(0);
          for (const utterance of queued) utterance.onerror?.({ error: 'interrupted' });
        },
        addEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    }
    delete (window as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
    delete (window as { SpeechRecognition?: unknown }).SpeechRecognition;
    Object.defineProperty(window, 'webkitSpeechRecognition', { value: undefined, configurable: true });
    if (options.recognition === 'absent') return;
    const heard: { instances: FakeRecognition[]; asked: unknown[] } = { instances: [], asked: [] };
    Object.assign(window, { recognitionLog: heard });
    class FakeRecognition {
      static async available(request: unknown) {
        heard.asked.push(request);
        return options.recognition === 'available' ? 'available' : 'unavailable';
      }
      static async install() {
        return false;
      }
      lang = '';
      processLocally = false;
      continuous = false;
      interimResults = false;
      started = false;
      onresult: ((event: unknown) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        this.started = true;
        heard.instances.push(this);
      }
      stop() {
        this.onend?.();
      }
      abort() {
        this.onend?.();
      }
    }
    if (options.recognition === 'no-local') {
      // A recogniser of the older kind: no way to ask for on-device processing.
      Object.defineProperty(window, 'SpeechRecognition', { value: class {}, configurable: true });
      return;
    }
    Object.defineProperty(window, 'SpeechRecognition', { value: FakeRecognition, configurable: true });
  }, stubs);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: { spoken: { text: string; voice: string; whileStreaming: boolean }[] } }).speechLog.spoken);

async function openVoiceSettings(page: Page): Promise<void> {
  await page.getByTestId('settings-toggle').click();
  await expect(page.getByTestId('voice-settings')).toBeVisible();
}

/** A chat with on-device voices and no recogniser, her replies read aloud. */
async function speakRepliesWithoutMicrophone(page: Page): Promise<void> {
  await stubSpeech(page, { synthesis: true, recognition: 'absent' });
  await onboard(page);
  await loadModel(page);
  await openVoiceSettings(page);
  await page.getByTestId('speak-replies').check();
}

test('her reply is read aloud in an on-device voice, sentence by sentence, and stops on demand', async ({ page }) => {
  await stubSpeech(page, { synthesis: true, recognition: 'absent' });
  await onboard(page, { query: '?tokenMs=60' });
  await loadModel(page);
  await openVoiceSettings(page);
  // Only on-device voices are offered.
  await expect(page.getByTestId('voice-select').locator('option')).toHaveText(['The best voice for the language she answers in', 'Another Local English (en-GB)', 'Local English (en-US)']);
  await page.getByTestId('speak-replies').check();

  await page.getByTestId('composer-input').fill('hey, how was your day? tell me everything');
  await page.getByTestId('send').click();
  // She starts speaking while the reply is still being written.
  await expect.poll(async () => (await spoken(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await spoken(page);
  expect(first.every((line) => line.voice === 'test-local-en')).toBe(true);
  expect(first[0]?.whileStreaming).toBe(true);
  await expect(page.getByTestId('stop-speaking')).toBeVisible();

  await page.getByTestId('stop-speaking').click();
  await expect(page.getByTestId('stop-speaking')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { speechLog: { cancels: number } }).speechLog.cancels)).toBeGreaterThan(0);
  const atStop = (await spoken(page)).length;
  // The rest of that reply is not read.
  await expect(page.getByTestId('stop')).toHaveCount(0, { timeout: 30_000 });
  expect((await spoken(page)).length).toBe(atStop);
  await expect(lastReply(page)).toHaveAttribute('data-status', 'complete');
});

test("each companion's voice is kept: chosen in Settings, used for her replies, still chosen after a reload", async ({ page }) => {
  await speakRepliesWithoutMicrophone(page);
  await page.getByTestId('voice-select').selectOption('test-local-en-2');
  await say(page, 'hello there, how are you?');
  await expect.poll(async () => (await spoken(page)).map((line) => line.voice)).toContain('test-local-en-2');
  expect((await spoken(page)).every((line) => line.voice === 'test-local-en-2')).toBe(true);

  await page.reload();
  await openVoiceSettings(page);
  await expect(page.getByTestId('voice-select')).toHaveValue('test-local-en-2');
  await expect(page.getByTestId('speak-replies')).toBeChecked();
});

test('crisis help lines are shown, never read in her voice', async ({ page }) => {
  await speakRepliesWithoutMicrophone(page);
  await say(page, 'I want to kill myself tonight, I have the pills ready');
  await expect(page.getByTestId('crisis-resources').last()).toBeVisible();
  const resources = (await page.getByTestId('crisis-resources').last().innerText()).split('\n').filter((line) => /\d{3}/.test(line));
  expect(resources.length).toBeGreaterThan(0);
  const said = (await spoken(page)).map((line) => line.text).join(' ');
  for (const line of resources) expect(said).not.toContain(line.trim());
});

test('without on-device recognition there is no microphone, and Settings says why', async ({ page }) => {
  for (const recognition of ['absent', 'no-local', 'unavailable'] as const) {
    await page.context().clearCookies();
    const fresh = await page.context().newPage();
    await stubSpeech(fresh, { synthesis: true, recognition });
    if (recognition === 'absent') await onboard(fresh);
    else await fresh.goto('./');
    await expect(fresh.getByTestId('ai-notice')).toBeVisible();
    await expect(fresh.getByTestId('composer-input')).toBeVisible();
    await openVoiceSettings(fresh);
    await expect(fresh.getByTestId('listen-status')).toContainText(recognition === 'unavailable' ? 'cannot recognise speech' : recognition === 'absent' ? 'no speech recognition' : 'cannot promise to stay on this device');
    await expect(fresh.getByTestId('mic')).toHaveCount(0);
    await fresh.close();
  }
});

test('with on-device recognition the microphone listens locally; what was heard is editable before it is sent', async ({ page }) => {
  await stubSpeech(page, { synthesis: true, recognition: 'available' });
  await onboard(page);
  await loadModel(page);
  await page.getByTestId('mic').click();
  await expect(page.getByTestId('mic')).toHaveAttribute('aria-pressed', 'true');
  const session = await page.evaluate(() => {
    const log = (window as unknown as { recognitionLog: { instances: { processLocally: boolean; continuous: boolean; started: boolean }[]; asked: unknown[] } }).recognitionLog;
    const instance = log.instances.at(-1);
    return { asked: log.asked, processLocally: instance?.processLocally, continuous: instance?.continuous, started: instance?.started };
  });
  expect(session.asked[0]).toMatchObject({ processLocally: true });
  expect(session).toMatchObject({ processLocally: true, continuous: false, started: true });
  await page.evaluate(() => {
    const log = (window as unknown as { recognitionLog: { instances: { onresult: ((event: unknown) => void) | null; stop(): void }[] } }).recognitionLog;
    const instance = log.instances.at(-1);
    const result = (text: string, isFinal: boolean) => Object.assign([{ transcript: text }], { isFinal });
    instance?.onresult?.({ resultIndex: 0, results: [result('hello from my', false)] });
    instance?.onresult?.({ resultIndex: 0, results: [result('hello from my voice', true)] });
    instance?.stop();
  });
  await expect(page.getByTestId('composer-input')).toHaveValue('hello from my voice');
  await expect(page.getByTestId('mic')).toHaveAttribute('aria-pressed', 'false');
  // Listening over, the keyboard lands in the box, on the words to edit.
  await expect(page.getByTestId('composer-input')).toBeFocused();
  // Push-to-talk never sends by itself: the words wait to be edited.
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toHaveCount(0);
  await page.getByTestId('composer-input').fill('hello from my voice, edited');
  await page.getByTestId('send').click();
  await expect(page.locator('[data-testid="message"][data-role="user"]').last()).toContainText('hello from my voice, edited');
});

/** The stubbed recogniser hears `text` (a final result) in its latest session. */
async function hear(page: Page, text: string): Promise<void> {
  await page.evaluate((words) => {
    const log = (window as unknown as { recognitionLog: { instances: { onresult: ((event: unknown) => void) | null }[] } }).recognitionLog;
    log.instances.at(-1)?.onresult?.({ resultIndex: 0, results: [Object.assign([{ transcript: words }], { isFinal: true })] });
  }, text);
}

const sessions = (page: Page) => page.evaluate(() => (window as unknown as { recognitionLog: { instances: { continuous: boolean }[] } }).recognitionLog.instances.map((instance) => instance.continuous));

test('hands-free: what was heard is sent after a pause unless edited, and she listens again after her reply', async ({ page }) => {
  await stubSpeech(page, { synthesis: true, recognition: 'available' });
  await onboard(page);
  await loadModel(page);
  await openVoiceSettings(page);
  await page.getByTestId('listen-hands-free').check();
  await page.getByTestId('mic').click();
  expect(await sessions(page)).toEqual([true]);

  // Edited: held, never sent by itself.
  await hear(page, 'this one I want to fix');
  await expect(page.getByTestId('voice-status')).toContainText('Sending what you said in a moment');
  await page.getByTestId('composer-input').press('End');
  await page.getByTestId('composer-input').pressSequentially(' first');
  await expect(page.getByTestId('voice-status')).not.toContainText('Sending');
  await expect(page.getByTestId('composer-input')).toHaveValue('this one I want to fix first');
  await page.getByTestId('composer-input').fill('');

  // Not edited: sent after the pause, and the microphone opens again once her reply is done.
  await hear(page, 'hi, how are you tonight');
  await expect(page.locator('[data-testid="message"][data-role="user"]').last()).toContainText('hi, how are you tonight');
  await expect(page.getByTestId('stop')).toHaveCount(0, { timeout: 20_000 });
  await expect(lastReply(page)).toHaveAttribute('data-status', 'complete');
  await expect.poll(async () => (await sessions(page)).length).toBe(2);
  await expect(page.getByTestId('mic')).toHaveAttribute('aria-pressed', 'true');
});

test('voice with the keyboard and a screen reader: labelled controls, Esc silences her, the reply is one busy live entry', async ({ page }) => {
  await stubSpeech(page, { synthesis: true, recognition: 'available' });
  await onboard(page, { query: '?tokenMs=60' });
  await loadModel(page);
  await expect(page.getByRole('button', { name: 'Talk (listens on this device)' })).toBeVisible();
  await expect(page.getByRole('log', { name: 'Conversation' })).toBeVisible();
  await openVoiceSettings(page);
  await page.getByLabel("Read Ella's replies aloud (voices on this device only)").check();
  await expect(page.getByLabel("Ella's voice")).toBeVisible();

  await page.getByTestId('composer-input').focus();
  await page.keyboard.type('tell me a story about your week');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="message"][data-status="streaming"]')).toHaveAttribute('aria-busy', 'true');
  await expect.poll(async () => (await spoken(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Stop her voice' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Stop her voice' })).toHaveCount(0);
  await expect(page.getByTestId('composer-input')).toBeFocused();
});
