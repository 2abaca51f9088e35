/**
 * UTC calendar days as `YYYY-MM-DD`, the form the stats and the claims explorer's `from`/`to`
 * use. Stored timestamps are ISO 8601 in UTC, so a timestamp's day is its first ten characters
 * and days compare as strings.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of `date`. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
}

/** Every day from `from` to `to`, both included; empty when `from` is after `to`. */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The UTC day of a stored ISO 8601 timestamp. */
export function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}
