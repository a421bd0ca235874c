// Calendar dates as the policy file writes them (YYYY-MM-DD, UTC) and the day arithmetic rules need.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds at 00:00 UTC of a real YYYY-MM-DD date, or null when malformed or not a calendar date. */
export function parseCalendarDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms;
}

/** True once `now` is past the end (23:59:59.999 UTC) of the given YYYY-MM-DD day. */
export function isPastEndOfDay(date: string, now: Date): boolean {
  const start = parseCalendarDate(date);
  if (start === null) return true;
  return now.getTime() >= start + DAY_MS;
}

/** Milliseconds of an ISO timestamp from Graph, or null when absent or unparseable. */
export function parseTimestamp(text: string | null): number | null {
  if (text === null || text === '') return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** YYYY-MM-DD of a timestamp, in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `fromMs` to `toMs`, rounded down; negative when `toMs` is earlier. */
export function wholeDays(fromMs: number, toMs: number): number {
  return Math.floor((toMs - fromMs) / DAY_MS);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
