import type { IgnoredCardPart } from '../../core/persona.ts';
import { CardError } from './errors.ts';
import type { CardImport } from './import.ts';

/** What an import would store, as plain data: the shape `npm run card -- --json` prints per file. */
export interface CardSummary {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly code?: string;
  readonly persona?: {
    readonly id: string;
    readonly name: string;
    readonly greetings: readonly string[];
    readonly description: string;
    readonly personality: string;
    readonly scenario: string;
    readonly lore: readonly { readonly keys: readonly string[]; readonly content: string; readonly enabled: boolean; readonly constant: boolean; readonly selective: boolean; readonly secondaryKeys: readonly string[]; readonly insertionOrder: number }[];
    readonly tags: readonly string[];
    readonly creator: string;
    readonly creatorNotes: string;
    readonly spec: 'v1' | 'v2' | 'v3';
    readonly variant: string;
    readonly container: string;
    readonly romance: boolean;
    readonly romanceLocked?: string;
    readonly temperamentPreset?: string;
    readonly styleSamples: number;
    readonly avatar?: { readonly mime: string; readonly bytes: number };
    readonly notice?: string;
    readonly ignored: readonly IgnoredCardPart[];
    readonly warnings: readonly string[];
  };
}

export function summarize(file: string, result: CardImport): CardSummary {
  const p = result.persona;
  return {
    file,
    ok: true,
    persona: {
      id: p.id,
      name: p.name,
      greetings: p.greetings,
      description: p.character?.description ?? p.summary,
      personality: p.character?.personality ?? p.voice.description,
      scenario: p.character?.scenario ?? '',
      lore: p.lore.map((entry) => ({ keys: entry.keys, content: entry.content, enabled: entry.enabled, constant: entry.constant, selective: entry.selective, secondaryKeys: entry.secondaryKeys, insertionOrder: entry.insertionOrder })),
      tags: p.source?.tags ?? [],
      creator: p.source?.creator ?? '',
      creatorNotes: p.source?.creatorNotes ?? '',
      spec: result.spec,
      variant: result.variant,
      container: result.container,
      romance: p.romance.possible,
      ...(p.romance.locked ? { romanceLocked: p.romance.locked } : {}),
      ...(p.temperamentPreset ? { temperamentPreset: p.temperamentPreset } : {}),
      styleSamples: p.voice.samples.length,
      ...(result.avatar ? { avatar: { mime: result.avatar.mime, bytes: result.avatar.bytes.length } } : {}),
      ...(result.notice ? { notice: result.notice } : {}),
      ignored: result.ignored,
      warnings: result.warnings,
    },
  };
}

/** A refused file; anything but a CardError is a bug and is rethrown. */
export function summarizeError(file: string, error: unknown): CardSummary {
  if (error instanceof CardError) return { file, ok: false, error: error.message, code: error.code };
  throw error;
}
