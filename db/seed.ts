import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { locateNewClaim } from "@/lib/anchoring/locate-quote";
import { defaultRatingScale } from "@/lib/ratings";
import { canonicalText, docFromLines } from "@/lib/text/canonical-text";
import { insertClaim, updateClaim } from "./queries/claims";
import { insertClaimSource, insertSource } from "./queries/sources";
import { insertVerdict, upsertResolution } from "./queries/verdicts";
import { insertDocument, insertRevision } from "./queries/documents";
import { insertEvent } from "./queries/events";
import { insertMember, insertProject } from "./queries/projects";
import type { Tx } from "./queries/transaction";

export const DEMO_FIXTURE = "fixtures/russia-iran-treaty.txt";
export const DEMO_PROJECT_NAME = "Demo: Russia–Iran treaty coverage";

type ExampleClaim = {
  quote: string;
  claimant: string | null;
  verdict: { rating: string; confidence: "low" | "medium" | "high"; rationale: string };
  resolution?: { rating: string; rationale: string };
  sources: { url: string; title: string; publisher: string; kind: "primary-document" | "official-statement" | "news-report" | "anonymous"; stance: "supports" | "refutes" | "context"; excerpt?: string }[];
};

const examples: ExampleClaim[] = [
  {
    quote: "there’s as yet no definitive evidence",
    claimant: "The article",
    verdict: {
      rating: "unproven",
      confidence: "medium",
      rationale:
        "Western officials warn of transfers and some reports say they happened, but the article cites no document, official confirmation or named source either way.",
    },
    resolution: {
      rating: "unproven",
      rationale: "No primary source confirms or rules out ballistic missile transfers; the sourcing is a gap to close.",
    },
    sources: [],
  },
  {
    quote: "Iran has reportedly set up a major UAV production facility on Russian soil at Moscow’s invitation",
    claimant: "The article",
    verdict: {
      rating: "unproven",
      confidence: "low",
      rationale: "Hedged (“reportedly”) and attributed to no one; needs a named report or imagery analysis.",
    },
    sources: [],
  },
  {
    quote: "On January 17, Vladimir Putin will hold talks with the President of the Islamic Republic of Iran Masoud Pezeshkian",
    claimant: "The Kremlin",
    verdict: { rating: "true", confidence: "high", rationale: "Announced by the Kremlin's press service; the visit took place on that date." },
    resolution: { rating: "true", rationale: "Matches the Kremlin's own announcement." },
    sources: [
      {
        url: "http://en.kremlin.ru/events/president/news",
        title: "Kremlin press service: announcement of the Iranian President's official visit",
        publisher: "Presidential Executive Office of Russia",
        kind: "official-statement",
        stance: "supports",
      },
    ],
  },
  {
    quote: "North Korea as well, which has lost troops helping Moscow defend Kursk region",
    claimant: "The article",
    verdict: {
      rating: "mostly-true",
      confidence: "medium",
      rationale: "Ukrainian and South Korean intelligence reported North Korean casualties in Kursk; figures vary and are unverified.",
    },
    sources: [],
  },
];

/**
 * Creates the demo project: the article of `fixtures/russia-iran-treaty.txt` (one paragraph a
 * line) with example claims, verdicts, a resolution and sources, all by `editorId`, who becomes
 * the project's editor. Creates no account. Returns the project's id.
 */
export function seedDemoProject(tx: Tx, options: { editorId: string }): string {
  const article = fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), DEMO_FIXTURE), "utf8");
  const actorId = options.editorId;
  const project = insertProject(tx, {
    id: randomUUID(),
    name: DEMO_PROJECT_NAME,
    ratingScale: defaultRatingScale,
    isBlindReview: true,
    isDemo: true,
    createdBy: actorId,
  });
  insertMember(tx, { projectId: project.id, userId: actorId, role: "editor" });
  insertEvent(tx, { actorId, projectId: project.id, entityType: "project", entityId: project.id, action: "created", after: project });

  const content = docFromLines(article);
  const text = canonicalText(content);
  const document = insertDocument(tx, {
    id: randomUUID(),
    projectId: project.id,
    title: "Russia and Iran to sign “comprehensive strategic partnership” treaty",
    sourceUrl: null,
    publisher: null,
    author: null,
    publishedAt: "2025-01-14",
    language: "en",
    createdBy: actorId,
  });
  insertRevision(tx, { id: randomUUID(), documentId: document.id, number: 1, content, text, createdBy: actorId });
  insertEvent(tx, { actorId, projectId: project.id, documentId: document.id, entityType: "document", entityId: document.id, action: "created", after: document });

  for (const example of examples) {
    const located = locateNewClaim(text, { quote: { type: "TextQuoteSelector", exact: example.quote } });
    if ("error" in located) throw new Error(`Demo claim not found in ${DEMO_FIXTURE}: ${example.quote}`);
    const claim = insertClaim(tx, {
      id: randomUUID(),
      documentId: document.id,
      revision: 1,
      exact: located.exact,
      prefix: located.prefix,
      suffix: located.suffix,
      start: located.start,
      end: located.end,
      claimText: located.exact,
      claimant: example.claimant,
      createdBy: actorId,
    });
    const ids = { actorId, projectId: project.id, documentId: document.id, claimId: claim.id };
    insertEvent(tx, { ...ids, entityType: "claim", entityId: claim.id, action: "created", after: claim });
    const verdict = insertVerdict(tx, { id: randomUUID(), claimId: claim.id, userId: actorId, ...example.verdict });
    insertEvent(tx, { ...ids, entityType: "verdict", entityId: verdict.id, action: "created", after: verdict });
    for (const s of example.sources) {
      const source = insertSource(tx, {
        id: randomUUID(),
        projectId: project.id,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        author: null,
        publishedAt: null,
        accessedAt: null,
        kind: s.kind,
        credibility: "credible",
        archivedUrl: null,
        createdBy: actorId,
      });
      const link = insertClaimSource(tx, { id: randomUUID(), claimId: claim.id, sourceId: source.id, stance: s.stance, excerpt: s.excerpt ?? null, createdBy: actorId });
      insertEvent(tx, { ...ids, entityType: "claim-source", entityId: link.id, action: "created", after: { ...link, source } });
    }
    if (example.resolution) {
      const resolution = upsertResolution(tx, { claimId: claim.id, userId: actorId, ...example.resolution });
      insertEvent(tx, { ...ids, entityType: "resolution", entityId: claim.id, action: "created", after: resolution });
      updateClaim(tx, { id: claim.id, changes: { status: "resolved" } });
    } else {
      updateClaim(tx, { id: claim.id, changes: { status: "in-review" } });
    }
  }
  return project.id;
}
