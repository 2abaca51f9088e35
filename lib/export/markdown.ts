import { gapKinds } from "../gaps/gap-kinds";
import { OffsetIndex } from "../text/offsets";
import { ratingOf } from "./claim-rating";
import { toUtcDate } from "./dates";
import { quoteInContext } from "./quote-context";
import { summarizeResolutions } from "./report-summary";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument, ExportProject } from "./types";
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
  return escapeLineStart(escapeInline(text.trim()));
}

/**
 * Markup characters escaped and line breaks folded, spaces at either end kept. GFM turns bare
 * URLs, `www.` names and email addresses into links (autolinks): their `:`, `.` and `@` are
 * escaped so that none does. That matters beyond looks: an autolink takes a backslash that
 * follows it into the link and ends at `<`, so `https://x/\<img …>` would open raw HTML; `<`
 * and `>` are written as entities besides, which no autolink can split.
 */
function escapeInline(text: string, isInLink = false): string {
  const escaped = text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(MARKUP, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`));
  // A link's text holds no other link: no autolink to break there.
  if (isInLink) return escaped;
  return escaped.replace(
    /(^|[^A-Za-z0-9])(https?|ftp)(:)(?=\/\/)|(^|[^A-Za-z0-9.])(www)(\.)|(@)/gi,
    (...m: string[]) => (m[7] ? "\\@" : m[3] ? `${m[1]}${m[2]}\\:` : `${m[4]}${m[5]}\\.`),
  );
}

function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (m) => m.replace(/[-+=.)]$/, (c) => `\\${c}`));
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
  return `[${escapeLineStart(escapeInline(text.trim(), true))}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function field(
  label: string,
  value: string | null | undefined,
  render: (v: string) => string = escapeMarkdown,
): string[] {
  return value && value.trim() ? [`- **${label}:** ${render(value)}`] : [];
}

const STATUS_TEXT: Record<ExportClaim["status"], string> = {
  open: "open",
  "in-review": "in review",
  resolved: "resolved",
};

function summary(doc: ExportDocument, level: number): string[] {
  const { total, byRating, unresolved } = summarizeResolutions(doc.claims, doc.project.ratingScale);
  const rows = byRating.map((r) => `| ${escapeMarkdown(r.label)} | ${r.count} |`);
  if (unresolved > 0) rows.push(`| Not resolved | ${unresolved} |`);
  const count = `${total} ${total === 1 ? "claim" : "claims"}.`;
  return [`${hashes(level)} Summary`, "", count, "", "| Resolved rating | Claims |", "| --- | ---: |", ...rows];
}

function hashes(level: number): string {
  return "#".repeat(Math.min(6, Math.max(1, level)));
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The quote inside its sentence, the quote in bold. CommonMark only reads `**` as emphasis
 * when it "flanks" the quote: where punctuation at the quote's edge touches a letter outside
 * it (`word“quote”`), the quote is left plain rather than printed with stray asterisks.
 */
function quoteBlock(doc: ExportDocument, claim: ExportClaim, index: OffsetIndex): string {
  const context =
    claim.anchorStatus === "orphaned"
      ? null
      : quoteInContext(doc.text, claim.selector, { language: doc.language, index });
  if (!context) return markdownBlock(claim.selector.exact, "> ");
  const quote = context.quote.trim();
  if (!quote) return markdownBlock(claim.selector.exact, "> ");
  const lead = context.quote.slice(0, context.quote.indexOf(quote));
  const trail = context.quote.slice(context.quote.indexOf(quote) + quote.length);
  const before = `${context.isClippedBefore ? "…" : ""}${context.before}${lead}`;
  const after = `${trail}${context.after}${context.isClippedAfter ? "…" : ""}`;
  const breaksFlanking =
    (PUNCTUATION.test(quote[0] ?? "") && WORD_CHARACTER.test(before.slice(-1))) ||
    (PUNCTUATION.test(quote.slice(-1)) && WORD_CHARACTER.test(after[0] ?? ""));
  const marked = breaksFlanking ? escapeInline(quote) : `**${escapeInline(quote)}**`;
  return `> ${escapeLineStart(`${escapeInline(before)}${marked}${escapeInline(after)}`.replace(/^\s+/, ""))}`;
}

function claimSection(doc: ExportDocument, claim: ExportClaim, n: number, level: number, index: OffsetIndex): string[] {
  const scale = doc.project.ratingScale;
  const out: string[] = [`${hashes(level)} ${n}. ${escapeMarkdown(claim.claimText) || "(no wording)"}`, ""];
  const quote = quoteBlock(doc, claim, index);
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

  if (claim.verdictsHidden) {
    out.push(
      "",
      "*Blind review: other reviewers' verdicts and the resolution are hidden until you give your own verdict.*",
    );
  }
  if (claim.verdicts.length > 0) {
    out.push("", "**Verdicts**", "");
    for (const v of claim.verdicts) {
      const confidence = v.confidence ? ` (${v.confidence} confidence)` : "";
      const rationale = v.rationale?.trim() ? ` — ${escapeMarkdown(v.rationale)}` : "";
      out.push(
        `- ${escapeMarkdown(v.userName)}: ${escapeMarkdown(ratingOf(scale, v.rating).label)}${confidence}${rationale}`,
      );
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

function gapsSection(doc: ExportDocument, claims: ExportClaim[], level: number): string[] {
  const numbers = new Map(claims.map((c, i) => [c.id, i + 1]));
  const out = [`${hashes(level)} Sourcing gaps`];
  for (const { kind, label, explanation } of gapKinds) {
    const items = claims.flatMap((claim) =>
      claim.gaps
        .filter((g) => g.kind === kind)
        .map(
          (g) =>
            `- ${link(`${numbers.get(claim.id)}. ${claim.claimText.trim() || claim.selector.exact}`, reportClaimUrl(doc, claim.id))} — ${escapeMarkdown(g.detail)}`,
        ),
    );
    if (items.length > 0)
      out.push(
        "",
        `${hashes(level + 1)} ${escapeMarkdown(label)} (${items.length})`,
        "",
        escapeMarkdown(explanation),
        "",
        ...items,
      );
  }
  if (out.length === 1) out.push("", "No sourcing gaps were found in the claims of this report.");
  return out;
}

/**
 * The verdict report of `doc`: its metadata, a summary of its claims by published rating (a
 * claim counts under its rating only while resolved; others are "Not resolved"), then each
 * claim in text order with its quote in its sentence, wording, claimant, resolution and
 * rationale, reviewers' verdicts and sources, then the claims' sourcing gaps. Ends with a
 * newline. `level` is the level of its title: 1 alone, 2 as a section of a project's report.
 */
export function buildMarkdownReport(doc: ExportDocument, options: { level?: number } = {}): string {
  return [...markdownReportParts(doc, options)].join("");
}

/**
 * `buildMarkdownReport` in parts, for a stream: the report's opening to the claims' heading,
 * then each claim, then its sourcing gaps. Joined, they are the report.
 */
export function* markdownReportParts(doc: ExportDocument, options: { level?: number } = {}): Generator<string> {
  const level = options.level ?? 1;
  const org = doc.project.organization;
  const title = level === 1 ? `Verdict report: ${escapeMarkdown(doc.title)}` : escapeMarkdown(doc.title);
  const opening: string[] = [
    `${hashes(level)} ${title}`,
    "",
    ...field("Article", doc.sourceUrl, (u) => link(u, u)),
    ...field("Publisher", doc.publisher),
    ...field("Author", doc.author),
    ...field("Published", doc.publishedAt),
    ...field("Language", doc.language),
    `- **Project:** ${escapeMarkdown(doc.project.name)}${org ? ` (${org.url ? link(org.name, org.url) : escapeMarkdown(org.name)})` : ""}`,
    `- **In ClaimDesk:** ${link(`revision ${doc.revision}`, documentPageUrl(doc))}`,
    "",
    ...summary(doc, level + 1),
    "",
    `${hashes(level + 1)} Claims`,
  ];
  yield opening.join("\n");
  const claims = claimsInTextOrder(doc.claims);
  const index = new OffsetIndex(doc.text);
  // Each part starts with the line break that joins it to the one before.
  if (claims.length === 0) yield "\n\nNo claims have been marked in this document.";
  for (const [i, claim] of claims.entries()) {
    const lines = [
      "",
      ...claimSection(doc, claim, i + 1, level + 2, index),
      "",
      link("Open in the report", reportClaimUrl(doc, claim.id)),
    ];
    yield `\n${lines.join("\n")}`;
  }
  yield `\n${["", ...gapsSection(doc, claims, level + 1)].join("\n")}\n`;
}

/** The opening of a project's Markdown report: its name, organisation and contents. */
export function markdownProjectHeader(
  project: ExportProject,
  documents: { title: string; claimCount: number }[],
): string {
  const org = project.organization;
  const lines = [
    `# Verdict report: ${escapeMarkdown(project.name)}`,
    "",
    ...(org ? [`- **Fact-checked by:** ${org.url ? link(org.name, org.url) : escapeMarkdown(org.name)}`] : []),
    `- **Documents:** ${documents.length}`,
    "",
    "## Contents",
    "",
    ...(documents.length
      ? documents.map(
          (d, i) => `${i + 1}. ${escapeMarkdown(d.title)} (${d.claimCount} ${d.claimCount === 1 ? "claim" : "claims"})`,
        )
      : ["This project has no documents yet."]),
  ];
  return lines.join("\n") + "\n";
}
