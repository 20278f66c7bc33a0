/** Character Cards: import (JSON, PNG, CHARX) and export (V3 JSON and PNG). */
export { importCard, sniff, type CardImport, type ImportOptions, type AvatarMime } from './import.ts';
export { exportCardJson, exportCardPng, personaToCard } from './export.ts';
export { CardError, LIMITS, type CardErrorCode } from './errors.ts';
export { CLOSENESS_NOTICE, type CardSpec, type CardContainer } from './map.ts';
