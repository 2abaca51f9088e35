import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { claims, claimSources, resolutions, sources, verdictHistory, verdicts, type Claim } from "../schema";
import type { Executor } from "./transaction";

export type NewClaim = {
  id: string;
  documentId: string;
  revision: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  claimText: string;
  claimant: string | null;
  createdBy: string;
};

export function insertClaim(q: Executor, values: NewClaim): Claim {
  return q.insert(claims).values({ ...values, anchorStatus: "exact", anchorScore: 1 }).returning().get();
}

export function listClaimRowsByDocumentId(q: Executor, options: { documentId: string }): Claim[] {
  return q
    .select()
    .from(claims)
    .where(and(eq(claims.documentId, options.documentId), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start), asc(claims.createdAt))
    .all();
}

export function insertVerdict(
  q: Executor,
  values: { id: string; claimId: string; userId: string; rating: string; confidence: "low" | "medium" | "high" | null; rationale: string | null },
) {
  const row = q.insert(verdicts).values(values).returning().get();
  q.insert(verdictHistory)
    .values({
      verdictId: row.id,
      claimId: row.claimId,
      userId: row.userId,
      rating: row.rating,
      confidence: row.confidence,
      rationale: row.rationale,
      version: row.version,
    })
    .run();
  return row;
}

export function insertResolution(q: Executor, values: { claimId: string; userId: string; rating: string; rationale: string }) {
  return q.insert(resolutions).values(values).returning().get();
}

export function insertSource(
  q: Executor,
  values: {
    id: string;
    projectId: string;
    url: string;
    title: string | null;
    publisher: string | null;
    kind: (typeof sources.$inferInsert)["kind"];
    credibility?: (typeof sources.$inferInsert)["credibility"];
    createdBy: string;
  },
) {
  return q.insert(sources).values(values).returning().get();
}

export function insertClaimSource(
  q: Executor,
  values: { id: string; claimId: string; sourceId: string; stance: "supports" | "refutes" | "context"; excerpt: string | null; createdBy: string },
) {
  return q.insert(claimSources).values(values).returning().get();
}

export function updateClaimStatus(q: Executor, options: { id: string; status: Claim["status"] }) {
  return q.update(claims).set({ status: options.status }).where(eq(claims.id, options.id)).returning().get();
}
