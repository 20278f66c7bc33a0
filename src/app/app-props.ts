import type { Companion } from './companion.svelte.ts';

/**
 * What the root component reads and what it can ask for: two narrow views
 * of the app, so App.svelte (and every component under it) depends on fields
 * and callbacks, never on the whole app object and its managers.
 */
export type AppView = Pick<
  Companion,
  | 'screen'
  | 'fatalMessage'
  | 'fatalRelationshipId'
  | 'notice'
  | 'noticeKind'
  | 'storageNotice'
  | 'gpu'
  | 'usable'
  | 'personas'
  | 'persona'
  | 'greeting'
  | 'relationship'
  | 'messages'
  | 'hasEarlier'
  | 'streaming'
  | 'sending'
  | 'canSend'
  | 'inspecting'
  | 'breakReminder'
  | 'imported'
  | 'models'
  | 'cached'
  | 'model'
  | 'memories'
  | 'timeline'
  | 'messageActions'
  | 'rewriting'
  | 'persistentStorage'
  | 'importing'
  | 'pendingImport'
  // The managers of the screens other work owns (the PWA's device and voice, the companions' list and library) are read as they are.
  | 'device'
  | 'voice'
  | 'library'
  | 'companions'
>;

/** What the companions screen reads (issue 13's screen, loaded on demand). */
export type CompanionsView = Pick<Companion, 'companions' | 'library' | 'notice' | 'persona' | 'relationship'>;

export type AppActions = Pick<
  Companion,
  | 'begin'
  | 'exportData'
  | 'startOverAfterFatal'
  | 'wipeEverything'
  | 'resetRelationship'
  | 'loadEarlier'
  | 'send'
  | 'stop'
  | 'retry'
  | 'toggleInspector'
  | 'dismissBreakReminder'
  | 'loadModel'
  | 'cancelLoad'
  | 'deleteModel'
  | 'deleteMemory'
  | 'editMemory'
  | 'pinMemory'
  | 'openMemory'
  | 'regenerate'
  | 'chooseVersion'
  | 'editMessage'
  | 'deleteMessage'
  | 'saveProfile'
  | 'prepareImport'
  | 'confirmImport'
  | 'cancelImport'
  | 'say'
  | 'showCompanions'
>;
