import { gapKinds } from "../gaps/gap-kinds";
import { OffsetIndex } from "../text/offsets";
import { publishedResolution, ratingOf } from "./claim-rating";
import { toUtcDate } from "./dates";
import { quoteInContext } from "./quote-context";
import { summarizeResolutions } from "./report-summary";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument, ExportProject } from "./types";
import { documentPageUrl } from "./urls";

/**
 * The verdict report as HTML: one builder for the report page, the `html` download and the
 * PDF, so the three cannot disagree. It is a string builder rather than React so that the
 * download and the PDF need no React server renderer; every character a user typed passes
 * through `escapeHtml` (text and attribute values alike), links are written only for http(s)
 * URLs, and the file holds no script. Styles are one stylesheet scoped to `.cd-report`, inlined
 * into the file, with print rules (A4, no claim split across pages where it fits on one).
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` as HTML text or attribute value: `& < > " '` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** The URL when it is an absolute http(s) URL (what a link may point to), else null. */
function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside page, or the text alone when the URL is not http(s). */
function externalLink(text: string, url: string | null | undefined): string {
  const href = httpUrl(url);
  return href
    ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

/** Paragraphs of a user's text: blank lines part paragraphs, single line breaks are kept. */
function paragraphs(text: string, className?: string): string {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const attr = className ? ` class="${className}"` : "";
  return blocks.map((p) => `<p${attr}>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
}

function heading(level: number, html: string, attrs = ""): string {
  const n = Math.min(6, Math.max(1, level));
  return `<h${n}${attrs}>${html}</h${n}>`;
}

/** `id` as the value of an HTML id (ids are UUIDs, but nothing is trusted). */
function anchorId(prefix: string, id: string): string {
  return escapeHtml(`${prefix}-${id}`);
}

const STATUS_TEXT: Record<ExportClaim["status"], string> = {
  open: "Open",
  "in-review": "In review",
  resolved: "Resolved",
};

const KIND_TEXT: Record<ExportClaim["sources"][number]["kind"], string> = {
  "primary-document": "Primary document",
  "official-statement": "Official statement",
  "news-report": "News report",
  expert: "Expert",
  dataset: "Dataset",
  "social-media": "Social media",
  anonymous: "Anonymous",
};

const CREDIBILITY_TEXT: Record<ExportClaim["sources"][number]["credibility"], string> = {
  credible: "Credible",
  mixed: "Mixed credibility",
  "not-credible": "Not credible",
  undetermined: "Credibility undetermined",
};

const STANCE_TEXT: Record<ExportClaim["sources"][number]["stance"], string> = {
  supports: "Supports the claim",
  refutes: "Refutes the claim",
  context: "Context",
};

/** A rating label with its tone as a class (the label says it; the colour only repeats it). */
function ratingBadge(project: ExportProject, key: string): string {
  const rating = ratingOf(project.ratingScale, key);
  const tone = rating.value === null ? "none" : rating.value >= 4 ? "high" : rating.value === 3 ? "mid" : "low";
  return `<strong class="cd-rating cd-tone-${tone}">${escapeHtml(rating.label)}</strong>`;
}

function fact(label: string, valueHtml: string | null): string {
  return valueHtml ? `<div><dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd></div>` : "";
}

function textFact(label: string, value: string | null | undefined): string {
  return value && value.trim() ? fact(label, escapeHtml(value.trim())) : "";
}

function organizationHtml(project: ExportProject): string {
  const org = project.organization;
  return org ? `${escapeHtml(project.name)} · ${externalLink(org.name, org.url)}` : escapeHtml(project.name);
}

function quoteHtml(doc: ExportDocument, claim: ExportClaim, index: OffsetIndex): string {
  const context =
    claim.anchorStatus === "orphaned"
      ? null
      : quoteInContext(doc.text, claim.selector, { language: doc.language, index });
  if (!context) {
    return `<blockquote class="cd-quote"><p><mark>${escapeHtml(claim.selector.exact)}</mark></p></blockquote>`;
  }
  const before = `${context.isClippedBefore ? "…" : ""}${escapeHtml(context.before)}`;
  const after = `${escapeHtml(context.after)}${context.isClippedAfter ? "…" : ""}`;
  return `<blockquote class="cd-quote"><p>${before}<mark>${escapeHtml(context.quote)}</mark>${after}</p></blockquote>`;
}

function anchorNote(claim: ExportClaim): string {
  if (claim.anchorStatus === "orphaned") return " · the quote is no longer found in the text";
  if (claim.anchorStatus === "fuzzy") return " · the quote was found with edits";
  return "";
}

function resolutionHtml(project: ExportProject, claim: ExportClaim): string {
  const resolution = claim.resolution;
  if (!resolution) {
    if (claim.verdictsHidden)
      return `<p class="cd-note">Blind review: the resolution and other reviewers' verdicts are hidden until you give your own verdict.</p>`;
    return `<p class="cd-resolution">Resolution: <em>none yet</em></p>`;
  }
  const reopened = publishedResolution(claim) ? "" : ` <span class="cd-note">(reopened: under review again)</span>`;
  const by = resolution.userName ? ` by ${escapeHtml(resolution.userName)}` : "";
  const date = toUtcDate(resolution.updatedAt);
  return (
    `<p class="cd-resolution">Resolution: ${ratingBadge(project, resolution.rating)}${reopened}` +
    `<span class="cd-by">${by}, <time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time></span></p>` +
    (resolution.rationale.trim() ? `<div class="cd-rationale">${paragraphs(resolution.rationale)}</div>` : "")
  );
}

function verdictsHtml(project: ExportProject, claim: ExportClaim, level: number): string {
  const items = claim.verdicts.map((v) => {
    const confidence = v.confidence ? ` <span class="cd-muted">(${escapeHtml(v.confidence)} confidence)</span>` : "";
    const rationale = v.rationale?.trim() ? `<div class="cd-verdict-rationale">${paragraphs(v.rationale)}</div>` : "";
    return `<li><span class="cd-reviewer">${escapeHtml(v.userName)}</span>: ${ratingBadge(project, v.rating)}${confidence}${rationale}</li>`;
  });
  const hidden =
    claim.verdictsHidden && claim.resolution
      ? `<p class="cd-note">Blind review: other reviewers' verdicts are hidden until you give your own.</p>`
      : "";
  if (items.length === 0 && !hidden) return "";
  return `${heading(level, "Reviewers’ verdicts")}${items.length ? `<ul class="cd-verdicts">${items.join("")}</ul>` : ""}${hidden}`;
}

function sourcesHtml(claim: ExportClaim, level: number): string {
  if (claim.sources.length === 0) return `${heading(level, "Sources")}<p class="cd-muted">No source is cited.</p>`;
  const items = claim.sources.map((s) => {
    const details = [
      s.publisher?.trim() ? escapeHtml(s.publisher.trim()) : null,
      KIND_TEXT[s.kind],
      CREDIBILITY_TEXT[s.credibility],
      STANCE_TEXT[s.stance],
    ]
      .filter((d): d is string => d !== null)
      .join(" · ");
    const date = s.publishedAt ? ` · published ${escapeHtml(s.publishedAt)}` : "";
    const archived = httpUrl(s.archivedUrl) ? ` · ${externalLink("archived copy", s.archivedUrl)}` : "";
    const excerpt = s.excerpt?.trim() ? `<blockquote class="cd-excerpt">${paragraphs(s.excerpt)}</blockquote>` : "";
    return `<li>${externalLink(s.title?.trim() || s.url, s.url)}<div class="cd-source-details">${details}${date}${archived}</div>${excerpt}</li>`;
  });
  return `${heading(level, "Sources")}<ul class="cd-sources">${items.join("")}</ul>`;
}

function claimHtml(doc: ExportDocument, claim: ExportClaim, n: number, level: number, index: OffsetIndex): string {
  const wording = claim.claimText.trim() || claim.selector.exact;
  const facts = [
    textFact("Claimant", claim.claimant),
    fact("Status", `${STATUS_TEXT[claim.status]}${escapeHtml(anchorNote(claim))}`),
  ].join("");
  return (
    `<article class="cd-claim" id="${anchorId("claim", claim.id)}">` +
    heading(level, `<span class="cd-num">${n}.</span> ${escapeHtml(wording)}`) +
    quoteHtml(doc, claim, index) +
    `<dl class="cd-facts">${facts}</dl>` +
    resolutionHtml(doc.project, claim) +
    verdictsHtml(doc.project, claim, level + 1) +
    sourcesHtml(claim, level + 1) +
    `</article>`
  );
}

function summaryHtml(doc: ExportDocument, level: number): string {
  const summary = summarizeResolutions(doc.claims, doc.project.ratingScale);
  const rows = summary.byRating.map(
    (r) => `<tr><td>${ratingBadge(doc.project, r.key)}</td><td class="cd-count">${r.count}</td></tr>`,
  );
  if (summary.unresolved > 0)
    rows.push(`<tr><td>Not resolved</td><td class="cd-count">${summary.unresolved}</td></tr>`);
  const total = `<p>${summary.total} ${summary.total === 1 ? "claim" : "claims"}.</p>`;
  const table = rows.length
    ? `<table class="cd-summary-table"><thead><tr><th scope="col">Resolved rating</th><th scope="col" class="cd-count">Claims</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    : "";
  return `<section class="cd-summary">${heading(level, "Summary")}${total}${table}</section>`;
}

function gapsHtml(claims: ExportClaim[], level: number): string {
  const numbers = new Map(claims.map((c, i) => [c.id, i + 1]));
  const sections = gapKinds.flatMap(({ kind, label, explanation }) => {
    const items = claims.flatMap((claim) =>
      claim.gaps
        .filter((g) => g.kind === kind)
        .map((g) => {
          const wording = claim.claimText.trim() || claim.selector.exact;
          const link = `<a href="#${anchorId("claim", claim.id)}">${numbers.get(claim.id)}. ${escapeHtml(wording)}</a>`;
          return `<li>${link} — ${escapeHtml(g.detail)}</li>`;
        }),
    );
    if (items.length === 0) return [];
    return [
      `<div class="cd-gap">${heading(level + 1, `${escapeHtml(label)} <span class="cd-muted">(${items.length})</span>`)}<p class="cd-muted">${escapeHtml(explanation)}</p><ul>${items.join("")}</ul></div>`,
    ];
  });
  const body = sections.length ? sections.join("") : `<p>No sourcing gaps were found in the claims of this report.</p>`;
  return `<section class="cd-gaps">${heading(level, "Sourcing gaps")}${body}</section>`;
}

/**
 * One document's report, as an element: its metadata, a summary by published rating, each
 * claim in text order (`id="claim-<id>"`, its quote in its sentence with the quote marked,
 * wording, claimant, status, resolution and rationale, the reviewers' verdicts the reader may
 * see, the sources with kind, credibility, stance, excerpt and archived copy), then the
 * sourcing gaps of its claims. `level` is the level of its title (1 alone, 2 inside a project).
 */
export function htmlDocumentSection(doc: ExportDocument, options: { level?: number } = {}): string {
  return [...htmlDocumentSectionParts(doc, options)].join("");
}

/**
 * `htmlDocumentSection` in parts, for a stream: the section's opening to the claims' heading,
 * then each claim, then the rest. Joined, they are the section.
 */
export function* htmlDocumentSectionParts(doc: ExportDocument, options: { level?: number } = {}): Generator<string> {
  const level = options.level ?? 1;
  const claims = claimsInTextOrder(doc.claims);
  const index = new OffsetIndex(doc.text);
  const published = doc.publishedAt
    ? `<time datetime="${escapeHtml(doc.publishedAt)}">${escapeHtml(doc.publishedAt)}</time>`
    : null;
  const meta = [
    textFact("Outlet", doc.publisher),
    textFact("Author", doc.author),
    fact("Published", published),
    fact("Article", doc.sourceUrl ? externalLink(doc.sourceUrl, doc.sourceUrl) : null),
    fact("Fact-checked by", organizationHtml(doc.project)),
    fact("In ClaimDesk", externalLink(`revision ${doc.revision}`, documentPageUrl(doc))),
  ].join("");
  const lang = doc.language ? ` lang="${escapeHtml(doc.language)}"` : "";
  yield (
    `<section class="cd-document" id="${anchorId("document", doc.id)}"${lang}>` +
    `<header class="cd-document-header">${level === 1 ? `<p class="cd-kicker">Verdict report</p>` : ""}${heading(level, escapeHtml(doc.title))}<dl class="cd-meta">${meta}</dl></header>` +
    summaryHtml(doc, level + 1) +
    `<section class="cd-claims">${heading(level + 1, "Claims")}`
  );
  if (claims.length === 0) yield `<p>No claims have been marked in this document.</p>`;
  for (const [i, claim] of claims.entries()) yield claimHtml(doc, claim, i + 1, level + 2, index);
  yield `</section>` + gapsHtml(claims, level + 1) + `</section>`;
}

/** A document of a project report's table of contents. */
export type ReportTocEntry = {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  claimCount: number;
};

/** The opening of a project's report: its name, organisation and a table of contents. */
export function htmlProjectHeader(project: ExportProject, toc: ReportTocEntry[]): string {
  const entries = toc.map((d) => {
    const meta = [d.publisher, d.publishedAt].filter((m): m is string => !!m && !!m.trim()).map(escapeHtml);
    meta.push(`${d.claimCount} ${d.claimCount === 1 ? "claim" : "claims"}`);
    return `<li><a href="#${anchorId("document", d.id)}">${escapeHtml(d.title)}</a> <span class="cd-muted">${meta.join(" · ")}</span></li>`;
  });
  const contents = entries.length
    ? `<ol class="cd-toc">${entries.join("")}</ol>`
    : `<p>This project has no documents yet.</p>`;
  return (
    `<header class="cd-project-header"><p class="cd-kicker">Verdict report</p>${heading(1, escapeHtml(project.name))}` +
    `<dl class="cd-meta">${fact("Fact-checked by", project.organization ? externalLink(project.organization.name, project.organization.url) : null)}` +
    `${fact("Documents", String(toc.length))}</dl></header>` +
    `<nav class="cd-contents" aria-label="Contents">${heading(2, "Contents")}${contents}</nav>`
  );
}

/**
 * The report's stylesheet, every rule under `.cd-report`, so the page can carry it without
 * restyling the rest of the application. Print: A4 margins, links in the text colour, a new
 * page for each document of a project, and claims, headings and tables kept whole where they fit.
 */
export const REPORT_CSS = `
.cd-report{--cd-ink:#1c1917;--cd-muted:#57534e;--cd-rule:#d6d3d1;--cd-accent:#075985;color:var(--cd-ink);font-family:Georgia,"Times New Roman",serif;line-height:1.55;max-width:48rem;margin:0 auto}
.cd-report h1,.cd-report h2,.cd-report h3,.cd-report h4,.cd-report h5,.cd-report h6{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.25;margin:1.4em 0 .5em;break-after:avoid;page-break-after:avoid}
.cd-report h1{font-size:1.9rem;margin-top:.2em}
.cd-report h2{font-size:1.35rem;border-bottom:1px solid var(--cd-rule);padding-bottom:.2em}
.cd-report h3{font-size:1.12rem}
.cd-report h4,.cd-report h5,.cd-report h6{font-size:.95rem;margin:1em 0 .3em;color:var(--cd-muted)}
.cd-report a{color:var(--cd-accent);text-decoration:underline;overflow-wrap:anywhere}
.cd-report p{margin:.4em 0}
.cd-report .cd-kicker{font-family:system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--cd-muted);margin:0}
.cd-report dl{margin:.5em 0}
.cd-report dl div{display:flex;gap:.5em}
.cd-report dt{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--cd-muted);min-width:8.5em}
.cd-report dd{margin:0}
.cd-report .cd-facts dt{min-width:5.5em}
.cd-report table{border-collapse:collapse;margin:.5em 0;font-family:system-ui,sans-serif;font-size:.92rem;break-inside:avoid;page-break-inside:avoid}
.cd-report th,.cd-report td{border-bottom:1px solid var(--cd-rule);padding:.3em .9em .3em 0;text-align:left}
.cd-report .cd-count{text-align:right}
.cd-report .cd-claim{border-top:2px solid var(--cd-rule);padding:.6em 0 .9em;break-inside:avoid;page-break-inside:avoid}
.cd-report .cd-claim h3,.cd-report .cd-claim h4{margin-top:.4em}
.cd-report .cd-num{color:var(--cd-muted)}
.cd-report blockquote{margin:.5em 0;padding:.1em 0 .1em .9em;border-left:3px solid var(--cd-rule)}
.cd-report .cd-quote{font-style:normal;color:#44403c}
.cd-report mark{background:#fde68a;color:inherit;font-weight:600;padding:0 .08em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.cd-report .cd-rating{font-family:system-ui,sans-serif;font-size:.9em;padding:.05em .4em;border-radius:3px;border:1px solid currentColor;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.cd-report .cd-tone-high{color:#065f46;background:#d1fae5}
.cd-report .cd-tone-mid{color:#854d0e;background:#fef3c7}
.cd-report .cd-tone-low{color:#991b1b;background:#fee2e2}
.cd-report .cd-tone-none{color:#44403c;background:#f5f5f4}
.cd-report .cd-muted,.cd-report .cd-by,.cd-report .cd-source-details{color:var(--cd-muted);font-size:.9em}
.cd-report .cd-note{color:#7c2d12;font-style:italic}
.cd-report .cd-rationale{margin:.3em 0 .5em}
.cd-report ul,.cd-report ol{padding-left:1.3em;margin:.4em 0}
.cd-report li{margin:.25em 0}
.cd-report .cd-excerpt{font-size:.92em;color:#44403c}
.cd-report .cd-document+.cd-document{margin-top:3rem}
.cd-report .cd-gap{break-inside:avoid;page-break-inside:avoid}
@page{size:A4;margin:18mm 16mm 20mm}
@media print{
.cd-report{max-width:none;font-size:10.5pt}
.cd-report a{color:inherit}
.cd-report .cd-document+.cd-document{break-before:page;page-break-before:always;margin-top:0}
.cd-report .cd-contents{break-after:page;page-break-after:always}
}
`.trim();

const PAGE_CSS = "html{background:#fff}body{margin:0;padding:2rem 1.25rem}@media print{body{padding:0}}";

/** The opening of a self-contained report file, up to the start of its content. */
export function htmlReportStart(title: string, language: string | null = null): string {
  const lang = language ? escapeHtml(language) : "en";
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    // Nothing loads from anywhere: the file holds its styles, and no script may run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="generator" content="ClaimDesk">` +
    `<title>${escapeHtml(title)}</title><style>${PAGE_CSS}\n${REPORT_CSS}</style></head><body><main class="cd-report">`
  );
}

/** The closing of a report file. */
export const HTML_REPORT_END = "</main></body></html>\n";

/** A document's report as a self-contained HTML file (styles inlined, no script). */
export function buildHtmlReport(doc: ExportDocument): string {
  return htmlReportStart(`Verdict report: ${doc.title}`, doc.language) + htmlDocumentSection(doc) + HTML_REPORT_END;
}
