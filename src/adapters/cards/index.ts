/**
 * Character Cards: import (JSON, PNG, CHARX) and export (V3 JSON and PNG).
 *
 * For the app: `importCard(bytes, { takenIds })` either throws a `CardError` (show its message;
 * store nothing) or returns the persona, the avatar bytes to store under `persona.avatar.ref`,
 * what was ignored, and a `notice` sentence to show on the import screen. Greetings are shown
 * with `greetingsFor` (src/core/compose/macros.ts); creator notes and tags are shown as text.
 */
export { importCard, sniff, type CardImport, type ImportOptions, type AvatarMime } from './import.ts';
export { exportCardJson, exportCardPng, personaToCard } from './export.ts';
export { CardError, LIMITS, type CardErrorCode } from './errors.ts';
export { CLOSENESS_NOTICE, type CardSpec, type CardContainer } from './map.ts';
export { summarize, summarizeError, type CardSummary } from './summary.ts';
