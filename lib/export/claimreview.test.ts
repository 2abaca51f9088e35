import { describe, expect, it } from "vitest";
import {
  buildClaimReview,
  buildClaimReviews,
  claimantAgent,
  jsonLdForHtml,
  type ClaimReviewJsonLd,
} from "./claimreview";
import { ARTICLE_TEXT, claimOn, makeExportDocument, resolution } from "./testing/make-export-document";

/**
 * Property lists written from the documentation.
 *
 * schema.org (https://schema.org/ClaimReview, /Claim, /Rating, /CreativeWork, /Organization,
 * /Person): the properties a type defines itself and those of the types it inherits from that
 * a fact check can sensibly carry. A property outside the list for its `@type` is a typo or a
 * term schema.org does not define there.
 */
const THING = [
  "additionalType",
  "alternateName",
  "description",
  "disambiguatingDescription",
  "identifier",
  "image",
  "mainEntityOfPage",
  "name",
  "potentialAction",
  "sameAs",
  "subjectOf",
  "url",
];
const CREATIVE_WORK = [
  ...THING,
  "about",
  "abstract",
  "author",
  "citation",
  "contributor",
  "creator",
  "dateCreated",
  "dateModified",
  "datePublished",
  "headline",
  "inLanguage",
  "isBasedOn",
  "isPartOf",
  "keywords",
  "mentions",
  "publisher",
  "sourceOrganization",
  "text",
  "archivedAt",
];
const REVIEW = [
  ...CREATIVE_WORK,
  "associatedClaimReview",
  "associatedMediaReview",
  "associatedReview",
  "itemReviewed",
  "negativeNotes",
  "positiveNotes",
  "reviewAspect",
  "reviewBody",
  "reviewRating",
];
const SCHEMA_ORG_PROPERTIES: Record<string, string[]> = {
  ClaimReview: [...REVIEW, "claimReviewed"],
  Claim: [...CREATIVE_WORK, "appearance", "claimInterpreter", "firstAppearance"],
  Rating: [...THING, "author", "bestRating", "ratingExplanation", "ratingValue", "reviewAspect", "worstRating"],
  CreativeWork: CREATIVE_WORK,
  Organization: [...THING, "address", "email", "legalName", "logo", "telephone"],
  Person: [...THING, "affiliation", "email", "familyName", "givenName", "jobTitle", "worksFor"],
};

/**
 * Google's fact-check documentation
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 */
const GOOGLE = {
  ClaimReview: {
    required: ["claimReviewed", "reviewRating", "url"],
    recommended: ["author", "datePublished", "itemReviewed"],
  },
  Claim: { required: [], recommended: ["appearance", "author", "datePublished", "firstAppearance"] },
  Rating: { required: ["alternateName"], recommended: ["bestRating", "name", "ratingValue", "worstRating"] },
  // ClaimReview.author: "the publisher of the fact check article", an Organization or Person.
  Author: { required: [], recommended: ["name", "url"] },
};

type JsonObject = Record<string, unknown>;

/** Every property of every typed node that schema.org does not define for its `@type`. */
function unknownProperties(node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => unknownProperties(item, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const object = node as JsonObject;
  const type = object["@type"];
  const problems: string[] = [];
  if (typeof type !== "string") problems.push(`${path}: no @type`);
  else {
    const allowed = SCHEMA_ORG_PROPERTIES[type];
    if (!allowed) problems.push(`${path}: unexpected @type ${type}`);
    for (const key of Object.keys(object)) {
      if (key.startsWith("@")) continue;
      if (allowed && !allowed.includes(key)) problems.push(`${path}.${key}: not a ${type} property`);
    }
  }
  for (const [key, value] of Object.entries(object)) problems.push(...unknownProperties(value, `${path}.${key}`));
  return problems;
}

const DEMO_QUOTE = "There’s as yet no definitive evidence that Iran has transferred ballistic missiles to Russia";

function resolvedDocument(rating = "mostly-false", claimOverrides = {}) {
  const claim = claimOn(ARTICLE_TEXT, DEMO_QUOTE, {
    id: "claim-42",
    claimText: "Iran has not been shown to transfer ballistic missiles to Russia",
    claimant: "U.S. officials",
    status: "resolved",
    resolution: resolution(rating, "Officials say there is no definitive evidence; no source shows a transfer."),
    ...claimOverrides,
  });
  return { doc: makeExportDocument({ claims: [claim] }), claim };
}

function only(reviews: ClaimReviewJsonLd[]): ClaimReviewJsonLd {
  expect(reviews).toHaveLength(1);
  return reviews[0] as ClaimReviewJsonLd;
}

describe("ClaimReview export", () => {
  it("publishes a resolved claim with its rating, link, author, date and the article it appears in", () => {
    const { doc } = resolvedDocument();
    expect(only(buildClaimReviews(doc))).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claimdesk.example.org/documents/doc-1/report#claim-claim-42",
      claimReviewed: "Iran has not been shown to transfer ballistic missiles to Russia",
      reviewRating: {
        "@type": "Rating",
        alternateName: "Mostly false",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: "Officials say there is no definitive evidence; no source shows a transfer.",
      },
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.org" },
      datePublished: "2025-01-22",
      itemReviewed: {
        "@type": "Claim",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://news.example.org/2025/01/russia-iran-treaty",
            headline: "Russia and Iran sign a treaty",
            publisher: { "@type": "Organization", name: "Example News" },
          },
        ],
        author: { "@type": "Organization", name: "U.S. officials" },
        datePublished: "2025-01-17",
      },
    });
  });

  it("uses only properties schema.org defines for each type", () => {
    const { doc } = resolvedDocument("true", { claimant: "Jane Writer" });
    const review = only(buildClaimReviews(doc));
    expect(unknownProperties(review)).toEqual([]);
    expect(unknownProperties(only(buildClaimReviews(resolvedDocument("unproven").doc)))).toEqual([]);
  });

  it("would report a property schema.org does not define (the check is not vacuous)", () => {
    const review = { ...only(buildClaimReviews(resolvedDocument().doc)), reviewedClaim: "x" };
    expect(unknownProperties({ ...review, itemReviewed: { ...review.itemReviewed, claimant: "y" } })).toEqual([
      "$.reviewedClaim: not a ClaimReview property",
      "$.itemReviewed.claimant: not a Claim property",
    ]);
  });

  it("carries every property Google requires and the recommended ones it can know", () => {
    const { doc } = resolvedDocument("false", { claimant: "Example News" });
    const review = only(buildClaimReviews(doc)) as unknown as JsonObject;
    const claim = review.itemReviewed as JsonObject;
    const rating = review.reviewRating as JsonObject;
    const author = review.author as JsonObject;
    for (const key of [...GOOGLE.ClaimReview.required, ...GOOGLE.ClaimReview.recommended])
      expect(review).toHaveProperty(key);
    // The claimant is the publisher, so the article is the claim's first appearance too.
    for (const key of GOOGLE.Claim.recommended) expect(claim).toHaveProperty(key);
    // `name` is left out: Google documents it as the same as `alternateName`.
    for (const key of [...GOOGLE.Rating.required, ...GOOGLE.Rating.recommended.filter((k) => k !== "name")]) {
      expect(rating).toHaveProperty(key);
    }
    for (const key of GOOGLE.Author.recommended) expect(author).toHaveProperty(key);
    expect(review.url).toMatch(/^https:\/\/claimdesk\.example\.org\//);
    expect(rating.worstRating as number).toBeLessThanOrEqual(rating.ratingValue as number);
    expect(rating.ratingValue as number).toBeLessThanOrEqual(rating.bestRating as number);
  });

  it("gives a rating without a number by its label alone", () => {
    const review = only(buildClaimReviews(resolvedDocument("unproven").doc));
    expect(review.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unproven",
      ratingExplanation: "Officials say there is no definitive evidence; no source shows a transfer.",
    });
  });

  it("keeps a rating the scale no longer holds, labelled by its key", () => {
    const review = only(buildClaimReviews(resolvedDocument("satire").doc));
    expect(review.reviewRating.alternateName).toBe("satire");
    expect(review.reviewRating).not.toHaveProperty("ratingValue");
  });

  it("publishes nothing for a claim that is open, in review or reopened after its resolution", () => {
    const open = claimOn(ARTICLE_TEXT, DEMO_QUOTE, { status: "open" });
    const resolvedWithout = claimOn(ARTICLE_TEXT, "signed a comprehensive", { status: "resolved", resolution: null });
    const reopened = claimOn(ARTICLE_TEXT, "Foreign Minister", {
      status: "in-review",
      resolution: resolution("false", "x"),
    });
    const doc = makeExportDocument({ claims: [open, resolvedWithout, reopened] });
    expect(buildClaimReviews(doc)).toEqual([]);
    expect(buildClaimReview(doc, reopened)).toBeNull();
  });

  it("names the project as the author when the project has no organization", () => {
    const { doc } = resolvedDocument();
    const review = only(buildClaimReviews({ ...doc, project: { ...doc.project, organization: null } }));
    expect(review.author).toEqual({ "@type": "Organization", name: "Treaty watch" });
  });

  it("leaves out the organization's url when it has none", () => {
    const { doc } = resolvedDocument();
    const review = only(
      buildClaimReviews({ ...doc, project: { ...doc.project, organization: { name: "Desk", url: null } } }),
    );
    expect(review.author).toEqual({ "@type": "Organization", name: "Desk" });
  });

  it("omits the claim's author when no claimant is recorded, and its date when the article has none", () => {
    const { doc } = resolvedDocument("false", { claimant: null });
    const review = only(buildClaimReviews({ ...doc, publishedAt: null }));
    expect(review.itemReviewed).not.toHaveProperty("author");
    expect(review.itemReviewed).not.toHaveProperty("datePublished");
    expect(review.itemReviewed).not.toHaveProperty("firstAppearance");
  });

  it("names the article as the first appearance only when the claimant wrote or published it", () => {
    const byAuthor = only(buildClaimReviews(resolvedDocument("false", { claimant: " jane writer " }).doc));
    expect(byAuthor.itemReviewed.firstAppearance).toEqual(byAuthor.itemReviewed.appearance[0]);
    expect(byAuthor.itemReviewed.author).toEqual({ "@type": "Person", name: "jane writer" });
    const quoted = only(
      buildClaimReviews(resolvedDocument("false", { claimant: "Foreign Minister Sergei Lavrov" }).doc),
    );
    expect(quoted.itemReviewed).not.toHaveProperty("firstAppearance");
  });

  it("describes an article pasted without a URL by its headline", () => {
    const { doc } = resolvedDocument();
    const review = only(buildClaimReviews({ ...doc, sourceUrl: null, publisher: null }));
    expect(review.itemReviewed.appearance).toEqual([
      { "@type": "CreativeWork", headline: "Russia and Iran sign a treaty" },
    ]);
  });

  it("dates the review by the UTC day of its resolution", () => {
    const { doc } = resolvedDocument("false", {
      resolution: resolution("false", "r", { updatedAt: "2025-01-22T23:30:00-05:00" }),
    });
    expect(only(buildClaimReviews(doc)).datePublished).toBe("2025-01-23");
  });

  it("serializes for an HTML script element so that user text cannot close it", () => {
    const wording = 'He said "</script><script>alert(1)</script>" & left';
    const { doc } = resolvedDocument("false", { claimText: wording });
    const html = jsonLdForHtml(buildClaimReviews(doc));
    expect(html).not.toMatch(/<|>/);
    expect((JSON.parse(html) as ClaimReviewJsonLd[])[0]?.claimReviewed).toBe(wording);
  });
});

describe("claimantAgent", () => {
  it.each([
    ["Foreign Minister Sergei Lavrov", "Person"],
    ["Jane Writer", "Person"],
    ["Iran's Foreign Ministry", "Organization"],
    ["The Kremlin", "Organization"],
    ["IAEA", "Organization"],
    ["U.N.", "Organization"],
    ["Example News", "Organization"],
    ["Acme Corp", "Organization"],
    ["U.S. officials", "Organization"],
  ])("reads %s as a %s", (claimant, type) => {
    expect(claimantAgent(claimant, "Example News")["@type"]).toBe(type);
  });

  it("reads the article's publisher as an Organization whatever its name", () => {
    expect(claimantAgent("Bellingcat", "bellingcat")).toEqual({ "@type": "Organization", name: "Bellingcat" });
    expect(claimantAgent("Bellingcat", null)).toEqual({ "@type": "Person", name: "Bellingcat" });
  });
});
