/**
 * Timestamps as the exports print them. Stored timestamps are ISO 8601 in UTC; one given
 * without a zone is read as UTC (JavaScript would read it as local time, so that a server's
 * time zone would change the export).
 */

const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: string): Date {
  const trimmed = value.trim().replace(" ", "T");
  const iso = DATE_ONLY.test(trimmed) || HAS_ZONE.test(trimmed) ? trimmed : `${trimmed}Z`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO 8601 date: ${value}`);
  return date;
}

/** An xsd:dateTime in UTC with the zone written `Z` (what the Web Annotation model requires). */
export function toUtcDateTime(value: string): string {
  return parse(value).toISOString();
}

/** The UTC calendar date (YYYY-MM-DD) of a timestamp. */
export function toUtcDate(value: string): string {
  return parse(value).toISOString().slice(0, 10);
}

/** The later of two timestamps, as given. */
export function laterOf(a: string, b: string): string {
  return parse(b).getTime() > parse(a).getTime() ? b : a;
}
