const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "5 Jan" (with the year, "5 Jan 2025") for a UTC day `YYYY-MM-DD`. Spelled out by hand rather
 * than through Intl, so that the server's and the browser's renderings cannot differ.
 */
export function dayLabel(day: string, options: { withYear?: boolean } = {}): string {
  const [year, month, date] = day.split("-");
  const base = `${Number(date)} ${months[Number(month) - 1] ?? month}`;
  return options.withYear ? `${base} ${year}` : base;
}
