import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { listClaimRowsByDocumentId } from "@/db/queries/claims";
import { databaseVersion } from "@/db/queries/database-version";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimViews } from "./support/claim-views";
import { loadDocument } from "./support/load-document";
import { serializedRead, type SerializedRead } from "./support/serialized-read-cache";

/** Every live claim of a document, in text order (orphaned claims last), as the actor may see them. */
export function listDocumentClaims(actor: SessionActor, documentId: string): ClaimView[] {
  const q = reader();
  const access = loadDocument(q, actor, documentId, "project:read");
  return buildClaimViews(q, listClaimRowsByDocumentId(q, { documentId }), { documentId }, access);
}

/**
 * The same list as JSON, with an ETag of it, for the REST API. What a reader sees of a claim
 * depends on who they are (blind review, their permissions), so the list is kept per reader,
 * and made again once anything is written (serialized-read-cache.ts). Access is checked on
 * every call, kept list or not.
 */
export function listDocumentClaimsSerialized(actor: SessionActor, documentId: string): SerializedRead {
  const q = reader();
  // The version is read before the claims: what is kept is never older than its version says.
  const version = databaseVersion(q);
  const access = loadDocument(q, actor, documentId, "project:read");
  return serializedRead(`document-claims\u0000${documentId}\u0000${actor.userId}`, version, () =>
    buildClaimViews(q, listClaimRowsByDocumentId(q, { documentId }), { documentId }, access),
  );
}
