import type { LoreEntry, Persona } from '../../core/persona.ts';
import { encodeBase64, utf8 } from './bytes.ts';
import { COMPANION_EXTENSION } from './map.ts';
import { isPng, placeholderPng, withTextChunks } from './png.ts';

/**
 * A persona as a Character Card V3 that other card tools open (name, description, greetings,
 * examples, lorebook in the spec's fields) and that this app re-imports losslessly (the persona
 * whole under `extensions.companion`). The card's own instructions are never written back out:
 * `system_prompt` and `post_history_instructions` are empty.
 */

export interface CardV3Out {
  readonly spec: 'chara_card_v3';
  readonly spec_version: '3.0';
  readonly data: Record<string, unknown>;
}

function bookEntry(entry: LoreEntry, id: number): Record<string, unknown> {
  return {
    keys: entry.keys,
    content: entry.content,
    extensions: {},
    enabled: entry.enabled,
    insertion_order: entry.insertionOrder,
    case_sensitive: entry.caseSensitive,
    use_regex: false,
    constant: entry.constant,
    selective: entry.selective,
    secondary_keys: entry.secondaryKeys,
    id,
    ...(entry.name !== undefined ? { name: entry.name } : {}),
    ...(entry.comment !== undefined ? { comment: entry.comment } : {}),
    ...(entry.priority !== undefined ? { priority: entry.priority } : {}),
  };
}

function examples(persona: Persona): string {
  return persona.voice.samples.map((sample) => `<START>\n{{user}}: (${sample.context})\n{{char}}: ${sample.line}`).join('\n');
}

/** The persona as a V3 card object. */
export function personaToCard(persona: Persona): CardV3Out {
  const character = persona.character;
  const description = character?.description || [persona.summary, persona.voice.description].join('\n\n');
  const personality = character?.personality || [persona.voice.style.join('; '), `Likes: ${persona.interests.join(', ')}.`].join('\n');
  const [first, ...alternates] = persona.greetings;
  return {
    spec: 'chara_card_v3',
    spec_version: '3.0',
    data: {
      name: persona.name,
      description,
      personality,
      scenario: character?.scenario ?? '',
      first_mes: first ?? '',
      mes_example: examples(persona),
      creator_notes: persona.source?.creatorNotes ?? '',
      system_prompt: '',
      post_history_instructions: '',
      alternate_greetings: alternates,
      tags: persona.source?.tags ?? [],
      creator: persona.source?.creator ?? '',
      character_version: persona.source?.characterVersion ?? '',
      group_only_greetings: [],
      ...(character?.nickname ? { nickname: character.nickname } : {}),
      ...(persona.lore.length > 0 ? { character_book: { name: `${persona.name}'s world`, extensions: {}, entries: persona.lore.map(bookEntry) } } : {}),
      assets: [{ type: 'icon', uri: 'ccdefault:', name: 'main', ext: 'png' }],
      extensions: { [COMPANION_EXTENSION]: { format: 'companion-persona', version: 1, persona } },
    },
  };
}

/** The same card in V2 form, for the PNG `chara` chunk read by V2-only tools. */
export function toV2(card: CardV3Out): Record<string, unknown> {
  const { group_only_greetings: _group, assets: _assets, nickname: _nickname, ...data } = card.data;
  return { spec: 'chara_card_v2', spec_version: '2.0', data };
}

/** The card as a JSON file (UTF-8). */
export function exportCardJson(persona: Persona): Uint8Array {
  return utf8.encode(`${JSON.stringify(personaToCard(persona), null, 2)}\n`);
}

/**
 * The card as a PNG: the avatar if it is a PNG (else a generated placeholder), with a `chara`
 * chunk (V2, base64 JSON) and a `ccv3` chunk (V3), both tEXt.
 */
export function exportCardPng(persona: Persona, avatar?: Uint8Array): Uint8Array {
  const image = avatar && isPng(avatar) ? avatar : placeholderPng(persona.id);
  const card = personaToCard(persona);
  const encode = (value: unknown) => encodeBase64(utf8.encode(JSON.stringify(value)));
  return withTextChunks(image, [
    { keyword: 'chara', value: encode(toV2(card)) },
    { keyword: 'ccv3', value: encode(card) },
  ]);
}
