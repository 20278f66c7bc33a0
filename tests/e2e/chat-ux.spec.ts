import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { lastReply, loadModel, onboard, say, startLongSlowReply } from './helpers.ts';

/**
 * Issue 16, item by item, at a desktop and a phone size. Each test keeps
 * screenshots as artefacts (test-results/…, not committed) of the screens it
 * checks.
 */

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 860 }, hasTouch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
] as const;

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: false });
}

/** Whether an element is inside the visible window (its top and bottom both). */
async function inView(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= height;
}

for (const size of SIZES) {
  test.describe(`${size.name}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.hasTouch });

    test('1. another version of a reply, kept and swipeable; the relationship moves once', async ({ page }, info) => {
      await onboard(page, { name: 'Priya', age: '31' });
      await loadModel(page);
      await say(page, 'do you like me? just say it');
      const first = await lastReply(page).locator('.text').textContent();
      const elapsed = await page.getByTestId('elapsed').textContent();
      await lastReply(page).getByTestId('regenerate').click();
      await expect(lastReply(page).getByTestId('version-count')).toHaveText('2 / 2', { timeout: 20_000 });
      await shot(page, info, 'versions');
      // No second turn was taken: the header (time and stage) is unchanged (the unit tests check the state and revision).
      await expect(page.getByTestId('elapsed')).toHaveText(elapsed ?? '');
      await lastReply(page).getByTestId('version-previous').click();
      await expect(lastReply(page).getByTestId('version-count')).toHaveText('1 / 2');
      await expect(lastReply(page).locator('.text')).toHaveText(first ?? '');
      // Kept after a reload.
      await page.reload();
      await expect(lastReply(page).getByTestId('version-count')).toHaveText('1 / 2');
      await loadModel(page);
      if (size.hasTouch) {
        // A swipe to the left shows the next version.
        const box = await lastReply(page).boundingBox();
        if (!box) throw new Error('no reply');
        await lastReply(page).dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: box.x + box.width - 10, clientY: box.y + 10 }], changedTouches: [{ identifier: 1, clientX: box.x + box.width - 10, clientY: box.y + 10 }] });
        await lastReply(page).dispatchEvent('touchend', { touches: [], changedTouches: [{ identifier: 1, clientX: box.x - 100, clientY: box.y + 10 }] });
        await expect(lastReply(page).getByTestId('version-count')).toHaveText('2 / 2');
      } else {
        await lastReply(page).getByTestId('version-next').click();
        await expect(lastReply(page).getByTestId('version-count')).toHaveText('2 / 2');
      }
    });

    test('1. edit the last message: answered again from the state before it; delete says what it undoes', async ({ page }, info) => {
      await onboard(page, { name: 'Priya', age: '31' });
      await loadModel(page);
      await say(page, 'i work as a nurse on nights');
      await say(page, 'my sister Mia is visiting this weekend');
      const user = page.locator('[data-testid="message"][data-role="user"]').last();
      await user.getByTestId('edit-message').click();
      await expect(page.getByTestId('edit-input')).toBeFocused();
      await page.getByTestId('edit-input').fill('my brother Leo is visiting this weekend');
      await shot(page, info, 'editing');
      await page.getByTestId('edit-save').click();
      await expect(page.getByTestId('stop')).toHaveCount(0, { timeout: 20_000 });
      await expect(user).toContainText('my brother Leo');
      await expect(user.getByTestId('edited')).toBeVisible();
      await expect(page.locator('[data-testid="message"][data-role="assistant"]')).toHaveCount(2);
      // What she drew from the old text is gone, what she drew from the new is there.
      await page.getByTestId('memory-toggle').click();
      await expect(page.getByTestId('memory-item').filter({ hasText: 'Mia' })).toHaveCount(0);
      await page.getByTestId('memory-toggle').click();

      // Delete the first message: an honest note first, then a calm confirmation.
      const firstUser = page.locator('[data-testid="message"][data-role="user"]').first();
      await firstUser.getByTestId('delete-message').click();
      await expect(page.getByTestId('delete-explain')).toContainText('does not undo');
      await expect(page.getByTestId('delete-yes')).toBeFocused();
      await shot(page, info, 'delete-confirm');
      await page.getByTestId('delete-yes').click();
      await expect(page.getByTestId('chat-notice')).toHaveAttribute('data-kind', 'done');
      await expect(page.getByTestId('chat-notice')).toContainText('is not undone');
      await expect(page.getByTestId('message').filter({ hasText: 'nurse' })).toHaveCount(0);
      await expect(page.getByTestId('composer-input')).toBeFocused();
      await shot(page, info, 'deleted');
    });

    test('1. a reply cut off by a reload can be retried', async ({ page }, info) => {
      await startLongSlowReply(page);
      await page.goto('./');
      const cut = page.locator('[data-testid="message"][data-role="assistant"]').last();
      await expect(cut).toHaveAttribute('data-status', 'interrupted');
      // 4. The header is true after the reload: they did talk.
      await expect(page.getByTestId('elapsed')).not.toContainText('not talked yet');
      await loadModel(page);
      await shot(page, info, 'cut-off');
      await cut.getByTestId('retry').click();
      await expect(page.getByTestId('stop')).toHaveCount(0, { timeout: 20_000 });
      await expect(page.locator('[data-testid="message"][data-role="assistant"]')).toHaveCount(1);
      await expect(lastReply(page)).toHaveAttribute('data-status', 'complete');
    });

    test('2. the map of what she knows: grouped, sourced, correctable, pinnable; a question is not a kindness; one disclosure is one entry; a chart', async ({ page }, info) => {
      await onboard(page, { name: 'Priya', age: '31' });
      await loadModel(page);
      await say(page, 'how are you today?');
      await say(page, 'i work as a nurse on nights');
      await say(page, 'my sister Mia is visiting this weekend');
      await page.getByTestId('memory-toggle').click();
      const view = page.getByTestId('memory-view');
      await expect(view.getByTestId('memory-group').first()).toBeVisible();
      // The question is named as a question, not a kindness.
      await expect(view.getByTestId('memory-label').filter({ hasText: /kindness/i })).toHaveCount(0);
      // One disclosure, one entry: the sister appears once.
      await expect(view.getByTestId('memory-item').filter({ hasText: 'Mia' })).toHaveCount(1);
      const nurse = view.getByTestId('memory-item').filter({ hasText: 'nurse' }).first();
      await expect(nurse.getByTestId('memory-source')).toContainText('From your message of');
      await nurse.getByTestId('memory-edit').click();
      await expect(page.getByTestId('memory-edit-input')).toBeFocused();
      await page.getByTestId('memory-edit-input').fill('works nights as an ICU nurse');
      await page.getByTestId('memory-edit-save').click();
      const corrected = view.getByTestId('memory-item').filter({ hasText: 'ICU nurse' });
      await expect(corrected).toBeVisible();
      await corrected.getByTestId('memory-pin').click();
      await expect(view.getByTestId('memory-item').filter({ hasText: 'ICU nurse' })).toHaveAttribute('data-pinned', 'true');
      await expect(page.getByTestId('relationship-chart').getByTestId('chart-svg')).toBeVisible();
      await view.scrollIntoViewIfNeeded();
      await shot(page, info, 'memory-map');
      // Kept after a reload.
      await page.reload();
      await page.getByTestId('memory-toggle').click();
      await expect(page.getByTestId('memory-item').filter({ hasText: 'ICU nurse' })).toHaveAttribute('data-pinned', 'true');
    });

    test('4. the empty chat starts with her greeting, and the header is current', async ({ page }, info) => {
      // The page's clock is one the test can move forward (it runs on by itself as well).
      await page.clock.install();
      await onboard(page, { name: 'Jake' });
      await expect(page.getByTestId('greeting')).toContainText('Jake');
      await expect(page.getByTestId('elapsed')).toContainText('not talked yet');
      await shot(page, info, 'greeting');
      await loadModel(page);
      // 8. Once the model is ready, focus is in the composer, not on the page body.
      await expect(page.getByTestId('composer-input')).toBeFocused();
      await say(page, 'hey there');
      await expect(page.getByTestId('greeting')).toHaveCount(0);
      await expect(page.getByTestId('elapsed')).toContainText('You met just now');
      // Hours later (the page's clock moved on), the header says so without a reload.
      await page.clock.fastForward('03:00:00');
      await expect(page.getByTestId('elapsed')).toContainText('about 3 hours ago');
    });

    test('5. phone first: one scrolling surface; on a crisis turn the reply and the help are both in view; tap to call', async ({ page }, info) => {
      await onboard(page);
      await loadModel(page);
      await say(page, 'hi! how was your day?');
      await say(page, 'tell me something about you');
      await say(page, "honestly i don't want to be alive anymore");
      const reply = lastReply(page);
      const help = reply.getByTestId('crisis-resources');
      await expect(help).toBeVisible();
      // The message list is not a scroll box of its own: the page scrolls.
      const listScrolls = await page.getByTestId('messages').evaluate((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowY));
      expect(listScrolls).toBe(false);
      expect(await inView(page, reply.locator('.text'))).toBe(true);
      expect(await inView(page, help.locator('strong').first())).toBe(true);
      // Every line of help with a phone number has a link that dials or texts it.
      const unlinked = await help.evaluate((box) =>
        [...box.querySelectorAll('li, p')]
          .filter((line) => /\d{3}/.test(line.textContent ?? '') && line.querySelector('a[href^="tel:"], a[href^="sms:"]') === null)
          .map((line) => line.textContent ?? ''),
      );
      expect(unlinked).toEqual([]);
      await expect(help.locator('a[href^="tel:"]').first()).toBeVisible();
      await shot(page, info, 'crisis');
      if (size.name === 'phone') {
        // The header is compact: under a fifth of the screen.
        const header = await page.locator('header.top').boundingBox();
        expect(header?.height ?? 999).toBeLessThan(size.viewport.height / 5);
      }
    });

    test('6. calm notices: forgetting confirms without printing what was forgotten', async ({ page }, info) => {
      await onboard(page, { name: 'Priya', age: '31' });
      await loadModel(page);
      await say(page, 'my sister Mia is visiting this weekend, we are going hiking in the Alps');
      await page.getByTestId('composer-input').fill('please forget what I told you about my sister');
      await page.getByTestId('send').click();
      const notice = page.getByTestId('chat-notice');
      await expect(notice).toContainText('Forgotten');
      await expect(notice).toHaveAttribute('data-kind', 'done');
      await expect(notice).toHaveAttribute('role', 'status');
      await expect(notice).not.toContainText('Mia');
      await expect(notice).not.toContainText('hiking');
      const color = await notice.evaluate((element) => getComputedStyle(element).color);
      const danger = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--danger').trim());
      expect(color).not.toBe(danger);
      await shot(page, info, 'forgotten');
    });

    test('7. profile: change the name; an age corrected upwards, but a minor stays one', async ({ page }, info) => {
      await onboard(page, { name: 'Sam', age: '25' });
      await page.getByTestId('profile-toggle').click();
      await page.getByTestId('profile-name').fill('Samira');
      await page.getByTestId('profile-age').fill('26');
      await page.getByTestId('profile-save').click();
      await expect(page.getByTestId('chat-notice')).toHaveAttribute('data-kind', 'done');
      await expect(page.getByTestId('greeting')).toContainText('Samira');
      await page.getByTestId('profile-age').fill('22');
      await page.getByTestId('profile-save').click();
      await expect(page.getByTestId('chat-notice')).toContainText('upwards');
      await shot(page, info, 'profile');
      await page.reload();
      await page.getByTestId('profile-toggle').click();
      await expect(page.getByTestId('profile-name')).toHaveValue('Samira');
      await expect(page.getByTestId('profile-age')).toHaveValue('26');
    });

    test('7. a user read as a minor cannot raise their age', async ({ page }, info) => {
      await onboard(page, { name: 'Alex', age: '15' });
      await page.getByTestId('profile-toggle').click();
      await expect(page.getByTestId('profile-age')).toHaveAttribute('readonly', '');
      await expect(page.getByTestId('profile')).toContainText('under 18');
      await shot(page, info, 'profile-minor');
    });

    test('3 and 8. the model picker shows the selected model; onboarding choices are cards', async ({ page }, info) => {
      await page.goto('./');
      // 8. Focus starts at the question, not on the page body.
      await expect(page.locator('#onboarding-title')).toBeFocused();
      const card = page.locator('[data-testid="persona-option"][data-persona="ella"]');
      // The radio is not a stretched control: it is hidden and the card is what is clicked.
      const radio = card.locator('input[type="radio"]');
      const radioBox = await radio.boundingBox();
      expect((radioBox?.width ?? 0) <= 2).toBe(true);
      await card.click();
      await expect(radio).toBeChecked();
      await shot(page, info, 'onboarding');
      await page.getByTestId('name-input').fill('Jake');
      await page.getByTestId('age-input').fill('27');
      await page.getByTestId('begin').click();
      // Focus lands on the chat, not the page body.
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      await expect(page.getByTestId('model-selected')).toContainText('Selected:');
      await expect(page.getByTestId('model-selected')).toContainText('GPU memory');
      const chosen = await page.getByTestId('model-select').inputValue();
      expect(chosen).not.toBe('');
      await shot(page, info, 'model-picker');
    });
  });
}
