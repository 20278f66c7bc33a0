/** Table names, for errors that say where a bad row lives. */
export const TABLES = ['settings', 'personas', 'relationships', 'messages', 'moments', 'memories'] as const;
export type TableName = (typeof TABLES)[number];
