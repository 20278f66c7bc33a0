import type { LoreEntry } from '../persona.ts';
import { clipToTokens, estimateTokens } from './tokens.ts';

/**
 * Which lore entries a turn brings in (pure).
 *
 * An enabled entry is triggered when one of its keys appears as a whole word in the scanned
 * text (the recent messages and the new one): case-insensitive unless the entry says otherwise;
 * an empty or blank key never matches. A `selective` entry with secondary keys also needs one of
 * those. `constant` entries come in without a key. When they do not all fit the token budget,
 * constant entries go first, then higher `priority`, then lower `insertionOrder`; an entry too long
 * for the room left is cut to it when that room is still worth it. The chosen ones are returned in
 * insertion order (lower first), the order they take in the prompt.
 */

export interface LoreSelection {
  readonly entries: readonly LoreEntry[];
  readonly tokens: number;
}

const WORD = '\\p{L}\\p{N}_';
/** A cut entry is worth including only with at least this much room. */
const MIN_CLIPPED_TOKENS = 80;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `key` occurs in `text` as a whole word (not inside a longer word). */
export function mentions(text: string, key: string, caseSensitive = false): boolean {
  const trimmed = key.trim();
  if (trimmed.length === 0) return false;
  const pattern = new RegExp(`(?<![${WORD}])${escapeRegExp(trimmed)}(?![${WORD}])`, caseSensitive ? 'u' : 'iu');
  return pattern.test(text);
}

/** The scanned text, once as written and once lower-cased, so most keys are ruled out without a pattern. */
interface Scan {
  readonly text: string;
  readonly lower: string;
}

function found(scan: Scan, key: string, caseSensitive: boolean): boolean {
  const trimmed = key.trim();
  if (trimmed.length === 0) return false;
  // A cheap substring test first; the whole-word pattern only when the key occurs at all.
  if (!(caseSensitive ? scan.text.includes(trimmed) : scan.lower.includes(trimmed.toLowerCase()))) return false;
  return mentions(scan.text, trimmed, caseSensitive);
}

function triggered(entry: LoreEntry, scan: Scan): boolean {
  if (!entry.enabled) return false;
  if (entry.constant) return true;
  if (!entry.keys.some((key) => found(scan, key, entry.caseSensitive))) return false;
  const secondary = entry.secondaryKeys.filter((key) => key.trim().length > 0);
  if (entry.selective && secondary.length > 0) return secondary.some((key) => found(scan, key, entry.caseSensitive));
  return true;
}

/**
 * Select the entries `recent` (oldest first; only the last `scanDepth` are read) calls for,
 * within `budgetTokens` of content.
 */
export function selectLore(
  lore: readonly LoreEntry[],
  recent: readonly string[],
  budgetTokens: number,
  scanDepth = 4,
): LoreSelection {
  if (lore.length === 0 || budgetTokens <= 0) return { entries: [], tokens: 0 };
  const text = recent.slice(-Math.max(1, scanDepth)).join('\n');
  const scan: Scan = { text, lower: text.toLowerCase() };
  const candidates = lore
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.content.trim().length > 0 && triggered(entry, scan));
  candidates.sort(
    (a, b) =>
      Number(b.entry.constant) - Number(a.entry.constant) ||
      (b.entry.priority ?? 0) - (a.entry.priority ?? 0) ||
      a.entry.insertionOrder - b.entry.insertionOrder ||
      a.index - b.index,
  );
  const chosen: { entry: LoreEntry; index: number }[] = [];
  let tokens = 0;
  for (const candidate of candidates) {
    const cost = estimateTokens(candidate.entry.content) + 2;
    const left = budgetTokens - tokens;
    if (cost <= left) {
      chosen.push(candidate);
      tokens += cost;
    } else if (left >= MIN_CLIPPED_TOKENS) {
      // A long entry that alone would not fit comes in cut to the room left, rather than never.
      const content = clipToTokens(candidate.entry.content, left - 2);
      chosen.push({ ...candidate, entry: { ...candidate.entry, content } });
      tokens += estimateTokens(content) + 2;
    }
  }
  chosen.sort((a, b) => a.entry.insertionOrder - b.entry.insertionOrder || a.index - b.index);
  return { entries: chosen.map(({ entry }) => entry), tokens };
}
