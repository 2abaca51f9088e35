import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { getClaimRowById } from "@/db/queries/claims";
import { getCommentById } from "@/db/queries/comments";
import { listEventsByDocumentIdAfter } from "@/db/queries/events";
import { reader as dbReader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimView } from "./support/claim-views";
import { commentView } from "./support/load-comment";
import { loadDocument } from "./support/load-document";

/** One Server-Sent Event: `id` is the audit event's id, for resuming with Last-Event-ID. */
export type FeedItem = { id: number; event: string; data: unknown };

/**
 * The changes to a document's claims after event `afterId`, each as its entity reads for this
 * reader (re-checked on every call, so a reader removed from the project stops receiving).
 * Under blind review a reviewer gets no event for another reviewer's verdict until they have
 * given their own, so nothing about it reaches an open page live; the claim's history still
 * says that a verdict was given, without its rating (lib/claims/history.ts).
 */
export function readDocumentFeed(actor: SessionActor, documentId: string, afterId: number): FeedItem[] {
  const q = dbReader();
  const access = loadDocument(q, actor, documentId, "project:read");
  const rows = listEventsByDocumentIdAfter(q, { documentId, afterId, limit: 200 });
  const items: FeedItem[] = [];
  const claimCache = new Map<string, ClaimView | null>();
  const claimView = (claimId: string): ClaimView | null => {
    if (!claimCache.has(claimId)) {
      const row = getClaimRowById(q, { id: claimId });
      claimCache.set(claimId, row ? buildClaimView(q, row, access) : null);
    }
    return claimCache.get(claimId) ?? null;
  };

  for (const row of rows) {
    const claimId = row.claimId;
    const after = row.after ?? {};
    const push = (event: string, data: unknown) => items.push({ id: row.id, event, data });
    switch (row.entityType) {
      case "document":
        if (row.action === "revised")
          push("document.revised", { id: documentId, revision: after.revision, savedBy: row.actorId });
        break;
      case "claim": {
        if (!claimId) break;
        if (row.action === "deleted") {
          push("claim.deleted", { id: claimId });
          break;
        }
        const view = claimView(claimId);
        if (view) push(row.action === "created" ? "claim.created" : "claim.updated", view);
        break;
      }
      case "verdict": {
        const view = claimId ? claimView(claimId) : null;
        const verdict = view?.verdicts.find((v) => v.userId === after.userId);
        if (view && verdict) push(`verdict.${row.action}`, { ...verdict, claimId: view.id });
        break;
      }
      case "resolution": {
        const view = claimId ? claimView(claimId) : null;
        if (view?.resolution) push(`resolution.${row.action}`, { ...view.resolution, claimId: view.id });
        break;
      }
      case "claim-source": {
        const view = claimId ? claimView(claimId) : null;
        if (!view) break;
        if (row.action === "deleted") push("source.deleted", { id: row.entityId, claimId: view.id });
        else {
          const source = view.sources.find((s) => s.id === row.entityId);
          if (source) push(`source.${row.action}`, { ...source, claimId: view.id });
        }
        break;
      }
      case "comment": {
        if (!claimId) break;
        if (row.action === "deleted") {
          push("comment.deleted", { id: row.entityId, claimId });
          break;
        }
        if (getCommentById(q, { id: row.entityId }))
          push(`comment.${row.action}`, commentView(q, access, row.entityId));
        break;
      }
      default:
        break;
    }
  }
  // Events this reader may not see still move the stream on, so resuming never re-reads them.
  const last = rows[rows.length - 1];
  if (last && (items.length === 0 || items[items.length - 1]?.id !== last.id))
    items.push({ id: last.id, event: "", data: null });
  return items;
}
