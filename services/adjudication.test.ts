import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { addSourceSchema, verdictSchema } from "@/lib/validation/claims";
import { adoptVerdict } from "./adopt-verdict";
import { citeSource } from "./cite-source";
import { getClaim } from "./get-claim";
import { giveVerdict } from "./give-verdict";
import { openAdjudication } from "./open-adjudication";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT =
  "The minister said the treaty binds neither side to defend the other. Officials added there is no definitive evidence of missile transfers. Moscow said the pact is not directed against third countries.";

describe("adjudicating between reviewers", () => {
  it("an editor resolves a claim as one reviewer's verdict, its rating and rationale copied", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote("no definitive evidence of missile transfers"));
    giveVerdict(
      d.alice,
      claim.id,
      verdictSchema.parse({ rating: "unproven", rationale: "Nothing public." }),
      undefined,
    );
    giveVerdict(d.bob, claim.id, verdictSchema.parse({ rating: "false" }), undefined);

    const { claim: resolved, verdict } = adoptVerdict(d.editor, claim.id, { userId: d.alice.userId }, 0);
    expect(verdict).toEqual({ version: 1, created: true });
    expect(resolved).toMatchObject({
      status: "resolved",
      resolution: { rating: "unproven", rationale: "Nothing public.", userId: d.editor.userId, version: 1 },
    });
    // A verdict with no rationale gives one naming whose it was; the resolution's version is checked.
    expect((await rejection(() => adoptVerdict(d.editor, claim.id, { userId: d.bob.userId }, 0))).code).toBe(
      "stale-version",
    );
    expect(adoptVerdict(d.editor, claim.id, { userId: d.bob.userId }, 1).claim.resolution).toMatchObject({
      rating: "false",
      rationale: "Resolved as Bob's verdict.",
      version: 2,
    });
  });

  it("is for editors, and only of a verdict there is", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote("no definitive evidence of missile transfers"));
    rate(d.alice, claim.id, "false");
    expect((await rejection(() => adoptVerdict(d.bob, claim.id, { userId: d.alice.userId }, undefined))).code).toBe(
      "forbidden",
    );
    const none = await rejection(() => adoptVerdict(d.editor, claim.id, { userId: d.bob.userId }, undefined));
    expect(none.code).toBe("invalid");
    expect(none.fields?.userId).toBeDefined();
    expect(getClaim(d.editor, claim.id).resolution).toBeNull();
  });

  it("shows who cited each source, and when, so that each reviewer's evidence sits beside their verdict", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote("no definitive evidence of missile transfers"));
    citeSource(
      d.bob,
      claim.id,
      addSourceSchema.parse({ url: "https://example.org/briefing", kind: "official-statement", stance: "refutes" }),
    );
    expect(getClaim(d.editor, claim.id).sources[0]).toMatchObject({
      url: "https://example.org/briefing",
      citedBy: d.bob.userId,
      citedByName: "Bob",
      citedAt: expect.any(String),
    });
  });

  it("lists the claims to adjudicate in the project's order: disagreeing and unresolved, or flagged", async () => {
    const d = await desk(TEXT);
    const [agreed, disagreed, flagged, settled, single] = [
      "binds neither side",
      "defend the other",
      "no definitive evidence",
      "missile transfers",
      "not directed against third countries",
    ].map((q) => mark(d.alice, d.documentId, quote(q)));
    rate(d.alice, agreed!.id, "false");
    rate(d.bob, agreed!.id, "false");
    rate(d.alice, disagreed!.id, "false");
    rate(d.bob, disagreed!.id, "mixed");
    rate(d.alice, flagged!.id, "unproven");
    resolve(d.editor, flagged!.id, "unproven");
    rate(d.bob, flagged!.id, "false");
    rate(d.alice, settled!.id, "true");
    rate(d.bob, settled!.id, "false");
    resolve(d.editor, settled!.id, "true");
    rate(d.alice, single!.id, "misleading");

    const list = openAdjudication(d.editor, d.projectId);
    expect(list.project).toMatchObject({ id: d.projectId, name: "Desk" });
    expect(list.claims.map((c) => c.id)).toEqual([disagreed!.id, flagged!.id]);
    expect(list.claims[0]).toMatchObject({
      documentTitle: "Article",
      verdicts: [{ rating: "false" }, { rating: "mixed" }],
    });

    adoptVerdict(d.editor, disagreed!.id, { userId: d.bob.userId }, undefined);
    resolve(d.editor, flagged!.id, "false");
    expect(openAdjudication(d.editor, d.projectId).claims).toEqual([]);

    expect((await rejection(() => openAdjudication(d.alice, d.projectId))).code).toBe("forbidden");
    expect((await rejection(() => openAdjudication(d.outsider, d.projectId))).code).toBe("not-found");
  });
});
