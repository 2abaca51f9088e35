import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import type { ClaimView } from "@/lib/claims/types";
import { canonicalText, docFromLines } from "@/lib/text/canonical-text";
import type { SessionActor } from "./support/actor";
import { DEMO_PROJECT_NAME } from "./create-demo-project";
import { getClaimHistory } from "./get-claim-history";
import { getDocument } from "./get-document";
import { isInstanceSetUp } from "./is-instance-set-up";
import { listDocumentClaims } from "./list-document-claims";
import { listDocuments } from "./list-documents";
import { listProjects } from "./list-projects";
import { setUpInstance } from "./set-up-instance";

// Lets a test make one step of the demo fail, to see what setup leaves behind.
const failing = vi.hoisted(() => ({ resolveClaim: false }));
vi.mock("./resolve-claim", async (importOriginal) => {
  const original = await importOriginal<typeof import("./resolve-claim")>();
  return {
    ...original,
    resolveClaim: (...args: Parameters<typeof original.resolveClaim>) => {
      if (failing.resolveClaim) throw new Error("the demo's resolution failed");
      return original.resolveClaim(...args);
    },
  };
});

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
  failing.resolveClaim = false;
});
afterEach(() => cleanup());

const adminInput = { name: "Ada", email: "ada@example.org", password: "a long enough password" };
const CANONICAL = "there’s as yet no definitive evidence";
const KREMLIN_URL = "http://en.kremlin.ru/events/president/news";

async function setUpWithDemo(): Promise<{
  admin: SessionActor;
  projectId: string;
  documentId: string;
  claims: ClaimView[];
}> {
  const { user, demoProjectId } = await setUpInstance(adminInput, { withDemo: true });
  const admin: SessionActor = { userId: user.id, instanceRole: "admin", name: user.name, email: user.email };
  expect(demoProjectId).not.toBeNull();
  const [document] = listDocuments(admin, demoProjectId!);
  return {
    admin,
    projectId: demoProjectId!,
    documentId: document!.id,
    claims: listDocumentClaims(admin, document!.id),
  };
}

function claimQuoting(claims: ClaimView[], quote: string): ClaimView {
  const claim = claims.find((c) => c.selector.exact === quote);
  if (!claim) throw new Error(`no demo claim quotes “${quote}”`);
  return claim;
}

describe("the demo project", () => {
  it("holds the article with four example claims; the canonical one is resolved unproven with no source", async () => {
    const { admin, projectId, documentId, claims } = await setUpWithDemo();
    expect(listProjects(admin)).toEqual([
      expect.objectContaining({
        id: projectId,
        name: DEMO_PROJECT_NAME,
        isDemo: true,
        role: "editor",
        documentCount: 1,
      }),
    ]);
    const article = readFileSync(new URL("../fixtures/russia-iran-treaty.txt", import.meta.url), "utf8");
    expect(getDocument(admin, documentId)).toMatchObject({
      language: "en",
      publishedAt: "2025-01-14",
      text: canonicalText(docFromLines(article)),
    });
    expect(claims).toHaveLength(4);
    expect(claims.every((c) => c.anchorStatus === "exact" && c.createdBy === admin.userId)).toBe(true);
    expect(claims.every((c) => c.verdicts.length === 1 && c.verdicts[0]!.userId === admin.userId)).toBe(true);

    const canonical = claimQuoting(claims, CANONICAL);
    expect(canonical).toMatchObject({
      status: "resolved",
      claimant: "The article",
      sources: [],
      resolution: { rating: "unproven" },
    });
    expect(canonical.verdicts[0]).toMatchObject({ rating: "unproven", confidence: "medium" });

    const kremlin = claimQuoting(
      claims,
      "On January 17, Vladimir Putin will hold talks with the President of the Islamic Republic of Iran Masoud Pezeshkian",
    );
    expect(kremlin).toMatchObject({ status: "resolved", claimant: "The Kremlin", resolution: { rating: "true" } });
    expect(kremlin.sources).toEqual([
      expect.objectContaining({
        url: KREMLIN_URL,
        kind: "official-statement",
        credibility: "credible",
        stance: "supports",
      }),
    ]);

    const unresolved = claims.filter((c) => c.resolution === null);
    expect(unresolved.map((c) => c.status)).toEqual(["in-review", "in-review"]);
    expect(unresolved.every((c) => c.sources.length === 0)).toBe(true);
  });

  it("has a history that reads like anybody's: by the admin, with the cited URL and every status change", async () => {
    const { admin, claims } = await setUpWithDemo();

    const canonical = getClaimHistory(admin, claimQuoting(claims, CANONICAL).id);
    expect(canonical.map((h) => h.summary)).toEqual([
      "Ada moved it from in-review to resolved",
      "Ada resolved it as Unproven",
      "Ada moved it from open to in-review",
      "Ada rated it Unproven",
      "Ada marked the claim",
    ]);

    const kremlin = getClaimHistory(
      admin,
      claimQuoting(
        claims,
        "On January 17, Vladimir Putin will hold talks with the President of the Islamic Republic of Iran Masoud Pezeshkian",
      ).id,
    );
    expect(kremlin.map((h) => h.summary)).toEqual([
      "Ada moved it from in-review to resolved",
      "Ada resolved it as True",
      `Ada cited ${KREMLIN_URL} (supports)`,
      `Ada added the source ${KREMLIN_URL} to the project`,
      "Ada moved it from open to in-review",
      "Ada rated it True",
      "Ada marked the claim",
    ]);

    for (const claim of claims) {
      const history = getClaimHistory(admin, claim.id);
      expect(history.length).toBeGreaterThanOrEqual(3);
      for (const entry of history) {
        expect(entry.actorName).toBe("Ada");
        expect(entry.summary).not.toMatch(/undefined|null|Someone/);
      }
    }
  });

  it("failing half-way leaves no admin behind, so setup can be done again", async () => {
    failing.resolveClaim = true;
    await expect(setUpInstance(adminInput, { withDemo: true })).rejects.toThrow("the demo's resolution failed");
    expect(isInstanceSetUp()).toBe(false);

    failing.resolveClaim = false;
    const { claims } = await setUpWithDemo();
    expect(claims).toHaveLength(4);
  });
});
