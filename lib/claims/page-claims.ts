import type { PackedRecords } from "./packed-records";
import type { ClaimView } from "./types";

/**
 * The document page's claims, packed by column, with the revision they are anchored to and the
 * audit event they include (the live stream starts after it), read in one snapshot. For
 * thousands of claims they cost far more to make and to send than the rest of the page: they
 * are not in it. The workspace fetches them as soon as it is hydrated, so that the server makes
 * them while the browser draws the text. (Fetched from the page's head, a preload, they held up
 * the end of the page itself, which the server was still sending.)
 */
export type PageClaims = {
  revision: number;
  eventsAfter: number;
  claims: PackedRecords<ClaimView>;
};

/** Where the document page's claims are read (app/documents/[id]/claims/route.ts). */
export function pageClaimsPath(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}/claims`;
}
