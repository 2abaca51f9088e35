import { defaultRatingScale } from "../../ratings";
import { codePointLength } from "../../text/offsets";
import type { ExportClaim, ExportDocument } from "../types";

/**
 * Builders of export inputs for tests: each test makes the document it needs. Offsets are
 * computed from the text, in code points, as the server would store them.
 */

export const ARTICLE_TEXT = [
  "Russia 🇷🇺 and Iran 🇮🇷 signed a comprehensive strategic partnership treaty on 17 January.",
  "There’s as yet no definitive evidence that Iran has transferred ballistic missiles to Russia, U.S. officials said.",
  "Foreign Minister Sergei Lavrov said the treaty is not directed against third countries.",
].join("\n\n");

/** A claim on the first occurrence of `quote` in `text`, with ~32 code points of context. */
export function claimOn(text: string, quote: string, overrides: Partial<ExportClaim> = {}): ExportClaim {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  const before = Array.from(text.slice(0, at));
  const after = Array.from(text.slice(at + quote.length));
  const start = before.length;
  const id = overrides.id ?? `c-${start}`;
  return {
    id,
    documentId: "doc-1",
    selector: {
      exact: quote,
      prefix: before.slice(-32).join(""),
      suffix: after.slice(0, 32).join(""),
      start,
      end: start + codePointLength(quote),
    },
    claimText: quote,
    claimant: null,
    status: "open",
    anchorStatus: "exact",
    anchorScore: 1,
    verdicts: [],
    verdictsHidden: false,
    sources: [],
    gaps: [],
    createdAt: "2025-01-20T09:00:00.000Z",
    updatedAt: "2025-01-20T09:00:00.000Z",
    resolution: null,
    createdByName: "Rita Reviewer",
    ...overrides,
  };
}

export function makeExportDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    id: "doc-1",
    title: "Russia and Iran sign a treaty",
    sourceUrl: "https://news.example.org/2025/01/russia-iran-treaty",
    publisher: "Example News",
    author: "Jane Writer",
    publishedAt: "2025-01-17",
    language: "en",
    revision: 2,
    text: ARTICLE_TEXT,
    project: {
      id: "proj-1",
      name: "Treaty watch",
      organization: { name: "Example Fact Desk", url: "https://factdesk.example.org" },
      ratingScale: defaultRatingScale,
    },
    claims: [],
    baseUrl: "https://claimdesk.example.org/",
    ...overrides,
  };
}

export function source(
  url: string,
  overrides: Partial<ExportClaim["sources"][number]> = {},
): ExportClaim["sources"][number] {
  return {
    id: `cs-${url}`,
    sourceId: `s-${url}`,
    url,
    title: null,
    publisher: null,
    author: null,
    publishedAt: null,
    accessedAt: null,
    kind: "news-report",
    credibility: "undetermined",
    archivedUrl: null,
    stance: "supports",
    excerpt: null,
    citedBy: "u-reviewer",
    citedByName: "Rita Reviewer",
    citedAt: "2025-01-21T10:00:00.000Z",
    version: 1,
    ...overrides,
  };
}

export function resolution(
  rating: string,
  rationale: string,
  overrides: Partial<NonNullable<ExportClaim["resolution"]>> = {},
): NonNullable<ExportClaim["resolution"]> {
  return {
    rating,
    rationale,
    userId: "u-editor",
    userName: "Eddie Editor",
    updatedAt: "2025-01-22T16:30:00.000Z",
    version: 1,
    ...overrides,
  };
}
