import "server-only";
import { latestEventIdByDocumentId } from "@/db/queries/events";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { loadDocument } from "./support/load-document";

/** Where a new live stream of the document starts: after its newest change. Checks read access. */
export function startDocumentFeed(actor: SessionActor, documentId: string): number {
  const q = reader();
  loadDocument(q, actor, documentId, "project:read");
  return latestEventIdByDocumentId(q, { documentId });
}
