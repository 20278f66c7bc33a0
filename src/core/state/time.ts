/** Time rules: what counts as a session, a day, and how familiarity grows with real time. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A gap longer than this starts a new session. */
export const SESSION_GAP_MS = 45 * MINUTE;

/** Calendar day of an instant (UTC unless an offset is given), e.g. "2026-03-14". */
export function dayKey(at: number, utcOffsetMinutes = 0): string {
  return new Date(at + utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

export interface TimeTogether {
  readonly activeDays: number;
  readonly sessions: number;
  readonly minutesTogether: number;
  readonly daysSinceMet: number;
}

/**
 * Familiarity from time alone: separate days weigh most, then how long they
 * have known each other, then sessions; minutes of talk count a little and
 * saturate. Forty messages in one hour is still "we met today".
 */
export function familiarityFrom(time: TimeTogether): number {
  const exposure =
    0.11 * Math.max(0, time.activeDays - 1) +
    // Calendar time counts only while they keep coming back: each day they talk covers a week of it,
    // so months of silence after two visits do not build closeness.
    0.015 * Math.min(time.daysSinceMet, 90, 7 * Math.max(1, time.activeDays)) +
    0.01 * Math.max(0, time.sessions - 1) +
    0.04 * Math.min(time.minutesTogether / 60, 3);
  return 1 - Math.exp(-exposure);
}

/** Exponential decay factor for an elapsed time and a half-life. */
export function decay(elapsedMs: number, halfLifeMs: number): number {
  return elapsedMs <= 0 ? 1 : Math.pow(0.5, elapsedMs / halfLifeMs);
}

/** "58 minutes", "about 3 hours", "2 days", "3 weeks": how long, in words a prompt can use. */
export function durationInWords(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 2) return 'a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return hours === 1 ? 'about an hour' : `about ${hours} hours`;
  const days = Math.round(ms / DAY);
  if (days < 14) return days === 1 ? 'a day' : `${days} days`;
  const weeks = Math.round(days / 7);
  if (days < 60) return `${weeks} weeks`;
  const months = Math.round(days / 30);
  return months <= 1 ? 'about a month' : `about ${months} months`;
}
