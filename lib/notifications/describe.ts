import type { NotificationKind } from "./types";

const QUOTE_LENGTH = 80;

/** The start of a claim's quote, for a one-line notice: whole words up to a limit, with an ellipsis when cut. */
export function quoteSnippet(exact: string, max = QUOTE_LENGTH): string {
  const text = exact.replace(/\s+/g, " ").trim();
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max).join("");
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}

/**
 * A notice in words. `ratingLabel` is the resolution's rating only when the reader may see
 * others' ratings of the claim (`verdicts:see-others`); null says only that it was resolved.
 */
export function describeNotification(notice: {
  kind: NotificationKind;
  actorName: string | null;
  quote: string | null;
  ratingLabel: string | null;
}): string {
  const who = notice.actorName ?? "Someone";
  const claim = notice.quote === null ? "a claim that was deleted since" : `the claim “${notice.quote}”`;
  switch (notice.kind) {
    case "mention":
      return `${who} mentioned you in a comment on ${claim}`;
    case "assignment":
      return `${who} assigned you ${claim}`;
    case "reply":
      return `${who} replied to your comment on ${claim}`;
    case "resolution":
      return notice.ratingLabel === null
        ? `${who} resolved ${claim}`
        : `${who} resolved ${claim} as ${notice.ratingLabel}`;
  }
}

/** Where a notice opens: the claim in its document's page, as My queue links it, or the document. */
export function notificationHref(documentId: string | null, claimId: string | null): string {
  if (documentId === null) return "/notifications";
  return claimId === null ? `/documents/${documentId}` : `/documents/${documentId}#claim-${claimId}`;
}
