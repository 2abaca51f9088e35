import "server-only";
import { randomUUID } from "node:crypto";
import { AppError, notFound } from "@/lib/errors";
import { activeRatings } from "@/lib/ratings";
import { anchorAnnotations } from "@/lib/import/annotations/anchor-annotations";
import { planAnnotation, type ClaimPlan, type ReplyPlan } from "@/lib/import/annotations/plan-annotation";
import { readAnnotationFile } from "@/lib/import/annotations/read-annotation-file";
import type { AnnotationFormat, AnnotationImportResult, AnnotationImportRow } from "@/lib/import/annotations/types";
import { getClaimRowById, insertClaim, listImportedClaimsByDocumentId } from "@/db/queries/claims";
import { insertComment, listImportedCommentsByDocumentId } from "@/db/queries/comments";
import { getRevisionText } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { getClaimSource, getSourceByUrl, insertClaimSource, insertSource } from "@/db/queries/sources";
import { inTransaction, type Tx } from "@/db/queries/transaction";
import { insertVerdict } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { publishDocumentEvent } from "./support/live-events";
import { loadDocument, type DocumentContext } from "./support/load-document";

/** The id ClaimDesk's `webannotation` export gives a claim's annotation (lib/export/urls.ts). */
const OWN_CLAIM_URL = /^https?:\/\/[^?#]*\/api\/v1\/claims\/([^/?#]+)$/;

/** A source cited from an annotation's link: nothing but its URL is known. */
const IMPORTED_SOURCE = { kind: "news-report", stance: "context" } as const;

/**
 * Imports an annotation file into a document (W3C Web Annotations or a Hypothesis export, see
 * lib/import/annotations/): each annotation of the text becomes a claim anchored in the current
 * revision (exact, moved or fuzzy; see anchor-annotations.ts), with, by the importing reviewer,
 * the verdict its rating gives, its linked sources (cited for context), its tags, and as comments
 * its note and whatever else it says. A reply becomes a reply to the comment of the annotation it
 * answers.
 *
 * - A file that does not read is refused whole (422, with the problems by path): nothing is written.
 * - Each claim and reply remembers its annotation (`importedFrom`), so importing the same file
 *   again adds nothing and reports those as `already-imported` (a claim deleted since is not
 *   brought back).
 * - An annotation that cannot be anchored makes no claim and is reported with its reason.
 */
export function importAnnotations(actor: SessionActor, documentId: string, value: unknown): AnnotationImportResult {
  const read = readAnnotationFile(value);
  if (!read.ok) {
    const count = Object.values(read.problems).reduce((n, list) => n + list.length, 0);
    throw new AppError(
      "invalid",
      `The file could not be read as annotations (${count} problem${count === 1 ? "" : "s"}); nothing was imported.`,
      {
        fields: read.problems,
      },
    );
  }
  const result = inTransaction((tx) => {
    const context = loadDocument(tx, actor, documentId, "annotations:import");
    const plans = read.annotations.map((a) => planAnnotation(a, activeRatings(context.project.ratingScale)));
    const inProject = { kind: "project", role: context.role } as const;
    if (plans.some((p) => p.kind === "claim" && p.verdict)) requirePermission(actor, "verdict:give", inProject);
    if (plans.some((p) => p.kind === "claim" && p.links.length > 0)) requirePermission(actor, "source:cite", inProject);
    if (plans.some((p) => (p.kind === "claim" && p.comments.length > 0) || p.kind === "reply"))
      requirePermission(actor, "comment:add", inProject);
    return write(tx, context, read.format, plans);
  });
  if (result.created + result.replies > 0) publishDocumentEvent(documentId, "annotations.imported", documentId);
  return result;
}

/** Where a reply to an annotation goes: its claim, and the comment holding its note (null: none). */
type Thread = { claimId: string; commentId: string | null };

function write(
  tx: Tx,
  context: DocumentContext,
  format: AnnotationFormat,
  plans: (ClaimPlan | ReplyPlan)[],
): AnnotationImportResult {
  const { actor, project, document } = context;
  const text = getRevisionText(tx, { documentId: document.id, number: document.revision });
  if (text === undefined) throw notFound("Document revision");
  const ids = { actorId: actor.userId, projectId: project.id, documentId: document.id };
  const importedClaims = listImportedClaimsByDocumentId(tx, { documentId: document.id });
  const importedComments = listImportedCommentsByDocumentId(tx, { documentId: document.id });
  const claimPlans = plans.filter((p): p is ClaimPlan => p.kind === "claim");
  // ClaimDesk's own export of this very document names its claims by their API URL: those are here already.
  for (const plan of claimPlans) {
    const own = plan.annotation.id?.match(OWN_CLAIM_URL)?.[1];
    const claim = own ? getClaimRowById(tx, { id: decodeURIComponent(own) }) : undefined;
    if (claim && claim.documentId === document.id && !importedClaims.has(plan.annotation.sourceId))
      importedClaims.set(plan.annotation.sourceId, claim);
  }
  const threads = new Map<string, Thread>();
  for (const [sourceId, claim] of importedClaims) {
    if (claim.deletedAt === null)
      threads.set(sourceId, { claimId: claim.id, commentId: importedComments.get(sourceId)?.id ?? null });
  }
  for (const [sourceId, comment] of importedComments)
    if (!threads.has(sourceId)) threads.set(sourceId, { claimId: comment.claimId, commentId: comment.id });

  const rows: AnnotationImportRow[] = new Array(plans.length);
  const totals = { created: 0, notAnchored: 0, skipped: 0, replies: 0 };
  const fresh = claimPlans.filter((p) => !importedClaims.has(p.annotation.sourceId));
  const anchors = anchorAnnotations(
    text,
    fresh.map((p) => p.annotation.selectors),
  );
  const anchorOf = new Map(fresh.map((p, i) => [p, anchors[i]]));

  for (const plan of claimPlans) {
    const { annotation } = plan;
    const base = { index: annotation.index, annotationId: annotation.id, kind: "claim" as const };
    const earlier = importedClaims.get(annotation.sourceId);
    if (earlier) {
      totals.skipped++;
      rows[annotation.index] = {
        ...base,
        claimId: earlier.deletedAt === null ? earlier.id : null,
        anchorStatus: earlier.deletedAt === null ? earlier.anchorStatus : null,
        reason: "already-imported",
        message:
          earlier.deletedAt === null
            ? "Imported before; left as it is."
            : "Imported before, and its claim deleted since; not brought back.",
      };
      continue;
    }
    const anchor = anchorOf.get(plan);
    if (!anchor || "failure" in anchor) {
      totals.notAnchored++;
      rows[annotation.index] = {
        ...base,
        claimId: null,
        anchorStatus: null,
        reason: anchor?.failure ?? "malformed",
        message: anchor?.message ?? "It could not be anchored.",
      };
      continue;
    }
    const claim = insertClaim(tx, {
      id: randomUUID(),
      documentId: document.id,
      revision: document.revision,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      start: anchor.start,
      end: anchor.end,
      anchorStatus: anchor.status,
      anchorScore: anchor.score,
      claimText: anchor.exact,
      claimant: null,
      // A verdict puts a claim in review, as giving one in the workspace does.
      status: plan.verdict ? "in-review" : "open",
      tags: annotation.tags,
      importedFrom: annotation.sourceId,
      createdBy: actor.userId,
    });
    const claimIds = { ...ids, claimId: claim.id };
    insertEvent(tx, {
      ...claimIds,
      entityType: "claim",
      entityId: claim.id,
      action: "created",
      after: { ...claim, annotation: { format, id: annotation.id, creator: annotation.creator } },
    });
    if (plan.verdict) {
      const verdict = insertVerdict(tx, {
        id: randomUUID(),
        claimId: claim.id,
        userId: actor.userId,
        rating: plan.verdict.rating,
        confidence: null,
        rationale: plan.verdict.rationale,
      });
      insertEvent(tx, { ...claimIds, entityType: "verdict", entityId: verdict.id, action: "created", after: verdict });
    }
    for (const url of plan.links) {
      const known = getSourceByUrl(tx, { projectId: project.id, url });
      const source =
        known ??
        insertSource(tx, {
          id: randomUUID(),
          projectId: project.id,
          url,
          title: null,
          publisher: null,
          author: null,
          publishedAt: null,
          accessedAt: null,
          kind: IMPORTED_SOURCE.kind,
          credibility: "undetermined",
          archivedUrl: null,
          createdBy: actor.userId,
        });
      if (!known)
        insertEvent(tx, { ...claimIds, entityType: "source", entityId: source.id, action: "created", after: source });
      if (getClaimSource(tx, { claimId: claim.id, sourceId: source.id })) continue;
      const link = insertClaimSource(tx, {
        id: randomUUID(),
        claimId: claim.id,
        sourceId: source.id,
        stance: IMPORTED_SOURCE.stance,
        excerpt: null,
        createdBy: actor.userId,
      });
      insertEvent(tx, {
        ...claimIds,
        entityType: "claim-source",
        entityId: link.id,
        action: "created",
        after: { ...link, url },
      });
    }
    let noteId: string | null = null;
    plan.comments.forEach((body, i) => {
      // The annotation's own note is what its replies answer.
      const isNote = i === 0 && annotation.note !== null;
      const comment = insertComment(tx, {
        id: randomUUID(),
        claimId: claim.id,
        parentId: null,
        userId: actor.userId,
        body,
        importedFrom: isNote ? annotation.sourceId : null,
      });
      if (isNote) noteId = comment.id;
      insertEvent(tx, { ...claimIds, entityType: "comment", entityId: comment.id, action: "created", after: comment });
    });
    threads.set(annotation.sourceId, { claimId: claim.id, commentId: noteId });
    totals.created++;
    rows[annotation.index] = { ...base, claimId: claim.id, anchorStatus: anchor.status };
  }

  // Replies once their parents are known, whatever the file's order (a search result lists the
  // newest first); a reply to a reply waits for that one.
  let waiting = plans.filter((p): p is ReplyPlan => p.kind === "reply");
  for (let progress = true; waiting.length > 0 && progress;) {
    progress = false;
    const next: ReplyPlan[] = [];
    for (const plan of waiting) {
      const { annotation } = plan;
      const base = { index: annotation.index, annotationId: annotation.id, kind: "reply" as const, anchorStatus: null };
      const earlier = importedComments.get(annotation.sourceId);
      if (earlier) {
        totals.skipped++;
        rows[annotation.index] = {
          ...base,
          claimId: earlier.claimId,
          commentId: earlier.id,
          reason: "already-imported",
          message: "Imported before; left as it is.",
        };
        progress = true;
        continue;
      }
      const parent = threads.get(annotation.replyTo as string);
      if (!parent) {
        next.push(plan);
        continue;
      }
      progress = true;
      if (plan.body === null) {
        totals.notAnchored++;
        rows[annotation.index] = {
          ...base,
          claimId: parent.claimId,
          reason: "malformed",
          message: "The reply has no text.",
        };
        continue;
      }
      const comment = insertComment(tx, {
        id: randomUUID(),
        claimId: parent.claimId,
        parentId: parent.commentId,
        userId: actor.userId,
        body: plan.body,
        importedFrom: annotation.sourceId,
      });
      insertEvent(tx, {
        ...ids,
        claimId: parent.claimId,
        entityType: "comment",
        entityId: comment.id,
        action: "created",
        after: comment,
      });
      threads.set(annotation.sourceId, { claimId: parent.claimId, commentId: comment.id });
      totals.replies++;
      rows[annotation.index] = { ...base, claimId: parent.claimId, commentId: comment.id };
    }
    waiting = next;
  }
  for (const plan of waiting) {
    totals.notAnchored++;
    rows[plan.annotation.index] = {
      index: plan.annotation.index,
      annotationId: plan.annotation.id,
      kind: "reply",
      claimId: null,
      anchorStatus: null,
      reason: "parent-not-imported",
      message: "It replies to an annotation that made no claim here (not in the file, not anchored, or deleted).",
    };
  }

  insertEvent(tx, {
    ...ids,
    entityType: "document",
    entityId: document.id,
    action: "annotations-imported",
    after: { format, annotations: plans.length, ...totals },
  });
  return { format, ...totals, results: rows };
}
