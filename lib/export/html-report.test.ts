import { describe, expect, it } from "vitest";
import { buildHtmlReport, escapeHtml, htmlDocumentSection, REPORT_CSS } from "./html-report";
import { ARTICLE_TEXT, claimOn, makeExportDocument, resolution, source } from "./testing/make-export-document";

const HOSTILE = `</style><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & 'single'`;

function demoDocument() {
  const resolved = claimOn(ARTICLE_TEXT, "no definitive evidence that Iran has transferred ballistic missiles", {
    id: "resolved",
    claimText: "No proof of missile transfers",
    claimant: "U.S. officials",
    status: "resolved",
    resolution: resolution("unproven", "No source shows a transfer.\n\nOfficials hedge."),
    verdicts: [
      {
        userId: "u1",
        userName: "Rita Reviewer",
        rating: "unproven",
        confidence: "high",
        rationale: "Hedged wording.",
        updatedAt: "2025-01-21T10:00:00Z",
      },
    ],
    sources: [
      source("https://www.state.gov/briefing", {
        title: "State Department briefing",
        publisher: "U.S. State Department",
        kind: "official-statement",
        credibility: "credible",
        stance: "context",
        excerpt: "We have no definitive evidence.",
        archivedUrl: "https://web.archive.org/web/2025/https://www.state.gov/briefing",
      }),
    ],
    gaps: [{ kind: "hedged-wording", detail: "Hedging: “no definitive evidence” (unverified status)." }],
  });
  const first = claimOn(ARTICLE_TEXT, "signed a comprehensive strategic partnership treaty", {
    id: "first",
    status: "in-review",
    gaps: [{ kind: "no-source", detail: "No source is cited." }],
  });
  return makeExportDocument({ claims: [resolved, first] });
}

describe("HTML verdict report", () => {
  it("is a self-contained file: inlined styles, a policy that loads nothing, no script", () => {
    const html = buildHtmlReport(demoDocument());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`<style>`);
    expect(html).toContain(REPORT_CSS.slice(0, 40));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son\w+=/i);
    expect(html).not.toMatch(/src=/i);
  });

  it("has the article's metadata, a summary by resolved rating, then each claim in text order with its id", () => {
    const html = buildHtmlReport(demoDocument());
    expect(html).toContain("<h1>Russia and Iran sign a treaty</h1>");
    expect(html).toContain("<dt>Outlet</dt><dd>Example News</dd>");
    expect(html).toContain("<dt>Author</dt><dd>Jane Writer</dd>");
    expect(html).toContain('<time datetime="2025-01-17">2025-01-17</time>');
    expect(html).toContain(
      '<a href="https://news.example.org/2025/01/russia-iran-treaty" rel="noopener noreferrer nofollow">',
    );
    expect(html).toContain(
      '<a href="https://factdesk.example.org/" rel="noopener noreferrer nofollow">Example Fact Desk</a>',
    );
    expect(html).toMatch(
      /<tr><td><strong class="cd-rating cd-tone-none">Unproven<\/strong><\/td><td class="cd-count">1<\/td><\/tr><tr><td>Not resolved<\/td><td class="cd-count">1<\/td><\/tr>/,
    );
    expect(html.indexOf('id="claim-first"')).toBeGreaterThan(0);
    expect(html.indexOf('id="claim-first"')).toBeLessThan(html.indexOf('id="claim-resolved"'));
  });

  it("shows each quote inside its sentence, the quote marked, with the resolution, verdicts and sources", () => {
    const html = buildHtmlReport(demoDocument());
    expect(html).toContain(
      "<p>There’s as yet <mark>no definitive evidence that Iran has transferred ballistic missiles</mark> to Russia, U.S. officials said.</p>",
    );
    expect(html).toContain("<dt>Claimant</dt><dd>U.S. officials</dd>");
    expect(html).toContain(
      'Resolution: <strong class="cd-rating cd-tone-none">Unproven</strong><span class="cd-by"> by Eddie Editor, <time datetime="2025-01-22">2025-01-22</time></span>',
    );
    expect(html).toContain('<div class="cd-rationale"><p>No source shows a transfer.</p><p>Officials hedge.</p></div>');
    expect(html).toContain(
      '<span class="cd-reviewer">Rita Reviewer</span>: <strong class="cd-rating cd-tone-none">Unproven</strong> <span class="cd-muted">(high confidence)</span>',
    );
    expect(html).toContain("U.S. State Department · Official statement · Credible · Context");
    expect(html).toContain(
      '<a href="https://web.archive.org/web/2025/https://www.state.gov/briefing" rel="noopener noreferrer nofollow">archived copy</a>',
    );
    expect(html).toContain('<blockquote class="cd-excerpt"><p>We have no definitive evidence.</p></blockquote>');
  });

  it("ends with the sourcing gaps, each linking to its claim", () => {
    const html = buildHtmlReport(demoDocument());
    const gaps = html.slice(html.indexOf("Sourcing gaps"));
    expect(gaps).toContain(
      '<a href="#claim-first">1. signed a comprehensive strategic partnership treaty</a> — No source is cited.',
    );
    expect(gaps).toContain('<a href="#claim-resolved">2. No proof of missile transfers</a>');
    expect(gaps.indexOf("No source")).toBeLessThan(gaps.indexOf("Hedged wording"));
  });

  it("escapes everything a user typed, and links only http(s) URLs", () => {
    const doc = demoDocument();
    const claim = doc.claims[0]!;
    const hostile = {
      ...doc,
      title: HOSTILE,
      publisher: HOSTILE,
      claims: [
        {
          ...claim,
          claimText: HOSTILE,
          claimant: HOSTILE,
          resolution: { ...claim.resolution!, rationale: HOSTILE, userName: HOSTILE },
          verdicts: [{ ...claim.verdicts[0]!, userName: HOSTILE, rationale: HOSTILE }],
          sources: [
            {
              ...claim.sources[0]!,
              url: "javascript:alert(3)",
              title: HOSTILE,
              excerpt: HOSTILE,
              archivedUrl: "data:text/html,x",
            },
          ],
          gaps: [{ kind: "no-source" as const, detail: HOSTILE }],
        },
      ],
    };
    const html = buildHtmlReport(hostile);
    expect(html).not.toMatch(/<script|<img|javascript:|data:text/i);
    expect(html.split(escapeHtml(HOSTILE)).length - 1).toBeGreaterThanOrEqual(9);
    // Only the stylesheet's own closing tag.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it("says when blind review withholds the resolution and others' verdicts", () => {
    const doc = demoDocument();
    const hidden = { ...doc.claims[0]!, resolution: null, verdicts: [], verdictsHidden: true };
    expect(htmlDocumentSection({ ...doc, claims: [hidden] })).toContain("hidden until you give your own verdict");
  });

  it("marks an orphaned claim's last quote alone, and nests under a project at level 2", () => {
    const orphan = claimOn(ARTICLE_TEXT, "not directed against third countries", {
      id: "orphan",
      anchorStatus: "orphaned",
    });
    orphan.selector = { ...orphan.selector, start: null, end: null };
    const section = htmlDocumentSection(makeExportDocument({ claims: [orphan] }), { level: 2 });
    expect(section).toContain(
      '<blockquote class="cd-quote"><p><mark>not directed against third countries</mark></p></blockquote>',
    );
    expect(section).toContain("the quote is no longer found in the text");
    expect(section).toContain("<h2>Russia and Iran sign a treaty</h2>");
    expect(section).toContain("<h3>Claims</h3>");
    expect(section).toMatch(/<h4><span class="cd-num">1\.<\/span>/);
  });
});
