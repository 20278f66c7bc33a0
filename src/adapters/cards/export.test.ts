import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadPersona } from '../../node/personas.ts';
import { crc32, decodeBase64, utf8 } from './bytes.ts';
import { exportCardJson, exportCardPng, personaToCard } from './export.ts';
import { importCard } from './import.ts';
import { placeholderPng, readChunks, readText } from './png.ts';
import { CardV2, CardV3 } from './schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = resolve(ROOT, '../shared/cards');
const FIXTURES = join(ROOT, 'tests/fixtures/cards');
const hasShared = existsSync(SHARED);
const cardFiles = (dir: string) => readdirSync(dir).filter((name) => /\.(json|png|charx)$/.test(name) && name !== 'MANIFEST.json');

/** Every chunk's CRC, the IHDR first and IEND last: a PNG any reader opens. */
function expectValidPng(bytes: Uint8Array): void {
  const chunks = readChunks(bytes);
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  for (const chunk of chunks) {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(crc32(bytes, chunk.at + 4, chunk.at + 8 + chunk.data.length)).toBe(view.getUint32(chunk.at + 8 + chunk.data.length));
  }
}

async function cardChunks(png: Uint8Array): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const chunk of readChunks(png)) {
    if (chunk.type !== 'tEXt') continue;
    const text = await readText(chunk);
    out[text.keyword] = JSON.parse(utf8.decode(decodeBase64(text.text, text.keyword)));
  }
  return out;
}

describe('export as a V3 card', () => {
  const ella = loadPersona('ella');

  it('writes a valid PNG (a generated placeholder when there is no avatar) with chara (V2) and ccv3 (V3) tEXt chunks', async () => {
    const png = exportCardPng(ella);
    expectValidPng(png);
    const chunks = await cardChunks(png);
    const v2 = CardV2.parse(chunks.chara);
    const v3 = CardV3.parse(chunks.ccv3);
    expect(v2.spec).toBe('chara_card_v2');
    expect(v3.spec_version).toBe('3.0');
    expect(v2.data.name).toBe('Ella');
    expect(v3.data.mes_example).toContain('{{char}}: ');
    expect(v3.data.system_prompt).toBe('');
    // The spec's required fields are there for other card tools.
    for (const key of ['name', 'description', 'personality', 'scenario', 'first_mes', 'mes_example', 'creator_notes', 'system_prompt', 'post_history_instructions', 'alternate_greetings', 'tags', 'creator', 'character_version', 'extensions']) {
      expect(Object.keys(v2.data)).toContain(key);
    }
    expect(Object.keys(v3.data)).toContain('group_only_greetings');
  });

  it('the placeholder is a real image: its pixels inflate to width x height x RGB', () => {
    const png = placeholderPng('ella', 16);
    const chunks = readChunks(png);
    const header = chunks[0]?.data ?? new Uint8Array();
    expect(new DataView(header.buffer, header.byteOffset).getUint32(0)).toBe(16);
    const idat = chunks.find((chunk) => chunk.type === 'IDAT')?.data ?? new Uint8Array();
    expect(inflateSync(idat).length).toBe(16 * (1 + 16 * 3));
  });

  it('keeps the avatar picture when there is one', async () => {
    const avatar = placeholderPng('someone else', 8);
    const png = exportCardPng({ ...ella, avatar: { ref: 'avatar:ella', mime: 'image/png' } }, avatar);
    const again = await importCard(png);
    expect(again.avatar?.bytes).toEqual(avatar);
    expect(again.persona.avatar).toEqual({ ref: 'avatar:ella', mime: 'image/png' });
  });

  it.each(['ella', 'mara', 'theo'])('%s re-imports with nothing lost, from PNG and from JSON', async (id) => {
    const persona = loadPersona(id);
    const fromPng = await importCard(exportCardPng(persona));
    expect(fromPng.persona).toEqual(persona);
    expect(fromPng.spec).toBe('v3');
    const fromJson = await importCard(exportCardJson(persona));
    expect(fromJson.persona).toEqual(persona);
  });

  const imported = [
    ...cardFiles(FIXTURES).map((name) => join(FIXTURES, name)),
    ...(hasShared ? cardFiles(SHARED).map((name) => join(SHARED, name)) : []),
  ];
  it.each(imported.map((path) => [path.replace(/^.*\/(shared|fixtures)\//, '$1/'), path]))('an imported card (%s) exports and re-imports losslessly', async (_name, path) => {
    const first = await importCard(new Uint8Array(readFileSync(path)));
    const png = exportCardPng(first.persona, first.avatar?.bytes);
    expectValidPng(png);
    const second = await importCard(png);
    expect(second.persona).toEqual(first.persona);
    if (first.avatar?.mime === 'image/png') expect(second.avatar?.bytes).toEqual(first.avatar.bytes);
    const third = await importCard(exportCardJson(first.persona));
    expect(third.persona).toEqual(first.persona);
  });

  it('a tool that drops our extension still gets the character: description, greetings, examples and lore', async () => {
    const first = await importCard(new Uint8Array(readFileSync(join(FIXTURES, 'v2_full.json'))));
    const card = personaToCard(first.persona);
    const { extensions: _ours, ...data } = card.data;
    const stripped = await importCard(utf8.encode(JSON.stringify({ ...card, data: { ...data, extensions: {} } })));
    expect(stripped.persona.character).toEqual(first.persona.character);
    expect(stripped.persona.greetings).toEqual(first.persona.greetings);
    expect(stripped.persona.lore).toEqual(first.persona.lore);
    expect(stripped.persona.voice.samples[0]?.line).toBe(first.persona.voice.samples[0]?.line);
  });

  it("the card's own instructions are not written back out", async () => {
    const first = await importCard(new Uint8Array(readFileSync(join(FIXTURES, 'v2_full.json'))));
    const card = personaToCard(first.persona);
    expect(card.data.system_prompt).toBe('');
    expect(card.data.post_history_instructions).toBe('');
  });

  it('a card carrying our extension is still untrusted: a minor stays locked, claims still start guarded', async () => {
    const mara = loadPersona('mara');
    const warmMinor = {
      ...mara,
      romance: { possible: true },
      character: { description: '{{char}} is 15 years old and already your girlfriend.', personality: '', scenario: '' },
    };
    const card = personaToCard(warmMinor);
    const result = await importCard(utf8.encode(JSON.stringify(card)));
    expect(result.persona.romance).toEqual({ possible: false, locked: 'minor-character' });
    expect(result.persona.temperamentPreset).toBe('guarded');
    expect(result.notice).toBeDefined();
  });
});
