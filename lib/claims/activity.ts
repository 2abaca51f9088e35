/**
 * The kinds a project's activity filters by, each the audit log's entity types it covers, in the
 * order the filter offers them.
 */
export const activityKinds = [
  { kind: "claims", label: "Claims", entityTypes: ["claim"] },
  { kind: "verdicts", label: "Verdicts", entityTypes: ["verdict"] },
  { kind: "resolutions", label: "Resolutions", entityTypes: ["resolution"] },
  { kind: "sources", label: "Sources", entityTypes: ["source", "claim-source"] },
  { kind: "comments", label: "Comments", entityTypes: ["comment"] },
  { kind: "documents", label: "Documents", entityTypes: ["document"] },
  { kind: "project", label: "Project and members", entityTypes: ["project", "member"] },
] as const;
export type ActivityKind = (typeof activityKinds)[number]["kind"];

/** One line of a project's activity. */
export type ActivityEntry = {
  id: number;
  createdAt: string;
  actorId: string | null;
  actorName: string | null;
  kind: ActivityKind | null;
  /** The event in words, as the reader may see it (blind review holds). */
  summary: string;
  documentId: string | null;
  documentTitle: string | null;
  /** The claim it concerns, to link to (null for a deleted claim or an event of no claim). */
  claimId: string | null;
};

export type ProjectActivity = {
  project: { id: string; name: string };
  filter: { person: string | null; documentId: string | null; kind: ActivityKind | null };
  entries: ActivityEntry[];
  /** The `before` of the next (older) page; null on the last page. */
  nextBefore: number | null;
  /** To filter by: the people who have acted in the project, and its documents. */
  people: { id: string; name: string }[];
  documents: { id: string; title: string }[];
};

/** The kind an audit event's entity type belongs to (null for one no kind covers). */
export function activityKindOf(entityType: string): ActivityKind | null {
  return activityKinds.find((k) => (k.entityTypes as readonly string[]).includes(entityType))?.kind ?? null;
}
