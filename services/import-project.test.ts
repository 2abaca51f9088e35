import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { readTransaction } from "@/db/queries/transaction";
import { buildProjectJson, type ProjectJson } from "@/lib/export/project-json";
import { DEMO_ARTICLE_SOURCE, demoHypothesisExport } from "@/lib/import/annotations/testing/demo-fixtures";
import { addSourceSchema, commentSchema, updateClaimSchema } from "@/lib/validation/claims";
import { addComment } from "./add-comment";
import { citeSource } from "./cite-source";
import { createDocument } from "./create-document";
import { editClaim } from "./edit-claim";
import { getClaimHistory } from "./get-claim-history";
import { importAnnotations } from "./import-annotations";
import { importProject } from "./import-project";
import { listClaimComments } from "./list-claim-comments";
import { listDocumentClaims } from "./list-document-claims";
import { listDocuments } from "./list-documents";
import { listProjectMembers } from "./list-project-members";
import { listProjects } from "./list-projects";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { loadProjectJsonInput } from "./support/load-project-json";
import { desk, mark, quote, rate, rejection, resolve, type Desk } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

/** The project's `json` export as `actor` gets it, through JSON as a download would carry it. */
function exportJson(actor: SessionActor, projectId: string, documentId?: string): ProjectJson {
  const json = readTransaction((q) =>
    buildProjectJson(loadProjectJsonInput(q, authorizeProject(q, actor, projectId, "project:read"), { documentId })),
  );
  return JSON.parse(JSON.stringify(json)) as ProjectJson;
}

/** A project with a bit of everything: two documents, verdicts changed over time, a resolution, a shared source, threads, tags. */
async function busyDesk(): Promise<Desk> {
  const d = await desk(DEMO_ARTICLE_SOURCE);
  const { editor, alice, bob, projectId, documentId } = d;
  const second = createDocument(editor, projectId, {
    title: "Second piece 🇮🇷",
    text: "Tehran 🇮🇷 said the treaty is not directed against third countries.\n\nThe treaty is not directed against third countries, Moscow said.",
    ...docFields,
    sourceUrl: "https://news.example.org/second",
    publishedAt: "2025-01-18",
    language: "en",
  });
  const hedge = mark(alice, documentId, quote("there’s as yet no definitive evidence"));
  rate(alice, hedge.id, "unproven", "Nothing either way.");
  rate(alice, hedge.id, "mostly-false", "Changed my mind.");
  rate(bob, hedge.id, "unproven", "No document.");
  resolve(editor, hedge.id, "unproven");
  const source = citeSource(
    alice,
    hedge.id,
    addSourceSchema.parse({
      url: "https://www.state.gov/briefing",
      title: "Briefing",
      publisher: "State Department",
      kind: "official-statement",
      stance: "context",
      credibility: "credible",
      excerpt: "no definitive evidence",
    }),
  );
  const repeat = mark(bob, second.id, {
    selector: [{ type: "TextQuoteSelector", exact: "not directed against third countries", suffix: ", Moscow said." }],
  });
  editClaim(editor, repeat.id, updateClaimSchema.parse({ claimant: "Moscow", assigneeId: alice.userId }), [
    repeat.version,
  ]);
  citeSource(
    bob,
    repeat.id,
    addSourceSchema.parse({ url: source.source.url, kind: "official-statement", stance: "supports" }),
  );
  const root = addComment(alice, hedge.id, commentSchema.parse({ body: "Which officials?" }));
  const reply = addComment(bob, hedge.id, commentSchema.parse({ body: "Unnamed, as usual.", parentId: root.id }));
  addComment(editor, hedge.id, commentSchema.parse({ body: "Then it stays unproven.", parentId: reply.id }));
  importAnnotations(alice, documentId, demoHypothesisExport());
  return d;
}

/**
 * The export with its ids left out, so that two exports of the same work compare equal: what
 * an id linked is compared instead (a citation's source URL, a reply's parent's words). Lists
 * whose order is a tie of timestamps are sorted.
 */
function normalized(json: ProjectJson) {
  const sourceUrl = new Map(json.sources.map((s) => [s.id, s.url]));
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const without = (object: object, ...keys: string[]): Record<string, unknown> =>
    Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)));
  return {
    project: {
      name: json.project.name,
      ratingScale: json.project.ratingScale,
      isBlindReview: json.project.isBlindReview,
      organization: json.project.organization,
    },
    sources: json.sources.map((s) => without(s, "id")).sort(byKey((s) => String(s.url))),
    documents: json.documents
      .map((d) => ({
        ...without(d, "id", "revision", "claims"),
        title: d.title,
        revision: without(d.revision, "number"),
        claims: d.claims.map((c) => {
          const bodyOf = new Map(c.comments.map((x) => [x.id, x.body]));
          return {
            ...without(c, "id", "verdicts", "citations", "comments"),
            verdicts: c.verdicts.map((v) => without(v, "id")).sort(byKey((v) => String(v.userId))),
            citations: [...c.citations]
              .sort(byKey((x) => `${x.createdAt} ${sourceUrl.get(x.sourceId)}`))
              .map((x) => ({ ...without(x, "id", "sourceId"), source: sourceUrl.get(x.sourceId) })),
            comments: [...c.comments].sort(byKey((x) => `${x.createdAt} ${x.body}`)).map((x) => ({
              ...without(x, "id", "parentId"),
              parent: x.parentId === null ? null : bodyOf.get(x.parentId),
            })),
          };
        }),
      }))
      .sort(byKey((d) => d.title)),
  };
}

describe("the json export", () => {
  it("holds everything attached to a project, linked by ids, with the people it names", async () => {
    const { editor, alice, bob, projectId } = await busyDesk();
    const json = exportJson(editor, projectId);
    expect(json).toMatchObject({ format: "claimdesk/1", scope: "project", project: { id: projectId, name: "Desk" } });
    expect(json.people.map((p) => [p.name, p.role]).sort()).toEqual([
      ["Alice", "reviewer"],
      ["Bob", "reviewer"],
      ["Edith", "editor"],
      ["Victor", "viewer"],
    ]);
    expect(json.sources).toEqual([
      expect.objectContaining({
        url: "https://www.state.gov/briefing",
        title: "Briefing",
        publisher: "State Department",
        credibility: "credible",
      }),
    ]);
    const hedge = json.documents
      .flatMap((d) => d.claims)
      .find((c) => c.selector.exact === "there’s as yet no definitive evidence");
    expect(hedge?.verdicts.find((v) => v.userId === alice.userId)?.history.map((h) => h.rating)).toEqual([
      "unproven",
      "mostly-false",
    ]);
    expect(hedge?.verdicts.find((v) => v.userId === bob.userId)?.rating).toBe("unproven");
    expect(hedge?.resolution).toMatchObject({ rating: "unproven", userId: editor.userId });
    expect(hedge?.citations).toEqual([
      expect.objectContaining({ sourceId: json.sources[0]?.id, stance: "context", excerpt: "no definitive evidence" }),
    ]);
    const [root, reply, last] = hedge?.comments ?? [];
    expect([root?.parentId, reply?.parentId, last?.parentId]).toEqual([null, root?.id, reply?.id]);
    const tagged = json.documents.flatMap((d) => d.claims).find((c) => c.tags.includes("drones"));
    expect(tagged?.importedFrom).toBe("hypothesis:k2Rb0tN4Ee-qM1nYc8UO4g");
  });

  it("holds back, under blind review, the verdicts a reviewer may not see yet, and says so", async () => {
    const { alice, bob, projectId, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const claim = mark(alice, documentId, quote("there’s as yet no definitive evidence"));
    rate(alice, claim.id, "unproven");
    const forBob = exportJson(bob, projectId, documentId);
    expect(forBob.scope).toBe("document");
    expect(forBob.documents[0]?.claims[0]).toMatchObject({ verdicts: [], verdictsWithheld: true, resolution: null });
    rate(bob, claim.id, "false");
    expect(exportJson(bob, projectId, documentId).documents[0]?.claims[0]?.verdicts).toHaveLength(2);
  });
});

describe("restoring a project's json export", () => {
  it("gives a new project with the same documents, claims, verdicts, resolutions, sources and comments", async () => {
    const { editor, admin, projectId } = await busyDesk();
    // An administrator restores work into its authors' accounts (the policy's project:restore-as-authors).
    const exported = exportJson(editor, projectId);

    const restored = importProject(admin, exported);
    expect(restored.id).not.toBe(projectId);
    expect(restored.documents).toHaveLength(2);
    expect(restored.people.every((p) => p.isMatched)).toBe(true);
    // The importer is its editor, and its only member.
    expect(listProjectMembers(admin, restored.id).map((m) => [m.userId, m.role])).toEqual([[admin.userId, "editor"]]);

    const again = exportJson(admin, restored.id);
    expect(normalized(again)).toEqual(normalized(exported));
    // New ids throughout.
    const ids = (json: ProjectJson) =>
      new Set([
        ...json.documents.map((d) => d.id),
        ...json.documents.flatMap((d) => d.claims.map((c) => c.id)),
        ...json.sources.map((s) => s.id),
      ]);
    const before = ids(exported);
    expect([...ids(again)].some((id) => before.has(id))).toBe(false);

    const [doc] = listDocuments(admin, restored.id).filter((d) => d.title !== "Second piece 🇮🇷");
    const claim = listDocumentClaims(admin, doc!.id).find(
      (c) => c.selector.exact === "there’s as yet no definitive evidence",
    );
    expect(getClaimHistory(admin, claim!.id)[0]?.summary).toBe(`${admin.name} restored it from a ClaimDesk export`);
    // Importing the same annotations into the restored document finds them.
    expect(importAnnotations(admin, doc!.id, demoHypothesisExport())).toMatchObject({ created: 0, skipped: 7 });
  });

  it("puts nobody else's name on restored work unless an administrator restores it", async () => {
    const { editor, alice, projectId, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const claim = mark(alice, documentId, quote("there’s as yet no definitive evidence"));
    rate(alice, claim.id, "unproven", "Alice's reasons.");
    const exported = exportJson(editor, projectId);

    // Alice has an account here, but the editor restoring the file may not speak for her.
    const restored = importProject(editor, exported);
    expect(restored.people.find((p) => p.name === "Alice")).toMatchObject({ userId: editor.userId, isMatched: false });
    const [doc] = listDocuments(editor, restored.id);
    const [restoredClaim] = listDocumentClaims(editor, doc!.id);
    expect(restoredClaim?.createdBy).toBe(editor.userId);
    expect(restoredClaim?.verdicts.map((v) => v.userId)).toEqual([editor.userId]);
  });

  it("gives the work of people without an account here to the importer, and says whose it was", async () => {
    const { editor, alice, bob, projectId, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const claim = mark(alice, documentId, quote("there’s as yet no definitive evidence"));
    rate(alice, claim.id, "unproven", "Alice's reasons.");
    rate(bob, claim.id, "false", "Bob's reasons.");
    addComment(bob, claim.id, commentSchema.parse({ body: "Bob was here." }));
    const exported = exportJson(editor, projectId);
    // On another instance, neither Alice nor Bob has an account.
    for (const person of exported.people)
      if (person.id === alice.userId || person.id === bob.userId)
        person.email = `${person.name.toLowerCase()}@elsewhere.example`;

    const restored = importProject(editor, exported);
    expect(restored.people.filter((p) => !p.isMatched).map((p) => [p.name, p.userId])).toEqual(
      expect.arrayContaining([
        ["Alice", editor.userId],
        ["Bob", editor.userId],
      ]),
    );
    const [doc] = listDocuments(editor, restored.id);
    const [restoredClaim] = listDocumentClaims(editor, doc!.id);
    expect(restoredClaim?.createdBy).toBe(editor.userId);
    // One verdict per person: the other one is kept as a signed comment.
    expect(restoredClaim?.verdicts).toHaveLength(1);
    const bodies = listClaimComments(editor, restoredClaim!.id).map((c) => c.body);
    expect(bodies).toContain("Bob was here.\n\n— Bob (bob@elsewhere.example), restored from a ClaimDesk export");
    expect(
      bodies.some((b) =>
        /^Verdict: (Unproven|False) — (Alice|Bob)'s reasons\.\n\n— (Alice|Bob) \(\w+@elsewhere\.example\), restored from a ClaimDesk export$/.test(
          b,
        ),
      ),
    ).toBe(true);
  });

  it("refuses a file that does not hold together with the list of its problems, and writes nothing", async () => {
    const { editor, projectId } = await busyDesk();
    const projectsBefore = listProjects(editor).length;
    const exported = exportJson(editor, projectId);
    const doc = exported.documents.find((d) => d.claims.length > 3)!;
    doc.claims[0]!.selector.start = 3;
    doc.claims[1]!.citations.push({
      id: "x",
      sourceId: "no-such-source",
      stance: "supports",
      excerpt: null,
      createdBy: null,
      createdAt: "2025-01-01T00:00:00.000Z",
      updatedAt: "2025-01-01T00:00:00.000Z",
    });
    doc.claims[2]!.comments.push({
      id: "r",
      parentId: "nobody",
      userId: "ghost",
      body: "?",
      importedFrom: null,
      createdAt: "2025-01-01T00:00:00.000Z",
      updatedAt: "2025-01-01T00:00:00.000Z",
    });
    doc.revision.text += " and more";

    const error = await rejection(() => importProject(editor, exported));
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
    expect(error.fields?.[`documents.${exported.documents.indexOf(doc)}.revision.text`]).toEqual([
      "is not the canonical text of the revision's content",
    ]);
    doc.revision.text = doc.revision.text.replace(/ and more$/, "");
    const d = exported.documents.indexOf(doc);
    const again = await rejection(() => importProject(editor, exported));
    expect(again.fields).toMatchObject({
      [`documents.${d}.claims.0.selector.exact`]: ["is not the text at start and end"],
      [`documents.${d}.claims.1.citations.${doc.claims[1]!.citations.length - 1}.sourceId`]: [
        "names no source of sources",
      ],
      [`documents.${d}.claims.2.comments.${doc.claims[2]!.comments.length - 1}.parentId`]: [
        "names no comment of this claim's discussion",
      ],
      [`documents.${d}.claims.2.comments.${doc.claims[2]!.comments.length - 1}.userId`]: ["names nobody of people"],
    });
    expect((await rejection(() => importProject(editor, { format: "claimdesk/9" }))).fields).toMatchObject({
      format: [expect.stringMatching(/claimdesk\/1/)],
    });
    expect(listProjects(editor)).toHaveLength(projectsBefore);
  });
});
