import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { assignClaimsSchema } from "@/lib/validation/claims";
import { addProjectMember } from "./add-project-member";
import { assignClaims } from "./assign-claims";
import { countMyQueue } from "./count-my-queue";
import { createDocument } from "./create-document";
import { createProject } from "./create-project";
import { deleteClaim } from "./delete-claim";
import { editClaim } from "./edit-claim";
import { getClaim } from "./get-claim";
import { getClaimHistory } from "./get-claim-history";
import { getMyQueue } from "./get-my-queue";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT =
  "The minister said the treaty binds neither side to defend the other. Officials added there is no definitive evidence of missile transfers. Moscow said the pact is not directed against third countries.";
const QUOTES = [
  "binds neither side to defend the other",
  "no definitive evidence of missile transfers",
  "not directed against third countries",
];
const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

function assignedEvents(claimId: string) {
  return getHandle()
    .sqlite.prepare("select after from events where claim_id = ? and entity_type = 'claim' and action = 'updated'")
    .all(claimId)
    .map((r) => JSON.parse((r as { after: string }).after) as Record<string, unknown>);
}

describe("assigning claims", () => {
  it("an editor assigns one claim from its panel: the assignee and when are kept, and the history says to whom", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote(QUOTES[0]!));
    const assigned = editClaim(d.editor, claim.id, { assigneeId: d.bob.userId }, claim.version);
    expect(assigned.assigneeId).toBe(d.bob.userId);
    expect(Date.parse(assigned.assignedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(getClaimHistory(d.alice, claim.id)[0]?.summary).toBe("Edith assigned it to Bob");
    const unassigned = editClaim(d.editor, claim.id, { assigneeId: null }, assigned.version);
    expect(unassigned).toMatchObject({ assigneeId: null, assignedAt: null });
    expect(getClaimHistory(d.alice, claim.id)[0]?.summary).toBe("Edith unassigned it");
  });

  it("is for editors: a reviewer may not assign, not even themself; a viewer cannot be given a claim", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote(QUOTES[0]!));
    for (const assigneeId of [d.alice.userId, d.bob.userId]) {
      const refused = await rejection(() => editClaim(d.alice, claim.id, { assigneeId }, claim.version));
      expect(refused.code).toBe("forbidden");
    }
    const viewer = await rejection(() => editClaim(d.editor, claim.id, { assigneeId: d.viewer.userId }, claim.version));
    expect(viewer.code).toBe("invalid");
    expect(viewer.fields?.assigneeId).toEqual(["cannot give verdicts in this project"]);
    expect(getClaim(d.editor, claim.id).assigneeId).toBeNull();
  });

  it("an editor assigns several claims at once, each with its audit event; those already the assignee's are left", async () => {
    const d = await desk(TEXT);
    const [one, two, three] = QUOTES.map((q) => mark(d.alice, d.documentId, quote(q)));
    editClaim(d.editor, one!.id, { assigneeId: d.bob.userId }, one!.version);
    const result = assignClaims(
      d.editor,
      d.projectId,
      assignClaimsSchema.parse({ claimIds: [one!.id, two!.id, three!.id, two!.id], assigneeId: d.bob.userId }),
    );
    expect(result).toEqual({ assigned: [two!.id, three!.id], unchanged: [one!.id] });
    for (const claim of [two!, three!]) {
      expect(getClaim(d.bob, claim.id)).toMatchObject({ assigneeId: d.bob.userId, version: claim.version + 1 });
      expect(assignedEvents(claim.id)).toEqual([{ assigneeId: d.bob.userId, assignedAt: expect.any(String) }]);
    }
    const cleared = assignClaims(d.editor, d.projectId, { claimIds: [one!.id, two!.id], assigneeId: null });
    expect(cleared.assigned).toHaveLength(2);
    expect(getClaim(d.bob, one!.id).assigneeId).toBeNull();
  });

  it("refuses in bulk as one: a reviewer, a claim of another project, a non-member assignee", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote(QUOTES[0]!));
    const other = createProject(d.editor, { name: "Other desk" });
    const otherDoc = createDocument(d.editor, other.id, { title: "Elsewhere", text: TEXT, ...docFields });
    const elsewhere = mark(d.editor, otherDoc.id, quote(QUOTES[1]!));

    const input = (claimIds: string[], assigneeId: string | null) => ({ claimIds, assigneeId });
    expect((await rejection(() => assignClaims(d.alice, d.projectId, input([claim.id], d.bob.userId)))).code).toBe(
      "forbidden",
    );
    expect((await rejection(() => assignClaims(d.outsider, d.projectId, input([claim.id], d.bob.userId)))).code).toBe(
      "not-found",
    );
    const mixed = await rejection(() =>
      assignClaims(d.editor, d.projectId, input([claim.id, elsewhere.id], d.bob.userId)),
    );
    expect(mixed.code).toBe("not-found");
    const stranger = await rejection(() => assignClaims(d.editor, d.projectId, input([claim.id], d.outsider.userId)));
    expect(stranger.code).toBe("invalid");
    expect(getClaim(d.editor, claim.id).assigneeId).toBeNull();
    expect(assignClaimsSchema.safeParse({ claimIds: [], assigneeId: null }).success).toBe(false);
  });
});

describe("my queue", () => {
  it("lists a reviewer's open assignments across projects, longest assigned first, each placed in its document", async () => {
    const d = await desk(TEXT);
    const [one, two, three] = QUOTES.map((q) => mark(d.alice, d.documentId, quote(q)));
    const other = createProject(d.editor, { name: "Other desk" });
    addProjectMember(d.editor, other.id, { userId: d.bob.userId, role: "reviewer" });
    const otherDoc = createDocument(d.editor, other.id, { title: "Elsewhere", text: TEXT, ...docFields });
    const elsewhere = mark(d.editor, otherDoc.id, quote(QUOTES[1]!));

    assignClaims(d.editor, d.projectId, { claimIds: [two!.id], assigneeId: d.bob.userId });
    assignClaims(d.editor, other.id, { claimIds: [elsewhere.id], assigneeId: d.bob.userId });
    assignClaims(d.editor, d.projectId, { claimIds: [one!.id, three!.id], assigneeId: d.bob.userId });
    // Assigned on different days, so that the order does not rest on milliseconds.
    const assignedOn = getHandle().sqlite.prepare("update claims set assigned_at = ? where id = ?");
    assignedOn.run("2025-01-01T09:00:00.000Z", two!.id);
    assignedOn.run("2025-01-02T09:00:00.000Z", elsewhere.id);
    for (const claim of [one!, three!]) assignedOn.run("2025-01-03T09:00:00.000Z", claim.id);

    const queue = getMyQueue(d.bob);
    expect(queue.assignments.map((c) => c.id)).toEqual([two!.id, elsewhere.id, ...[one!.id, three!.id].sort()]);
    expect(queue.assignments[1]).toMatchObject({
      projectId: other.id,
      projectName: "Other desk",
      documentTitle: "Elsewhere",
      documentId: otherDoc.id,
      assigneeId: d.bob.userId,
    });
    expect(queue.flagged).toEqual([]);
    expect(countMyQueue(d.bob)).toBe(4);
    expect(getMyQueue(d.alice).assignments).toEqual([]);

    // Resolved or deleted, a claim leaves the queue; rated, it stays until resolved.
    rate(d.bob, two!.id, "false");
    resolve(d.editor, two!.id, "false");
    deleteClaim(d.editor, three!.id, getClaim(d.editor, three!.id).version);
    rate(d.bob, one!.id, "mixed");
    expect(getMyQueue(d.bob).assignments.map((c) => c.id)).toEqual([elsewhere.id, one!.id]);
    expect(countMyQueue(d.bob)).toBe(2);
  });

  it("shows an editor the claims flagged for adjudication in their projects, and a claim leaves it once resolved again", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote(QUOTES[0]!));
    rate(d.alice, claim.id, "mixed");
    resolve(d.editor, claim.id, "mixed");
    expect(getMyQueue(d.editor).flagged).toEqual([]);
    rate(d.bob, claim.id, "false");

    const queue = getMyQueue(d.editor);
    expect(queue.flagged.map((c) => [c.id, c.isFlagged, c.documentTitle])).toEqual([[claim.id, true, "Article"]]);
    expect(countMyQueue(d.editor)).toBe(1);
    expect(getMyQueue(d.bob).flagged).toEqual([]);
    expect(getMyQueue(d.admin).flagged).toEqual([]);

    resolve(d.editor, claim.id, "false");
    expect(getMyQueue(d.editor).flagged).toEqual([]);
    expect(countMyQueue(d.editor)).toBe(0);
  });
});
