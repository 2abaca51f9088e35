import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { addSourceSchema, createClaimSchema, resolutionSchema, verdictSchema } from "@/lib/validation/claims";
import { createDocumentSchema } from "@/lib/validation/documents";
import { createProjectSchema } from "@/lib/validation/projects";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { citeSource } from "./cite-source";
import { createDocument } from "./create-document";
import { createProject } from "./create-project";
import { giveVerdict } from "./give-verdict";
import { markClaim } from "./mark-claim";
import { resolveClaim } from "./resolve-claim";

export const DEMO_PROJECT_NAME = "Demo: Russia–Iran treaty coverage";
const DEMO_FIXTURE = "fixtures/russia-iran-treaty.txt";

type ExampleClaim = {
  quote: string;
  claimant: string;
  verdict: z.input<typeof verdictSchema>;
  resolution?: z.input<typeof resolutionSchema>;
  sources: z.input<typeof addSourceSchema>[];
};

const examples: ExampleClaim[] = [
  {
    // The canonical sourcing gap (DESIGN.md): resolved unproven, with no source.
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
    quote:
      "On January 17, Vladimir Putin will hold talks with the President of the Islamic Republic of Iran Masoud Pezeshkian",
    claimant: "The Kremlin",
    verdict: {
      rating: "true",
      confidence: "high",
      rationale: "Announced by the Kremlin's press service; the visit took place on that date.",
    },
    resolution: { rating: "true", rationale: "Matches the Kremlin's own announcement." },
    sources: [
      {
        url: "http://en.kremlin.ru/events/president/news",
        title: "Kremlin press service: announcement of the Iranian President's official visit",
        publisher: "Presidential Executive Office of Russia",
        kind: "official-statement",
        credibility: "credible",
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
      rationale:
        "Ukrainian and South Korean intelligence reported North Korean casualties in Kursk; figures vary and are unverified.",
    },
    sources: [],
  },
];

/**
 * Sets up the demo project: the article of `fixtures/russia-iran-treaty.txt` (one paragraph a
 * line) with example claims, verdicts, resolutions and a source, all by `actor`, who becomes the
 * project's editor. Each step is the service a person's action calls, so the demo is checked
 * and audited like anybody's work. All of it commits together, or none of it.
 */
export function createDemoProject(actor: SessionActor): { projectId: string; documentId: string } {
  const article = fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), DEMO_FIXTURE), "utf8");
  // The services' own transactions nest in this one as savepoints.
  return inTransaction(() => {
    const project = createProject(actor, createProjectSchema.parse({ name: DEMO_PROJECT_NAME }), { isDemo: true });
    const document = createDocument(
      actor,
      project.id,
      createDocumentSchema.parse({
        title: "Russia and Iran to sign “comprehensive strategic partnership” treaty",
        // Plain text takes paragraphs apart at blank lines; the fixture has one paragraph a line.
        text: article.split(/\r?\n/).join("\n\n"),
        publishedAt: "2025-01-14",
        language: "en",
      }),
    );
    for (const example of examples) {
      const claim = markClaim(
        actor,
        document.id,
        createClaimSchema.parse({
          selector: { type: "TextQuoteSelector", exact: example.quote },
          claimant: example.claimant,
        }),
      );
      giveVerdict(actor, claim.id, verdictSchema.parse(example.verdict), undefined);
      for (const source of example.sources) citeSource(actor, claim.id, addSourceSchema.parse(source));
      if (example.resolution) resolveClaim(actor, claim.id, resolutionSchema.parse(example.resolution), undefined);
    }
    return { projectId: project.id, documentId: document.id };
  });
}
