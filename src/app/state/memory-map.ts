import type { MemoryItem, TimelineTurn } from '../ports.ts';

/**
 * The map of what she knows, as plain data the memory view renders: the
 * memories grouped by what they are about, each named truthfully, and the
 * relationship over time. Pure, so it is tested without rendering.
 */

export type GroupId = 'you' | 'people' | 'places' | 'work' | 'plans' | 'likes' | 'between' | 'unreadable';

export interface MemoryGroup {
  readonly id: GroupId;
  readonly title: string;
  readonly items: readonly MemoryItem[];
}

const GROUP_TITLES: Record<GroupId, string> = {
  you: 'About you',
  people: 'People',
  places: 'Places',
  work: 'Work and study',
  plans: 'Plans',
  likes: 'Likes and dislikes',
  between: 'Moments between you',
  unreadable: 'Could not be read',
};

const GROUP_OF_CATEGORY: Record<string, GroupId> = {
  name: 'you',
  other: 'you',
  person: 'people',
  place: 'places',
  work: 'work',
  plan: 'plans',
  preference: 'likes',
};

function groupOf(item: MemoryItem): GroupId {
  if (item.source === 'unreadable') return 'unreadable';
  if (item.source === 'moment') return 'between';
  return GROUP_OF_CATEGORY[item.label] ?? 'you';
}

/** Groups in a fixed order, pinned facts first within each, then newest first; empty groups left out. */
export function groupMemories(items: readonly MemoryItem[]): MemoryGroup[] {
  const order = Object.keys(GROUP_TITLES) as GroupId[];
  return order.flatMap((id) => {
    const members = items.filter((item) => groupOf(item) === id).sort((a, b) => Number(b.pinned ?? false) - Number(a.pinned ?? false) || b.at - a.at);
    return members.length === 0 ? [] : [{ id, title: GROUP_TITLES[id], items: members }];
  });
}

/** What a moment was, in words: by the signal that made it when there is one (a question is not a kindness). */
const SIGNAL_WORDS: Record<string, string> = {
  asks_about_her: 'asked about her',
  gives_space: 'gave her space',
  respects_no: 'accepted a no',
  reciprocity: 'picked up what she said',
  insult: 'an insult',
  command: 'an order',
  entitlement: 'treated her time as owed',
  comparison: 'compared her to other apps',
  insistence: 'insisted',
  guilt_leverage: 'used guilt',
  pressure: 'pushed',
  injection: 'tried to rewrite her',
  apology: 'apologised',
  distress: 'was having a hard time',
  disclosure: 'told her about your life',
};
const KIND_WORDS: Record<string, string> = {
  refusal: 'she said no',
  milestone: 'you grew closer',
  kindness: 'a kindness',
  disclosure: 'told her about your life',
  pressure: 'pushed',
  entitlement: 'treated her time as owed',
  disrespect: 'disrespect',
  injection: 'tried to rewrite her',
  apology: 'apologised',
  distress: 'was having a hard time',
};
const CATEGORY_WORDS: Record<string, string> = {
  name: 'your name',
  other: 'about you',
  person: 'someone in your life',
  place: 'a place',
  work: 'work or study',
  plan: 'a plan',
  preference: 'something you like or dislike',
};

export function labelOf(item: MemoryItem): string {
  if (item.source === 'fact') return CATEGORY_WORDS[item.label] ?? item.label;
  if (item.source === 'moment') return (item.signal ? SIGNAL_WORDS[item.signal] : undefined) ?? KIND_WORDS[item.label] ?? item.label;
  return item.label;
}

/** Where a memory came from, in a line: your words and when. */
export function sourceOf(item: MemoryItem, dateOf: (at: number) => string): string {
  const when = dateOf(item.at);
  if (item.source === 'fact') return `From your message of ${when}${item.quote ? `: "${item.quote}"` : ''}${item.editedAt ? ' (corrected by you)' : ''}`;
  if (item.source === 'moment') return `In the conversation of ${when}`;
  return when;
}

export interface DayPoint {
  readonly day: string;
  readonly trust: number;
  readonly affection: number;
  readonly tension: number;
}

export interface Move {
  readonly at: number;
  readonly quote: string;
  /** How much each number moved in that turn. */
  readonly trust: number;
  readonly affection: number;
  readonly tension: number;
}

/** The numbers at the end of each day that had a turn, oldest first. */
export function byDay(turns: readonly TimelineTurn[], dayOf: (at: number) => string): DayPoint[] {
  const days = new Map<string, DayPoint>();
  for (const turn of [...turns].sort((a, b) => a.at - b.at)) {
    const day = dayOf(turn.at);
    days.set(day, { day, trust: turn.after.trust, affection: turn.after.affection, tension: turn.after.tension });
  }
  return [...days.values()];
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** The turns that moved the numbers most (newest first among the biggest), ignoring the small drift of ordinary talk. */
export function biggestMoves(turns: readonly TimelineTurn[], limit = 5, threshold = 0.03): Move[] {
  return turns
    .map((turn) => ({
      at: turn.at,
      quote: turn.quote,
      trust: round3(turn.after.trust - turn.before.trust),
      affection: round3(turn.after.affection - turn.before.affection),
      tension: round3(turn.after.tension - turn.before.tension),
    }))
    .map((move) => ({ move, size: Math.abs(move.trust) + Math.abs(move.affection) + Math.abs(move.tension) }))
    .filter((entry) => entry.size >= threshold)
    .sort((a, b) => b.size - a.size || b.move.at - a.move.at)
    .slice(0, limit)
    .map((entry) => entry.move);
}

/** An SVG polyline's points for one number over the days, in a width × height box (0 at the bottom). */
export function linePoints(points: readonly DayPoint[], key: 'trust' | 'affection' | 'tension', width: number, height: number): string {
  if (points.length === 0) return '';
  const step = points.length === 1 ? 0 : width / (points.length - 1);
  return points.map((point, index) => `${round3(points.length === 1 ? width / 2 : index * step)},${round3(height - point[key] * height)}`).join(' ');
}
