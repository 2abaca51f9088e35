import { compareScales, type Rating } from "../ratings";

export type RawEvent = {
  entityType: string;
  action: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type DescribeOptions = {
  /**
   * False where blind review withholds other reviewers' ratings from the reader: the line then
   * says a verdict was given, not which.
   */
  showRatings: boolean;
  /** How the line names the claim: "it" in the claim's own history, `claim “…”` in a project's activity. */
  claim?: string;
  /** How the line names the document, in a project's activity. */
  document?: string;
  /** A person's name by id (an assignee, a member); null when unknown. */
  nameOf?: (userId: string) => string | null;
};

/** The ids of the people events name besides their actors (assignees, members), to look their names up. */
export function peopleNamedIn(events: Pick<RawEvent, "after">[]): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    for (const key of ["assigneeId", "userId"] as const) {
      const id = e.after?.[key];
      if (typeof id === "string") ids.add(id);
    }
  }
  return [...ids];
}

const claimFields: Record<string, string> = {
  claimText: "the wording",
  claimant: "the claimant",
  assigneeId: "the assignee",
  status: "the status",
};

/**
 * One event of the audit log for people to read: a line of a claim's history, or (with the
 * claim and document named) of a project's activity.
 */
export function describeEvent(event: RawEvent, scale: Rating[], options: DescribeOptions): string {
  const who = event.actorName ?? "Someone";
  const label = (key: unknown) => scale.find((r) => r.key === key)?.label ?? String(key);
  const person = (id: unknown) => (typeof id === "string" ? options.nameOf?.(id) : null) ?? "someone";
  const it = options.claim ?? "it";
  const theClaim = options.claim ?? "the claim";
  const onIt = options.claim ? ` on ${options.claim}` : "";
  const forIt = options.claim ? ` for ${options.claim}` : "";
  const theDocument = options.document ? `the document “${options.document}”` : "the document";
  const after = event.after ?? {};
  const before = event.before ?? {};
  switch (`${event.entityType}.${event.action}`) {
    case "claim.created": {
      const annotation = after.annotation as { format?: unknown } | undefined;
      if (typeof after.importedFrom === "string" && annotation) {
        return `${who} imported ${it} from ${annotation.format === "hypothesis" ? "a Hypothesis annotation" : "a Web Annotation"}`;
      }
      return `${who} marked ${theClaim}`;
    }
    case "claim.restored":
      return `${who} restored ${it} from a ClaimDesk export`;
    case "claim.updated":
      return describeClaimChange(who, it, before, after, person, options.showRatings);
    case "claim.reanchored":
      return `A new revision (${String(after.revision)}) left ${it} ${String(after.anchorStatus)}`;
    case "claim.reattached":
      return after.anchorStatus === "orphaned"
        ? `${who} marked ${it} orphaned`
        : `${who} attached ${it} to “${shortQuote(String(after.exact))}”`;
    case "claim.deleted":
      return `${who} deleted ${theClaim}`;
    case "verdict.created":
    case "verdict.updated":
      return options.showRatings
        ? event.action === "created"
          ? `${who} rated ${it} ${label(after.rating)}`
          : `${who} changed their rating${options.claim ? ` of ${options.claim}` : ""} to ${label(after.rating)}`
        : `${who} gave a verdict${onIt}`;
    case "resolution.created":
    case "resolution.updated":
      return options.showRatings ? `${who} resolved ${it} as ${label(after.rating)}` : `${who} resolved ${it}`;
    case "source.created":
      return `${who} added the source ${String(after.url)} to the project`;
    case "source.updated":
      return `${who} edited the source ${String(after.url)}`;
    case "claim-source.created":
      return `${who} cited ${String(after.url)} (${String(after.stance)})${forIt}`;
    case "claim-source.updated":
      return `${who} edited a citation${onIt}`;
    case "claim-source.deleted":
      return `${who} removed the source ${String(before.url)}${options.claim ? ` from ${options.claim}` : ""}`;
    case "comment.created":
      return `${who} commented${onIt}`;
    case "comment.updated":
      return `${who} edited a comment${onIt}`;
    case "comment.deleted":
      return `${who} deleted a comment${onIt}`;
    case "document.created":
      return `${who} added ${theDocument}`;
    case "document.restored":
      return `${who} restored ${theDocument} from a ClaimDesk export`;
    case "document.revised":
      return `${who} saved revision ${String(after.revision)} of ${theDocument}`;
    case "document.annotations-imported":
      return `${who} imported ${String(after.annotations)} annotations into ${theDocument}`;
    case "project.created":
      return `${who} created the project`;
    case "project.restored":
      return `${who} restored the project from a ClaimDesk export`;
    case "project.updated":
      return `${who} ${describeProjectChange(before, after)}`;
    case "member.created":
      return `${who} added ${person(after.userId)} to the project as ${String(after.role)}`;
    case "member.updated":
      return `${who} made ${person(after.userId)} ${String(after.role) === "editor" ? "an editor" : `a ${String(after.role)}`}`;
    default:
      return `${who}: ${event.entityType} ${event.action}`;
  }
}

/** Words quoted in a line of history: the first QUOTED_WORDS characters, and an ellipsis if there were more. */
const QUOTED_WORDS = 80;
function shortQuote(words: string): string {
  const chars = Array.from(words);
  return chars.length <= QUOTED_WORDS
    ? words
    : `${chars
        .slice(0, QUOTED_WORDS - 1)
        .join("")
        .trimEnd()}…`;
}

function describeClaimChange(
  who: string,
  it: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  person: (id: unknown) => string,
  showRatings: boolean,
): string {
  if (after.isFlagged === true) {
    // A verdict that disagrees with the resolution: what it says waits for the reader's own rating.
    return showRatings
      ? `${who}'s verdict disagrees with the resolution: ${it} is flagged for an editor`
      : `${who} gave a verdict`;
  }
  const phrases: string[] = [];
  if ("status" in after) phrases.push(`moved ${it} from ${String(before.status)} to ${String(after.status)}`);
  if ("assigneeId" in after)
    phrases.push(after.assigneeId === null ? `unassigned ${it}` : `assigned ${it} to ${person(after.assigneeId)}`);
  if (after.isFlagged === false) phrases.push("cleared its flag");
  const edited = Object.keys(after).filter(
    (k) => k !== "status" && k !== "assigneeId" && k !== "assignedAt" && k !== "isFlagged",
  );
  if (edited.length > 0)
    phrases.push(`edited ${edited.map((k) => claimFields[k] ?? k).join(", ")}${it === "it" ? "" : ` of ${it}`}`);
  return phrases.length > 0 ? `${who} ${phrases.join(" and ")}` : `${who} edited ${it}`;
}

function describeProjectChange(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const phrases: string[] = [];
  if ("name" in after) phrases.push(`renamed the project to “${String(after.name)}”`);
  if ("organizationName" in after || "organizationUrl" in after)
    phrases.push(
      after.organizationName === null
        ? "cleared the organisation"
        : "organizationName" in after
          ? `set the organisation to “${String(after.organizationName)}”`
          : "changed the organisation's website",
    );
  if ("isBlindReview" in after) phrases.push(`turned blind review ${after.isBlindReview ? "on" : "off"}`);
  if ("ratingScale" in after && Array.isArray(before.ratingScale) && Array.isArray(after.ratingScale)) {
    const change = compareScales(before.ratingScale as Rating[], after.ratingScale as Rating[]);
    const names = (list: Rating[]) => list.map((r) => `“${r.label}”`).join(", ");
    const parts = [
      ...change.renamed.map((r) => `renamed “${r.from}” to “${r.to}”`),
      ...(change.added.length ? [`added ${names(change.added)}`] : []),
      ...(change.retired.length ? [`retired ${names(change.retired)}`] : []),
      ...(change.restored.length ? [`brought back ${names(change.restored)}`] : []),
      ...(change.removed.length ? [`removed ${names(change.removed)}`] : []),
    ];
    if (parts.length === 0 || change.isOtherwiseChanged)
      parts.push("adjusted the ratings' numbers, colours, descriptions or order");
    phrases.push(`changed the rating scale: ${parts.join("; ")}`);
  }
  return phrases.length > 0 ? phrases.join(" and ") : "changed the project's settings";
}
