import type { Rating } from "../ratings";

export type RawEvent = {
  entityType: string;
  action: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * One line of a claim's history for people to read. `showRatings` is false where blind review
 * withholds other reviewers' ratings from the reader: the line then says a verdict was given,
 * not which.
 */
export function describeEvent(event: RawEvent, scale: Rating[], options: { showRatings: boolean }): string {
  const who = event.actorName ?? "Someone";
  const label = (key: unknown) => scale.find((r) => r.key === key)?.label ?? String(key);
  const after = event.after ?? {};
  const before = event.before ?? {};
  switch (`${event.entityType}.${event.action}`) {
    case "claim.created": {
      const annotation = after.annotation as { format?: unknown } | undefined;
      if (typeof after.importedFrom === "string" && annotation) {
        return `${who} imported it from ${annotation.format === "hypothesis" ? "a Hypothesis annotation" : "a Web Annotation"}`;
      }
      return `${who} marked the claim`;
    }
    case "claim.restored":
      return `${who} restored it from a ClaimDesk export`;
    case "claim.updated": {
      const changed = Object.keys(after);
      if (changed.length === 1 && changed[0] === "status")
        return `${who} moved it from ${String(before.status)} to ${String(after.status)}`;
      return `${who} edited ${changed.map((k) => ({ claimText: "the wording", claimant: "the claimant", assigneeId: "the assignee", status: "the status" })[k] ?? k).join(", ")}`;
    }
    case "claim.reanchored":
      return `A new revision (${String(after.revision)}) left it ${String(after.anchorStatus)}`;
    case "claim.deleted":
      return `${who} deleted the claim`;
    case "verdict.created":
    case "verdict.updated":
      return options.showRatings
        ? `${who} ${event.action === "created" ? "rated it" : "changed their rating to"} ${label(after.rating)}`
        : `${who} gave a verdict`;
    case "resolution.created":
    case "resolution.updated":
      return options.showRatings ? `${who} resolved it as ${label(after.rating)}` : `${who} resolved it`;
    case "source.created":
      return `${who} added the source ${String(after.url)} to the project`;
    case "source.updated":
      return `${who} edited the source ${String(after.url)}`;
    case "claim-source.created":
      return `${who} cited ${String(after.url)} (${String(after.stance)})`;
    case "claim-source.updated":
      return `${who} edited a citation`;
    case "claim-source.deleted":
      return `${who} removed the source ${String(before.url)}`;
    case "comment.created":
      return `${who} commented`;
    case "comment.updated":
      return `${who} edited a comment`;
    case "comment.deleted":
      return `${who} deleted a comment`;
    default:
      return `${who}: ${event.entityType} ${event.action}`;
  }
}
