import { publishedResolution, ratingOf } from "./claim-rating";
import { toUtcDate } from "./dates";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument } from "./types";
import { documentPageUrl, reportClaimUrl } from "./urls";

/**
 * A document's verdict report as Markdown (CommonMark with a GFM table for the summary).
 * Everything a user typed is escaped, so a title, quote or rationale reads as the text it is
 * and never turns into a link, an image, a heading or raw HTML.
 */

/** Characters that CommonMark or GFM reads as inline markup (or, `#` `>` `|`, as block markup). */
const MARKUP = /[\\`*_[\]<>#|~&]/g;
/** What opens a list, a thematic break or a setext underline at the start of a line. */
const LINE_START = /^([-+=]|\d+[.)])/;

/**
 * `text` as literal Markdown inline content: markup characters backslash-escaped (CommonMark
 * lets any ASCII punctuation take one) and line breaks folded into spaces; block structure is
 * the caller's business (see {@link markdownBlock}).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim()
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(LINE_START, (m) => m.replace(/[-+=.)]$/, (c) => `\\${c}`));
}

/**
 * `text` as literal Markdown paragraphs, each line prefixed with `prefix` (e.g. `"> "` for a
 * quote): line breaks are kept as hard breaks, blank lines as paragraph breaks, and leading
 * spaces dropped so that no line becomes a code block.
 */
export function markdownBlock(text: string, prefix = ""): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((line) => escapeMarkdown(line))
        .filter((line) => line !== ""),
    )
    .filter((lines) => lines.length > 0);
  const blank = prefix.trimEnd();
  return paragraphs.map((lines) => lines.map((l) => prefix + l).join("\\\n")).join(`\n${blank}\n`);
}

/** A link whose text is escaped and whose destination cannot break out of its brackets. */
function link(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function field(label: string, value: string | null | undefined, render: (v: string) => string = escapeMarkdown): string[] {
  return value && value.trim() ? [`- **${label}:** ${render(value)}`] : [];
}

const STATUS_TEXT: Record<ExportClaim["status"], string> = {
  open: "open",
  "in-review": "in review",
  resolved: "resolved",
};

function summary(doc: ExportDocument): string[] {
  const scale = doc.project.ratingScale;
  const counts = new Map<string, number>();
  let unresolved = 0;
  for (const claim of doc.claims) {
    const resolution = publishedResolution(claim);
    if (resolution) counts.set(resolution.rating, (counts.get(resolution.rating) ?? 0) + 1);
    else unresolved++;
  }
  // The scale's order, then keys the scale no longer holds.
  const inScale = scale.map((r) => r.key).filter((k) => counts.has(k));
  const outOfScale = [...counts.keys()].filter((k) => !inScale.includes(k));
  const rows = [...inScale, ...outOfScale].map((k) => `| ${escapeMarkdown(ratingOf(scale, k).label)} | ${counts.get(k)} |`);
  if (unresolved > 0) rows.push(`| Not resolved | ${unresolved} |`);
  const total = `${doc.claims.length} ${doc.claims.length === 1 ? "claim" : "claims"}.`;
  return ["## Summary", "", total, "", "| Resolved rating | Claims |", "| --- | ---: |", ...rows];
}

function claimSection(doc: ExportDocument, claim: ExportClaim, n: number): string[] {
  const scale = doc.project.ratingScale;
  const out: string[] = [`### ${n}. ${escapeMarkdown(claim.claimText) || "(no wording)"}`, ""];
  const quote = markdownBlock(claim.selector.exact, "> ");
  if (quote) out.push(quote, "");

  const anchor =
    claim.anchorStatus === "orphaned"
      ? " · quote no longer found in the text"
      : claim.anchorStatus === "fuzzy"
        ? " · quote found with edits"
        : "";
  out.push(...field("Claimant", claim.claimant), `- **Status:** ${STATUS_TEXT[claim.status]}${anchor}`);

  const resolution = claim.resolution;
  if (resolution) {
    const by = resolution.userName ? ` by ${escapeMarkdown(resolution.userName)}` : "";
    const reopened = claim.status === "resolved" ? "" : " (reopened)";
    const label = escapeMarkdown(ratingOf(scale, resolution.rating).label);
    out.push(`- **Resolution:** **${label}**${reopened}${by}, ${toUtcDate(resolution.updatedAt)}`);
    const rationale = markdownBlock(resolution.rationale);
    if (rationale) out.push("", rationale);
  } else {
    out.push("- **Resolution:** none yet");
  }

  if (claim.verdicts.length > 0) {
    out.push("", "**Verdicts**", "");
    for (const v of claim.verdicts) {
      const confidence = v.confidence ? ` (${v.confidence} confidence)` : "";
      const rationale = v.rationale?.trim() ? ` — ${escapeMarkdown(v.rationale)}` : "";
      out.push(`- ${escapeMarkdown(v.userName)}: ${escapeMarkdown(ratingOf(scale, v.rating).label)}${confidence}${rationale}`);
    }
  }

  out.push("", "**Sources**", "");
  if (claim.sources.length === 0) out.push("- none cited");
  for (const s of claim.sources) {
    const details = [s.publisher, s.kind.replace(/-/g, " "), s.stance].filter((d): d is string => !!d && !!d.trim());
    const archived = s.archivedUrl ? ` (${link("archived", s.archivedUrl)})` : "";
    out.push(`- ${link(s.title?.trim() || s.url, s.url)}${archived} — ${details.map(escapeMarkdown).join(" · ")}`);
    const excerpt = s.excerpt ? markdownBlock(s.excerpt, "  > ") : "";
    if (excerpt) out.push(excerpt);
  }
  return out;
}

/**
 * The verdict report of `doc`: its metadata, a summary of its claims by published rating (a
 * claim counts under its rating only while resolved; others are "Not resolved"), then each
 * claim in text order with its quote, wording, claimant, resolution and rationale, reviewers'
 * verdicts and sources. Ends with a newline.
 */
export function buildMarkdownReport(doc: ExportDocument): string {
  const org = doc.project.organization;
  const lines: string[] = [
    `# Verdict report: ${escapeMarkdown(doc.title)}`,
    "",
    ...field("Article", doc.sourceUrl, (u) => link(u, u)),
    ...field("Publisher", doc.publisher),
    ...field("Author", doc.author),
    ...field("Published", doc.publishedAt),
    ...field("Language", doc.language),
    `- **Project:** ${escapeMarkdown(doc.project.name)}${org ? ` (${org.url ? link(org.name, org.url) : escapeMarkdown(org.name)})` : ""}`,
    `- **In ClaimDesk:** ${link(`revision ${doc.revision}`, documentPageUrl(doc))}`,
    "",
    ...summary(doc),
    "",
    "## Claims",
  ];
  const claims = claimsInTextOrder(doc.claims);
  if (claims.length === 0) lines.push("", "No claims have been marked in this document.");
  claims.forEach((claim, i) => {
    lines.push("", ...claimSection(doc, claim, i + 1), "", link("Open in the report", reportClaimUrl(doc, claim.id)));
  });
  return lines.join("\n") + "\n";
}
