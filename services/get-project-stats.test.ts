import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { addProjectMember } from "./add-project-member";
import { createDocument } from "./create-document";
import { createUser } from "./create-user";
import { deleteClaim } from "./delete-claim";
import { getDocument } from "./get-document";
import { getProjectStats } from "./get-project-stats";
import { saveRevision } from "./save-revision";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT = [
  "Tehran and Moscow signed a comprehensive strategic partnership treaty in January.",
  "The minister said the treaty binds neither side to defend the other.",
  "Officials added that there’s as yet no definitive evidence of missile transfers.",
  "Iran has reportedly set up a drone factory on Russian soil.",
  "North Korea has lost troops helping Moscow defend Kursk region.",
].join("\n\n");

const QUOTES = [
  "signed a comprehensive strategic partnership treaty",
  "binds neither side to defend the other",
  "no definitive evidence of missile transfers",
  "reportedly set up a drone factory",
  "lost troops helping Moscow defend Kursk region",
] as const;

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

/** Moves a row's timestamp back by `days` days (the services always write "now"). */
function backdate(table: "claims" | "verdicts", id: string, column: "created_at" | "updated_at", days: number) {
  const when = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
  getHandle().sqlite.prepare(`update ${table} set ${column} = ? where id = ?`).run(when, id);
}

function verdictId(claimId: string, userId: string): string {
  const row = getHandle()
    .sqlite.prepare("select id from verdicts where claim_id = ? and user_id = ?")
    .get(claimId, userId) as { id: string };
  return row.id;
}

describe("project stats: counts", () => {
  it("counts claims by status, anchor status and document, and resolutions and verdicts by rating", async () => {
    const { editor, alice, bob, projectId, documentId } = await desk(TEXT);
    const [c1, c2, c3, c4] = QUOTES.slice(0, 4).map((q) => mark(alice, documentId, quote(q)));
    rate(alice, c1!.id, "true");
    rate(bob, c1!.id, "true");
    resolve(editor, c1!.id, "true");
    rate(alice, c2!.id, "unproven");
    resolve(editor, c2!.id, "unproven");
    rate(alice, c3!.id, "false");
    deleteClaim(editor, c4!.id, "any");

    const other = createDocument(editor, projectId, {
      title: "Second article",
      text: "Moscow denied the report on Monday.",
      ...docFields,
    });
    const c5 = mark(bob, other.id, quote("Moscow denied the report"));
    rate(bob, c5.id, "mostly-false");
    resolve(editor, c5.id, "mostly-false");

    // The third paragraph goes away: its claim is orphaned.
    const doc = getDocument(editor, documentId);
    saveRevision(editor, documentId, { text: TEXT.replace(/\n\nOfficials added[^\n]*/, "") }, doc.version);

    const stats = getProjectStats(editor, projectId);
    expect(stats.claims).toBe(4);
    expect(stats.ratingScope).toBe("all-claims");
    expect(stats.statuses).toEqual({ open: 0, "in-review": 1, resolved: 3 });
    expect(stats.anchorStatuses).toEqual({ exact: 3, moved: 0, fuzzy: 0, orphaned: 1 });
    expect(stats.resolutions).toEqual({
      true: 1,
      "mostly-true": 0,
      mixed: 0,
      "mostly-false": 1,
      false: 0,
      misleading: 0,
      unproven: 1,
    });
    expect(stats.verdicts).toMatchObject({ true: 2, "mostly-false": 1, false: 1, unproven: 1, mixed: 0 });
    expect(stats.verdictClaims).toMatchObject({ true: 1, "mostly-false": 1, false: 1, unproven: 1 });
    // Scale order, zeros included: a chart's bars come out in the scale's order.
    expect(Object.keys(stats.verdicts)).toEqual([
      "true",
      "mostly-true",
      "mixed",
      "mostly-false",
      "false",
      "misleading",
      "unproven",
    ]);

    expect(stats.documents.map((d) => [d.title, d.claims])).toEqual([
      ["Second article", 1],
      ["Article", 3],
    ]);
    const article = stats.documents.find((d) => d.documentId === documentId);
    expect(article?.resolutions).toMatchObject({ true: 1, unproven: 1, "mostly-false": 0 });
    expect(stats.documents[0]?.resolutions).toMatchObject({ "mostly-false": 1, true: 0 });
  });

  it("counts the claims marked per day since the project started, every day listed", async () => {
    const { alice, projectId, documentId } = await desk(TEXT);
    for (const q of QUOTES.slice(0, 3)) mark(alice, documentId, quote(q));
    const today = new Date().toISOString().slice(0, 10);

    const series = getProjectStats(alice, projectId).claimsMarkedPerDay;
    expect(series).toEqual({ from: today, to: today, days: [{ date: today, claims: 3 }] });

    // A hundred days on, the series covers the last 90 days only, and today's claims fell out of it.
    const later = new Date(Date.now() + 100 * 24 * 60 * 60 * 1000);
    const { claimsMarkedPerDay: longer } = getProjectStats(alice, projectId, { now: later });
    expect(longer.days).toHaveLength(90);
    expect(longer.to).toBe(later.toISOString().slice(0, 10));
    expect(longer.days[0]?.date).toBe(longer.from);
    expect(longer.days.every((d) => d.claims === 0)).toBe(true);
  });
});

describe("project stats: reviewers' activity", () => {
  it("counts each reviewer's claims marked and verdicts given in the last 7 and 30 days and in all", async () => {
    const { editor, alice, bob, viewer, projectId, documentId } = await desk(TEXT);
    const [c1, c2, c3, c4] = QUOTES.slice(0, 4).map((q) => mark(alice, documentId, quote(q)));
    const c5 = mark(bob, documentId, quote(QUOTES[4]));
    backdate("claims", c1!.id, "created_at", 10); // within 30 days, not 7
    backdate("claims", c2!.id, "created_at", 45); // within neither
    rate(bob, c1!.id, "true");
    rate(bob, c2!.id, "false");
    rate(bob, c3!.id, "mixed");
    backdate("verdicts", verdictId(c1!.id, bob.userId), "updated_at", 20);
    backdate("verdicts", verdictId(c2!.id, bob.userId), "updated_at", 60);
    rate(alice, c4!.id, "true");
    rate(alice, c5.id, "true");

    const { reviewers } = getProjectStats(editor, projectId);
    // Editors and reviewers are listed (the viewer, who did nothing, is not), by name.
    expect(reviewers.map((r) => [r.name, r.role])).toEqual([
      ["Alice", "reviewer"],
      ["Bob", "reviewer"],
      ["Edith", "editor"],
    ]);
    expect(reviewers.some((r) => r.userId === viewer.userId)).toBe(false);
    const [a, b, e] = reviewers;
    expect(a?.claimsMarked).toEqual({ last7Days: 2, last30Days: 3, total: 4 });
    expect(a?.verdictsGiven).toEqual({ last7Days: 2, last30Days: 2, total: 2 });
    expect(a?.verdicts).toBe(2);
    expect(b?.claimsMarked).toEqual({ last7Days: 1, last30Days: 1, total: 1 });
    expect(b?.verdictsGiven).toEqual({ last7Days: 1, last30Days: 2, total: 3 });
    expect(b?.verdicts).toBe(3);
    expect(e).toMatchObject({ verdicts: 0, claimsMarked: { total: 0 }, verdictsGiven: { total: 0 } });
  });

  it("lists someone who rated claims but is not a member, such as an admin", async () => {
    const { admin, editor, alice, projectId, documentId } = await desk(TEXT);
    const claim = mark(alice, documentId, quote(QUOTES[0]));
    rate(admin, claim.id, "true");
    const { reviewers } = getProjectStats(editor, projectId);
    expect(reviewers.find((r) => r.userId === admin.userId)).toMatchObject({ name: "Ada", role: null, verdicts: 1 });
  });
});

describe("project stats: agreement", () => {
  it("gives Krippendorff's alpha at both levels and each pair's share agreed and kappa on a known case", async () => {
    const { editor, alice, bob, projectId, documentId } = await desk(TEXT);
    const [c1, c2, c3, c4, c5] = QUOTES.map((q) => mark(alice, documentId, quote(q)));
    // c1 agreed true, c2 agreed false, c3 true against false, c4 agreed unproven (no number),
    // c5 rated by Alice alone.
    const ratings: [string, string, string][] = [
      [c1!.id, "true", "true"],
      [c2!.id, "false", "false"],
      [c3!.id, "true", "false"],
      [c4!.id, "unproven", "unproven"],
    ];
    for (const [id, byAlice, byBob] of ratings) {
      rate(alice, id, byAlice);
      rate(bob, id, byBob);
    }
    rate(alice, c5!.id, "mostly-true");

    const { agreement, documents } = getProjectStats(editor, projectId);
    // Nominal, over c1–c4: n = 8, n_true = n_false = 3, n_unproven = 2; observed disagreement 2
    // (c3's two ordered pairs), expected Σ_{c≠k} n_c·n_k = 42: alpha = 1 − 7·2/42 = 2/3.
    expect(agreement.alphaNominal).toBeCloseTo(2 / 3, 10);
    expect(agreement.nominal).toMatchObject({ reason: null, claimsCounted: 4, claimsLeftOut: 1 });
    // Ordinal, over c1–c3 (unproven has no number): n = 6, two values 3 and 3, every disagreement
    // weighs alike: alpha = 1 − 5·2/18 = 4/9.
    expect(agreement.alphaOrdinal).toBeCloseTo(4 / 9, 10);
    expect(agreement.ordinal).toMatchObject({ reason: null, claimsCounted: 3, claimsLeftOut: 2 });
    // DESIGN.md's counts are the nominal level's.
    expect(agreement).toMatchObject({ claimsCounted: 4, claimsLeftOut: 1 });

    // Alice–Bob: 4 claims in common, 3 agreed; p_e = (2·1 + 1·2 + 1·1)/16 = 5/16, kappa = 7/11.
    expect(agreement.pairs).toHaveLength(1);
    const [pair] = agreement.pairs;
    expect(pair?.reviewers.map((r) => r.name).sort()).toEqual(["Alice", "Bob"]);
    expect(pair).toMatchObject({ claimsBothRated: 4, claimsAgreed: 3, shareAgreed: 0.75 });
    expect(pair?.kappa).toBeCloseTo(7 / 11, 10);

    expect(documents[0]?.agreement.alphaNominal).toBeCloseTo(2 / 3, 10);
  });

  it("gives no alpha, with the reason, where it is undefined", async () => {
    const { editor, alice, projectId, documentId } = await desk(TEXT);
    const empty = getProjectStats(editor, projectId).agreement;
    expect(empty).toMatchObject({
      alphaNominal: null,
      alphaOrdinal: null,
      claimsCounted: 0,
      claimsLeftOut: 0,
      pairs: [],
    });
    expect(empty.nominal.reason).toBe("no-data");

    const claim = mark(alice, documentId, quote(QUOTES[0]));
    mark(alice, documentId, quote(QUOTES[1]));
    rate(alice, claim.id, "true");
    const one = getProjectStats(editor, projectId).agreement;
    expect(one.nominal).toEqual({ alpha: null, reason: "one-reviewer", claimsCounted: 0, claimsLeftOut: 2 });
    expect(one.ordinal.reason).toBe("one-reviewer");
  });
});

describe("project stats: blind review and access", () => {
  async function blindDesk(blindReview: boolean) {
    const d = await desk(TEXT, { blindReview });
    const [c1, c2, c3] = QUOTES.slice(0, 3).map((q) => mark(d.editor, d.documentId, quote(q)));
    rate(d.alice, c1!.id, "true");
    rate(d.bob, c1!.id, "false");
    rate(d.bob, c2!.id, "misleading");
    resolve(d.editor, c2!.id, "misleading");
    rate(d.bob, c3!.id, "mixed");
    return d;
  }

  it("a blind reviewer's rating figures count only the claims they have rated", async () => {
    const { alice, bob, projectId } = await blindDesk(true);
    const stats = getProjectStats(alice, projectId);
    expect(stats.ratingScope).toBe("claims-you-rated");
    // Only c1, which Alice rated: neither Bob's "misleading" and "mixed" nor the resolution of c2.
    expect(stats.verdicts).toMatchObject({ true: 1, false: 1, misleading: 0, mixed: 0 });
    expect(stats.resolutions).toMatchObject({ misleading: 0 });
    expect(Object.values(stats.resolutions).every((n) => n === 0)).toBe(true);
    expect(stats.documents[0]?.resolutions).toMatchObject({ misleading: 0 });
    expect(stats.agreement).toMatchObject({ claimsCounted: 1, claimsLeftOut: 2 });
    expect(stats.agreement.pairs).toMatchObject([{ claimsBothRated: 1, claimsAgreed: 0 }]);
    // What is not a rating counts every claim: statuses, and how much each person did.
    expect(stats.claims).toBe(3);
    expect(stats.statuses).toEqual({ open: 0, "in-review": 2, resolved: 1 });
    expect(stats.reviewers.find((r) => r.userId === bob.userId)?.verdicts).toBe(3);
  });

  it("a blind reviewer who has rated nothing sees no ratings counted; editors, viewers and admins see all", async () => {
    const { admin, editor, viewer, projectId } = await blindDesk(true);
    const nina = await createUser(admin, {
      name: "Nina",
      email: "nina@example.org",
      password: "Nina's long password",
      role: "member",
    });
    addProjectMember(editor, projectId, { userId: nina.id, role: "reviewer" });
    const newcomer = { userId: nina.id, instanceRole: "member" as const, name: nina.name, email: nina.email };
    const blind = getProjectStats(newcomer, projectId);
    expect(Object.values(blind.verdicts).every((n) => n === 0)).toBe(true);
    expect(Object.values(blind.resolutions).every((n) => n === 0)).toBe(true);
    expect(blind.agreement).toMatchObject({ alphaNominal: null, claimsCounted: 0, claimsLeftOut: 3, pairs: [] });
    expect(blind.claims).toBe(3);

    for (const reader of [editor, viewer, admin]) {
      const stats = getProjectStats(reader, projectId);
      expect(stats.ratingScope).toBe("all-claims");
      expect(stats.verdicts).toMatchObject({ true: 1, false: 1, misleading: 1, mixed: 1 });
      expect(stats.resolutions).toMatchObject({ misleading: 1 });
      expect(stats.agreement).toMatchObject({ claimsCounted: 1, claimsLeftOut: 2 });
    }
  });

  it("with blind review off a reviewer's figures count every claim", async () => {
    const { alice, projectId } = await blindDesk(false);
    const stats = getProjectStats(alice, projectId);
    expect(stats.ratingScope).toBe("all-claims");
    expect(stats.verdicts).toMatchObject({ true: 1, false: 1, misleading: 1, mixed: 1 });
    expect(stats.resolutions).toMatchObject({ misleading: 1 });
  });

  it("someone who is not a member is told the project does not exist", async () => {
    const { outsider, projectId } = await desk(TEXT);
    const error = await rejection(() => getProjectStats(outsider, projectId));
    expect(error.code).toBe("not-found");
    expect((await rejection(() => getProjectStats(outsider, "no-such-project"))).code).toBe("not-found");
  });
});
