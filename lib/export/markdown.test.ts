import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { buildMarkdownReport, escapeMarkdown, markdownBlock } from "./markdown";
import { ARTICLE_TEXT, claimOn, makeExportDocument, resolution, source } from "./testing/make-export-document";

function html(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

/** The text content of rendered HTML, entities decoded, for comparing with what a user typed. */
function text(rendered: string): string {
  return rendered
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const HOSTILE = "*Breaking* [click](javascript:alert(1)) <img src=x onerror=alert(1)> `code` ~~gone~~ a_b_c | &amp; \\";

function demoDocument() {
  const resolved = claimOn(
    ARTICLE_TEXT,
    "There’s as yet no definitive evidence that Iran has transferred ballistic missiles",
    {
      id: "resolved",
      claimText: "No proof of missile transfers",
      claimant: "U.S. officials",
      status: "resolved",
      resolution: resolution(
        "unproven",
        "First line\nsecond line\n\n# not a heading\n- not a list\n1. not a numbered list\n    not code\n===",
      ),
      verdicts: [
        {
          userId: "u1",
          userName: "Rita Reviewer",
          rating: "unproven",
          confidence: "high",
          rationale: "Hedged wording.",
          updatedAt: "2025-01-21T10:00:00Z",
        },
        {
          userId: "u2",
          userName: "Sam",
          rating: "mostly-false",
          confidence: null,
          rationale: null,
          updatedAt: "2025-01-21T11:00:00Z",
        },
      ],
      sources: [
        source("https://www.state.gov/briefing", {
          title: "State Department briefing",
          publisher: "U.S. State Department",
          kind: "official-statement",
          stance: "context",
          excerpt: "We have no definitive evidence.",
        }),
      ],
    },
  );
  const first = claimOn(ARTICLE_TEXT, "signed a comprehensive strategic partnership treaty", {
    id: "first",
    status: "in-review",
  });
  const orphan = claimOn(ARTICLE_TEXT, "Foreign Minister Sergei Lavrov said", {
    id: "orphan",
    anchorStatus: "orphaned",
  });
  orphan.selector = { ...orphan.selector, start: null, end: null };
  const reopened = claimOn(ARTICLE_TEXT, "not directed against third countries", {
    id: "reopened",
    status: "in-review",
    resolution: resolution("true", "Stated in the treaty."),
  });
  return makeExportDocument({ claims: [orphan, resolved, reopened, first] });
}

describe("Markdown verdict report", () => {
  it("opens with the document's metadata", () => {
    const report = buildMarkdownReport(demoDocument());
    expect(report.startsWith("# Verdict report: Russia and Iran sign a treaty\n")).toBe(true);
    for (const line of [
      "- **Article:** [https://news.example.org/2025/01/russia-iran-treaty](<https://news.example.org/2025/01/russia-iran-treaty>)",
      "- **Publisher:** Example News",
      "- **Author:** Jane Writer",
      "- **Published:** 2025-01-17",
      "- **Language:** en",
      "- **Project:** Treaty watch ([Example Fact Desk](<https://factdesk.example.org>))",
    ]) {
      expect(report.split("\n")).toContain(line);
    }
  });

  it("summarizes claims by resolved rating, counting a reopened claim as not resolved", () => {
    const rendered = html(buildMarkdownReport(demoDocument()));
    expect(rendered).toMatch(/<td>Unproven<\/td>\s*<td align="right">1<\/td>/);
    expect(rendered).toMatch(/<td>Not resolved<\/td>\s*<td align="right">3<\/td>/);
    expect(rendered).not.toMatch(/<td>True<\/td>/);
  });

  it("lists the claims in text order, orphaned ones last, with quote, claimant, resolution, verdicts and sources", () => {
    const report = buildMarkdownReport(demoDocument());
    const headings = report.split("\n").filter((l) => l.startsWith("### "));
    expect(headings).toEqual([
      "### 1. signed a comprehensive strategic partnership treaty",
      "### 2. No proof of missile transfers",
      "### 3. not directed against third countries",
      "### 4. Foreign Minister Sergei Lavrov said",
    ]);
    const rendered = html(report);
    // The quote in its sentence, the quote in bold.
    expect(rendered).toContain(
      "<blockquote>\n<p><strong>There’s as yet no definitive evidence that Iran has transferred ballistic missiles</strong> to Russia, U.S. officials said.</p>\n</blockquote>",
    );
    // An orphaned claim has no sentence: its last quote alone.
    expect(rendered).toContain("<blockquote>\n<p>Foreign Minister Sergei Lavrov said</p>\n</blockquote>");
    expect(rendered).toContain("<strong>Claimant:</strong> U.S. officials");
    expect(rendered).toContain("<strong>Resolution:</strong> <strong>Unproven</strong> by Eddie Editor, 2025-01-22");
    expect(rendered).toContain(
      "<strong>Resolution:</strong> <strong>True</strong> (reopened) by Eddie Editor, 2025-01-22",
    );
    expect(rendered).toContain("<li>Rita Reviewer: Unproven (high confidence) — Hedged wording.</li>");
    expect(rendered).toContain("<li>Sam: Mostly false</li>");
    expect(rendered).toContain(
      '<a href="https://www.state.gov/briefing">State Department briefing</a> — U.S. State Department · official statement · context',
    );
    expect(rendered).toContain("We have no definitive evidence.");
    expect(rendered).toContain("quote no longer found in the text");
    expect(rendered).toContain(
      '<a href="https://claimdesk.example.org/documents/doc-1/report#claim-resolved">Open in the report</a>',
    );
  });

  it("keeps a rationale's lines and paragraphs as text, never as headings, lists or code", () => {
    const rendered = html(buildMarkdownReport(demoDocument()));
    expect(rendered).toContain("<p>First line<br>second line</p>");
    expect(rendered).toContain("# not a heading<br>- not a list<br>1. not a numbered list<br>not code<br>===");
    expect(rendered).not.toMatch(/<pre|<code|<h[1-6]>not a heading|<li>not a list|<ol/);
  });

  it("escapes Markdown in everything a user typed", () => {
    const doc = demoDocument();
    const claim = {
      ...doc.claims[1]!,
      claimText: HOSTILE,
      claimant: HOSTILE,
      selector: { ...doc.claims[1]!.selector, exact: HOSTILE },
    };
    const hostile = { ...doc, title: HOSTILE, publisher: HOSTILE, claims: [claim] };
    const rendered = html(buildMarkdownReport(hostile));
    expect(rendered).not.toMatch(/<em>|<strong>Breaking|<img|<code>|<del>|href="javascript/);
    expect(text(rendered)).toContain(`Verdict report: ${HOSTILE}`);
    expect(text(rendered)).toContain(`Claimant: ${HOSTILE}`);
    expect(text(rendered)).toContain(`Publisher: ${HOSTILE}`);
  });

  it("escapes inline text so that it renders as itself", () => {
    for (const value of [
      HOSTILE,
      "# title",
      "- item",
      "+ item",
      "1. one",
      "2) two",
      "=== under",
      "a <b> & c",
      "[x]: http://ref.example",
    ]) {
      expect(text(html(escapeMarkdown(value))).trim()).toBe(value);
    }
  });

  it("lets no URL carry markup out of an autolink: GFM would end the link at `<` and keep its backslash", () => {
    for (const value of [
      "https://example.org/?q=<img src=x onerror=alert(1)>",
      'https://example.org/"><svg onload=alert(1)>',
      "www.example.org/<script>alert(1)</script>",
      "see https://example.org/<b>bold</b>",
    ]) {
      const rendered = html(escapeMarkdown(value));
      expect(rendered, value).not.toMatch(/<(img|svg|script|b)\b/);
      expect(text(rendered.replace(/<a [^>]*>|<\/a>/g, "")).trim()).toBe(value);
    }
  });

  it("writes a block as quoted lines that render as the original text", () => {
    const block = markdownBlock("one\ntwo\n\nthree", "> ");
    expect(block).toBe("> one\\\n> two\n>\n> three");
    expect(html(block)).toBe("<blockquote>\n<p>one<br>two</p>\n<p>three</p>\n</blockquote>\n");
  });

  it("ends with the sourcing gaps of the claims, each linking to its claim in the report", () => {
    const doc = demoDocument();
    const claims = doc.claims.map((c) =>
      c.id === "resolved"
        ? {
            ...c,
            gaps: [
              { kind: "hedged-wording" as const, detail: "Hedging: “no definitive evidence” (unverified status)." },
            ],
          }
        : c.id === "first"
          ? { ...c, gaps: [{ kind: "no-source" as const, detail: "No source is cited." }] }
          : c,
    );
    const report = buildMarkdownReport({ ...doc, claims });
    const gaps = report.slice(report.indexOf("## Sourcing gaps"));
    expect(gaps).toContain("### No source (1)");
    expect(gaps).toContain(
      "- [1\\. signed a comprehensive strategic partnership treaty](<https://claimdesk.example.org/documents/doc-1/report#claim-first>) — No source is cited.",
    );
    expect(gaps).toContain("### Hedged wording (1)");
    expect(gaps.indexOf("No source (1)")).toBeLessThan(gaps.indexOf("Hedged wording (1)"));
  });

  it("leaves a quote plain rather than print stray asterisks where bold would not take", () => {
    const text = "He signed the“treaty”today.";
    const claim = claimOn(text, "“treaty”");
    const rendered = html(buildMarkdownReport(makeExportDocument({ text, claims: [claim] })));
    expect(rendered).toContain("<blockquote>\n<p>He signed the“treaty”today.</p>\n</blockquote>");
  });

  it("says when blind review withholds the other verdicts, and nests under a project's heading at level 2", () => {
    const doc = demoDocument();
    const hidden = { ...doc, claims: [{ ...doc.claims[1]!, verdicts: [], resolution: null, verdictsHidden: true }] };
    const report = buildMarkdownReport(hidden, { level: 2 });
    expect(report.startsWith("## Russia and Iran sign a treaty\n")).toBe(true);
    expect(report).toContain("\n### Summary\n");
    expect(report).toContain("\n#### 1. No proof of missile transfers\n");
    expect(report).toContain("hidden until you give your own verdict");
  });

  it("says so when a document has no claims", () => {
    const report = buildMarkdownReport(makeExportDocument());
    expect(report).toContain("No claims have been marked in this document.");
    expect(report).toContain("0 claims.");
  });
});
