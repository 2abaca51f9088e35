import type { ClaimView, CommentView } from "@/lib/claims/types";
import type { DocumentEventName } from "./use-document-events";

/** The discussion the page holds: the comments of one claim, as last loaded or saved. */
export type HeldDiscussion = { claimId: string | null; comments: CommentView[] };

/**
 * Whether the page already shows the change a live event reports, so that nothing needs to be
 * loaded for it: typically the echo of this page's own write, whose answer was applied first.
 * `claim` is the event's claim as the page holds it. When in doubt the answer is false, and
 * the caller loads the claim again (a wasted read, never a stale page).
 */
export function isKnownChange(
  name: DocumentEventName,
  data: Record<string, unknown>,
  claim: ClaimView | null,
  discussion: HeldDiscussion,
): boolean {
  if (!claim) return false;
  const id = data.id;
  switch (name) {
    case "verdict.created":
    case "verdict.updated":
      return claim.verdicts.some((v) => v.userId === data.userId && v.updatedAt === data.updatedAt);
    case "resolution.created":
    case "resolution.updated":
      return (
        claim.resolution !== null &&
        claim.resolution.version === data.version &&
        claim.resolution.updatedAt === data.updatedAt
      );
    case "source.created":
    case "source.updated":
      return claim.sources.some((s) => s.id === id && s.version === data.version);
    case "source.deleted":
      return !claim.sources.some((s) => s.id === id);
    case "comment.created":
    case "comment.updated":
      return (
        discussion.claimId === claim.id &&
        typeof data.version === "number" &&
        discussion.comments.some((c) => c.id === id && c.version >= (data.version as number))
      );
    case "comment.deleted":
      return discussion.claimId === claim.id && !discussion.comments.some((c) => c.id === id);
    default:
      return false;
  }
}
