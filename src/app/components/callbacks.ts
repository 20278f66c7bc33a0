import type { MemoryItem } from '../ports.ts';

/** What the user can do to one message in the chat; the app decides which are offered. */
export interface MessageCallbacks {
  readonly ontoggle: (id: string) => void;
  readonly onretry: (id: string) => void;
  readonly onregenerate: (id: string) => void;
  readonly onchoose: (id: string, index: number) => void;
  readonly onedit: (id: string, text: string) => void;
  readonly ondelete: (id: string) => void;
}

/** Everything the chat screen can ask the app to do. */
export interface ChatCallbacks extends MessageCallbacks {
  readonly onsend: (text: string) => void;
  /** Open the list of companions. */
  readonly onshowcompanions: () => void;
  readonly onstop: () => void;
  readonly onearlier: () => void;
  readonly ondismissbreak: () => void;
  readonly onloadmodel: (modelId: string) => void;
  readonly oncancelload: () => void;
  readonly ondeletemodel: (modelId: string) => void;
  readonly onopenmemory: () => void;
  readonly ondeletememory: (item: MemoryItem) => void;
  readonly oneditmemory: (item: MemoryItem, text: string) => Promise<boolean>;
  readonly onpinmemory: (item: MemoryItem, pinned: boolean) => void;
  readonly onsaveprofile: (change: { name?: string; age?: number }) => Promise<boolean>;
}
