import "server-only";
import type { PlacedClaim } from "@/lib/claims/queue";
import type { PlacedClaimRow } from "@/db/queries/claims";
import type { Executor } from "@/db/queries/transaction";
import type { ProjectAccess } from "./authorize-project";
import { buildClaimViews } from "./claim-views";

/**
 * The claim objects of rows from several projects, each as the reader sees it with their access
 * to its project (rows of a project missing from `accesses` are left out), in the rows' order;
 * one set of queries per project.
 */
export function buildPlacedClaims(
  q: Executor,
  rows: PlacedClaimRow[],
  accesses: Map<string, ProjectAccess>,
): PlacedClaim[] {
  const byId = new Map<string, PlacedClaim>();
  for (const [projectId, access] of accesses) {
    const ofProject = rows.filter((r) => r.projectId === projectId);
    if (ofProject.length === 0) continue;
    const claims = ofProject.map((r) => r.claim);
    buildClaimViews(q, claims, { claimIds: claims.map((c) => c.id) }, access).forEach((view, i) => {
      const row = ofProject[i]!;
      byId.set(view.id, {
        ...view,
        documentTitle: row.documentTitle,
        projectId,
        projectName: row.projectName,
      });
    });
  }
  return rows.flatMap((r) => byId.get(r.claim.id) ?? []);
}
