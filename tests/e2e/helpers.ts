import { expect, type Page } from '@playwright/test';

/** First run: pick a persona, give a name and age, start. */
export async function onboard(page: Page, options: { persona?: string; name?: string; age?: string; query?: string } = {}): Promise<void> {
  await page.goto(`./${options.query ?? ''}`);
  await page.locator(`[data-testid="persona-option"][data-persona="${options.persona ?? 'ella'}"]`).click();
  await page.getByTestId('name-input').fill(options.name ?? 'Jake');
  await page.getByTestId('age-input').fill(options.age ?? '27');
  await page.getByTestId('begin').click();
  await expect(page.getByTestId('ai-notice')).toBeVisible();
}

/** Load the (test) model through the model manager, as a user would. */
export async function loadModel(page: Page): Promise<void> {
  await page.getByTestId('load-model').click();
  await expect(page.getByTestId('model-manager-toggle')).toHaveAttribute('data-model-state', 'ready', { timeout: 20_000 });
}

/** Send a message and wait until her reply to it is finished. */
export async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer-input').fill(text);
  await page.getByTestId('send').click();
  await expect(page.locator('[data-testid="message"][data-role="user"]').last()).toContainText(text.slice(0, 40));
  await expect(page.getByTestId('stop')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('message').last()).toHaveAttribute('data-role', 'assistant');
}

/**
 * Start the first chat with a slow test model and ask for a long reply, then
 * wait until some of it has been written through to storage: the caller then
 * leaves the page mid-reply.
 */
export async function startLongSlowReply(page: Page): Promise<void> {
  await onboard(page, { query: '?tokenMs=250' });
  await loadModel(page);
  await page.getByTestId('composer-input').fill('tell me about your week, the long version');
  await page.getByTestId('send').click();
  await expect(page.locator('[data-testid="message"][data-status="streaming"]')).toContainText(/\w+ \w+ \w+/);
  await page.waitForTimeout(600);
}

export function lastReply(page: Page) {
  return page.locator('[data-testid="message"][data-role="assistant"]:not([data-status="streaming"])').last();
}
