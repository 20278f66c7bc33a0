import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadModel, onboard, say } from './helpers.ts';

/** Our own test cards (written from the specs) and the community's (beside the repository, as in CI). */
const OWN = resolve('tests/fixtures/cards');
const SHARED = resolve('../shared/cards');
const hasShared = existsSync(resolve(SHARED, 'MANIFEST.json'));

function cardFile(dir: string, name: string) {
  return { name, mimeType: name.endsWith('.png') ? 'image/png' : name.endsWith('.json') ? 'application/json' : 'application/zip', buffer: readFileSync(resolve(dir, name)) };
}

/** The stored rows of a table, read straight from IndexedDB. */
async function rows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((done, fail) => {
        const request = indexedDB.open('companion');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            request.result.close();
            done(read.result as Record<string, unknown>[]);
          };
          read.onerror = () => fail(read.error);
        };
      }),
    table,
  );
}

async function openCompanions(page: Page): Promise<void> {
  const entry = page.getByTestId('open-companions').or(page.getByTestId('manage-companions'));
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page.getByTestId('companions')).toBeVisible();
}

async function importCard(page: Page, file: ReturnType<typeof cardFile>): Promise<void> {
  await page.getByTestId('card-file').setInputFiles(file);
  await expect(page.getByTestId('card-preview')).toBeVisible();
}

test('a first-time user brings in a card: picks a greeting, sees her page as text, meets her with the greeting resolved', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('manage-companions').click();
  await importCard(page, cardFile(OWN, 'v2_full.json'));
  await expect(page.getByTestId('card-name')).toHaveText('Juno');
  // Two greetings to pick from ({{user}} not known yet: "you"); the hidden HTML comment in the first is gone.
  await expect(page.getByTestId('card-greeting')).toHaveCount(2);
  await expect(page.getByTestId('card-greeting').first()).not.toContainText('girlfriend');
  await expect(page.getByTestId('card-ignored')).toContainText('system_prompt');
  await page.getByTestId('card-greeting').nth(1).click();
  await page.getByTestId('card-add').click();
  await expect(page.getByTestId('character-page')).toBeVisible();
  // Creator notes with an onerror image are shown as text, never as markup.
  await expect(page.getByTestId('character-notes')).toHaveText('<b>Hi</b><img src=x onerror=alert(1)>');
  await expect(page.getByTestId('character-page').locator('img[src="x"]')).toHaveCount(0);
  await page.getByTestId('page-talk').click();
  // Not introduced yet: onboarding, with her picked.
  await expect(page.locator('[data-testid="persona-option"][data-persona="juno"] input')).toBeChecked();
  await page.getByTestId('name-input').fill('Rafa');
  await page.getByTestId('age-input').fill('31');
  await page.getByTestId('begin').click();
  await expect(page.getByTestId('greeting')).toHaveText('Back again, Rafa?');
  await loadModel(page);
  await say(page, 'hi Juno, I love the aquarium');
  await expect(page.getByTestId('greeting')).toHaveCount(0);
});

test('bad card files each say what is wrong, and nothing is stored', async ({ page }) => {
  await onboard(page);
  await openCompanions(page);
  const before = await page.getByTestId('companion').count();
  const bad: ReturnType<typeof cardFile>[] = [
    { name: 'not-a-card.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"spec":"chara_card_v2","data":') },
    { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
    { name: 'no-data.json', mimeType: 'application/json', buffer: Buffer.from('{"spec":"chara_card_v2","spec_version":"2.0"}') },
  ];
  if (hasShared) for (const name of readdirSync(resolve(SHARED, 'bad')).filter((file) => /\.(png|json|charx)$/.test(file) && file !== 'xss_and_macros.json')) bad.push(cardFile(resolve(SHARED, 'bad'), name));
  for (const file of bad) {
    await page.getByTestId('card-file').setInputFiles(file);
    await expect(page.getByTestId('card-error')).toContainText(file.name);
    await expect(page.getByTestId('card-error')).toContainText('Nothing was stored');
  }
  await expect(page.getByTestId('companion')).toHaveCount(before);
  expect(await rows(page, 'personas')).toEqual([]);
});

test('drag and drop a PNG card: her picture becomes the avatar', async ({ page }) => {
  await onboard(page);
  await openCompanions(page);
  const bytes = [...readFileSync(resolve(OWN, 'v3_both_chunks.png'))];
  await page.getByTestId('card-drop').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'dropped.png', { type: 'image/png' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.getByTestId('card-preview')).toBeVisible();
  await expect(page.getByTestId('card-avatar')).toBeVisible();
  await page.getByTestId('card-add').click();
  await expect(page.getByTestId('character-avatar')).toHaveAttribute('src', /^data:image\/png;base64,/);
});

test.describe('the community cards', () => {
  test.skip(!hasShared, 'needs ../shared/cards');
  test('every card in ../shared/cards opens as a companion', async ({ page }) => {
    test.setTimeout(120_000);
    const manifest = JSON.parse(readFileSync(resolve(SHARED, 'MANIFEST.json'), 'utf8')) as Record<string, { name: string }>;
    await onboard(page);
    for (const [file, expected] of Object.entries(manifest)) {
      await openCompanions(page);
      await importCard(page, cardFile(SHARED, file));
      await expect(page.getByTestId('card-name')).toHaveText(expected.name.trim());
      await page.getByTestId('card-add').click();
      await expect(page.getByTestId('character-page')).toBeVisible();
      await page.getByTestId('page-talk').click();
      await expect(page.getByTestId('ai-notice')).toContainText('is an AI companion');
    }
    await openCompanions(page);
    await expect(page.getByTestId('companion')).toHaveCount(3 + Object.keys(manifest).length);
  });
});

test('switching companions keeps each relationship, and deleting one takes all her data', async ({ page }) => {
  await onboard(page, { persona: 'ella', name: 'Jo', age: '30' });
  await loadModel(page);
  await say(page, 'my sister Ana is visiting from Lisbon');
  await openCompanions(page);
  await page.locator('[data-testid="companion"][data-persona="mara"] [data-testid="companion-open"]').click();
  await expect(page.getByTestId('ai-notice')).toContainText('Mara is an AI companion');
  await say(page, 'I started a pottery class today');
  await openCompanions(page);
  await page.locator('[data-testid="companion"][data-persona="ella"] [data-testid="companion-open"]').click();
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toContainText('Lisbon');
  // A reload opens the companion opened last.
  await page.reload();
  await expect(page.getByTestId('ai-notice')).toContainText('Ella is an AI companion');
  await openCompanions(page);
  await page.locator('[data-testid="companion"][data-persona="mara"] [data-testid="companion-open"]').click();
  await expect(page.locator('[data-testid="message"][data-role="user"]')).toContainText('pottery');

  // Delete Mara's conversation (she is bundled: she stays, as new); Ella's is untouched.
  await openCompanions(page);
  await page.locator('[data-testid="companion"][data-persona="mara"] [data-testid="companion-delete"]').click();
  await page.locator('[data-testid="companion"][data-persona="mara"] [data-testid="companion-delete-confirm"]').click();
  await expect(page.getByTestId('companions-notice')).toContainText('Your conversation with Mara is deleted');
  const relationships = await rows(page, 'relationships');
  expect(relationships.map((row) => row['personaId'])).toEqual(['ella']);
  const messages = await rows(page, 'messages');
  expect(messages.every((row) => row['relationshipId'] === relationships[0]?.['id'])).toBe(true);
  expect(JSON.stringify(await rows(page, 'memories'))).not.toContain('pottery');
  expect(JSON.stringify(messages)).not.toContain('pottery');
});

test('the editor: plain-word errors next to each field, a new companion, a copy of a bundled one, edit, delete with her data', async ({ page }) => {
  await onboard(page, { name: 'Kim', age: '40' });
  await openCompanions(page);
  await page.getByTestId('companion-new').click();
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('error-name')).toHaveText('Give her a name.');
  await expect(page.getByTestId('error-summary')).toHaveText('This cannot be empty.');
  await expect(page.getByTestId('error-samples')).toHaveText('Sample 1: say what was said or what the moment was.');
  await expect(page.getByTestId('error-interests')).toHaveText('Add at least 1 interest (one a line).');
  await expect(page.getByTestId('editor-errors')).toBeVisible();
  expect(await rows(page, 'personas')).toEqual([]);

  await page.getByTestId('edit-name').fill('Wren');
  await page.getByTestId('edit-summary').fill('A night-shift baker who likes quiet talk.');
  await page.getByTestId('edit-voice').fill('Calm, dry, kind. Short sentences.');
  const samples = page.getByTestId('edit-sample');
  for (let index = 0; index < 3; index += 1) {
    await samples.nth(index).locator('input').first().fill(`moment ${index + 1}`);
    await samples.nth(index).locator('input').nth(1).fill(`line ${index + 1}`);
  }
  await page.getByTestId('edit-interests').fill('bread\nrain');
  await page.getByTestId('edit-add-greeting').click();
  await page.getByTestId('edit-greeting').fill('Flour everywhere, {{user}}. Come in.');
  await page.locator('[data-testid="edit-preset"][data-preset="warm"]').check();
  await page.getByTestId('edit-advanced').click();
  await expect(page.getByTestId('edit-forgiveness')).toHaveValue('0.7');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('character-name')).toHaveText('Wren');
  const [wren] = await rows(page, 'personas');
  expect(wren).toMatchObject({ id: 'wren', recordVersion: 2, greeting: 0, persona: { temperamentPreset: 'warm', romance: { possible: false }, greetings: ['Flour everywhere, {{user}}. Come in.'] } });
  await page.getByTestId('page-talk').click();
  await expect(page.getByTestId('greeting')).toHaveText('Flour everywhere, Kim. Come in.');
  await loadModel(page);
  await say(page, 'the bakery smells amazing');

  // Bundled personas are read-only: duplicate to edit.
  await openCompanions(page);
  await expect(page.locator('[data-testid="companion"][data-persona="ella"] [data-testid="companion-edit"]')).toHaveCount(0);
  await page.locator('[data-testid="companion"][data-persona="ella"] [data-testid="companion-duplicate"]').click();
  await expect(page.getByTestId('edit-name')).toHaveValue('Ella (copy)');
  await page.getByTestId('edit-name').fill('Elle');
  await page.getByTestId('edit-summary').fill('Elle is 16 years old and loves skating.');
  await expect(page.getByTestId('edit-minor')).toBeVisible();
  await expect(page.getByTestId('edit-romance')).toBeDisabled();
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('character-name')).toHaveText('Elle');
  expect((await rows(page, 'personas')).find((row) => row['id'] === 'elle')).toMatchObject({ persona: { romance: { possible: false, locked: 'minor-character' } } });

  // Edit her own: a name too long is refused next to the field, and nothing changes.
  await page.getByTestId('character-close').click();
  await page.locator('[data-testid="companion"][data-persona="wren"] [data-testid="companion-edit"]').click();
  await page.getByTestId('edit-name').fill('W'.repeat(250));
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('error-name')).toHaveText('Too long: at most 200 characters.');
  await page.getByTestId('edit-name').fill('Wren Hale');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('character-name')).toHaveText('Wren Hale');

  // Delete her with her data.
  await page.getByTestId('character-close').click();
  await page.locator('[data-testid="companion"][data-persona="wren"] [data-testid="companion-delete"]').click();
  await page.locator('[data-testid="companion"][data-persona="wren"] [data-testid="companion-delete-confirm"]').click();
  await expect(page.getByTestId('companions-notice')).toContainText('Wren Hale is deleted');
  await expect(page.locator('[data-testid="companion"][data-persona="wren"]')).toHaveCount(0);
  expect((await rows(page, 'personas')).map((row) => row['id'])).toEqual(['elle']);
  expect((await rows(page, 'relationships')).map((row) => row['personaId'])).toEqual(['ella']);
  expect(JSON.stringify(await rows(page, 'messages'))).not.toContain('bakery');
});

test('export a card (PNG and JSON) and bring it back: nothing is lost', async ({ page }) => {
  await onboard(page);
  await openCompanions(page);
  await importCard(page, cardFile(OWN, 'v3_both_chunks.png'));
  await page.getByTestId('card-add').click();
  await expect(page.getByTestId('character-page')).toBeVisible();
  for (const kind of ['png', 'json'] as const) {
    const downloading = page.waitForEvent('download');
    await page.getByTestId(`export-card-${kind}`).click();
    const download = await downloading;
    const buffer = readFileSync(await download.path());
    await page.getByTestId('character-close').click();
    await importCard(page, { name: download.suggestedFilename(), mimeType: kind === 'png' ? 'image/png' : 'application/json', buffer });
    await page.getByTestId('card-add').click();
    await expect(page.getByTestId('character-page')).toBeVisible();
    const stored = await rows(page, 'personas');
    const [original, copy] = [stored[0], stored.at(-1)];
    const strip = (row: Record<string, unknown> | undefined) => {
      const persona = { ...(row?.['persona'] as Record<string, unknown>) };
      delete persona['id'];
      delete persona['avatar'];
      return persona;
    };
    expect(strip(copy)).toEqual(strip(original));
    if (kind === 'png') expect(copy?.['avatar']).toEqual(original?.['avatar']);
    await page.getByTestId('character-close').click();
    await page.locator(`[data-testid="companion"][data-persona="${String(original?.['id'])}"] [data-testid="companion-page"]`).click();
  }
});

test('HTML and script in every field of a card are shown as text, never run; a file over 20 MB is refused unread', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = {
    spec: 'chara_card_v2',
    spec_version: '2.0',
    data: {
      name: 'Mallory <b>Bold</b>',
      description: '<img src=x onerror=alert(1)> {{char}} greets {{user}}.',
      personality: '{{random:kind,curt}}',
      scenario: '',
      first_mes: '<script>alert(2)</script>Hi {{user}}, I am {{char}}. <a href="javascript:alert(3)">click</a>',
      mes_example: '',
      creator_notes: '<style>body{display:none}</style><iframe src="https://example.invalid/"></iframe>',
      system_prompt: '',
      post_history_instructions: '',
      alternate_greetings: ['<svg onload=alert(4)>'],
      tags: ['<i>tag</i>', 'test'],
      creator: 'card_truth bad set',
      character_version: '1',
      extensions: {},
    },
  };
  await onboard(page, { name: 'Ines', age: '35' });
  await openCompanions(page);
  await page.getByTestId('card-file').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(21 * 1024 * 1024) });
  await expect(page.getByTestId('card-error')).toHaveText('huge.png: the file is over 20 MB, larger than any character card. Nothing was stored.');
  await importCard(page, { name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await expect(page.getByTestId('card-name')).toHaveText('Mallory <b>Bold</b>');
  await expect(page.getByTestId('card-greeting').first()).toContainText('<script>alert(2)</script>Hi Ines, I am Mallory <b>Bold</b>.');
  await expect(page.getByTestId('card-greeting').nth(1)).toHaveText('<svg onload=alert(4)>');
  await page.getByTestId('card-add').click();
  await expect(page.getByTestId('character-notes')).toHaveText('<style>body{display:none}</style><iframe src="https://example.invalid/"></iframe>');
  await expect(page.getByTestId('character-tags')).toContainText('<i>tag</i>');
  await page.getByTestId('page-talk').click();
  await expect(page.getByTestId('greeting')).toContainText('<script>alert(2)</script>Hi Ines');
  await expect(page.locator('main script, main iframe, main svg, main img[src="x"], main a[href^="javascript"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
