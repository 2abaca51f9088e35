import { publishedResolution, ratingOf } from "./claim-rating";
import { toUtcDate } from "./dates";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument } from "./types";
import { reportClaimUrl } from "./urls";

/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), shaped for Google's fact-check
 * markup: `claimReviewed`, `reviewRating` and `url` (required), `author`, `datePublished` and
 * `itemReviewed` (recommended). Each review is a top-level object with its own `@context`, so
 * the array can go into one `<script type="application/ld+json">` as it is.
 */

export type SchemaOrganization = { "@type": "Organization"; name: string; url?: string };
export type SchemaPerson = { "@type": "Person"; name: string };

export type SchemaCreativeWork = {
  "@type": "CreativeWork";
  url?: string;
  headline: string;
  publisher?: SchemaOrganization;
};

export type SchemaRating = {
  "@type": "Rating";
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  ratingExplanation?: string;
};

export type SchemaClaim = {
  "@type": "Claim";
  appearance: SchemaCreativeWork[];
  firstAppearance?: SchemaCreativeWork;
  author?: SchemaOrganization | SchemaPerson;
  datePublished?: string;
};

export type ClaimReviewJsonLd = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: SchemaRating;
  author: SchemaOrganization;
  datePublished: string;
  itemReviewed: SchemaClaim;
};

const BEST_RATING = 5;
const WORST_RATING = 1;

/**
 * Words that mark a claimant as a body rather than a person. A heuristic: a claimant is free
 * text ("Foreign Minister Sergei Lavrov", "Iran's Foreign Ministry", "IAEA"), and a wrong guess
 * only changes the `@type` of a name that is printed either way.
 */
const ORGANIZATION_WORDS =
  /\b(?:ministry|ministries|government|administration|agency|department|office|bureau|council|committee|commission|parliament|senate|congress|assembly|party|embassy|kremlin|white house|pentagon|army|military|police|court|university|institute|foundation|association|federation|company|corporation|corp|inc|ltd|llc|plc|bank|news|officials|organi[sz]ation)\b/i;
/** An acronym of two to six capitals (UN, NATO, IAEA), possibly dotted (U.N.). */
const ACRONYM = /^(?:[A-Z]\.?){2,6}$/;

function sameName(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The claimant as schema.org sees it: an Organization when the name is the article's publisher,
 * an acronym, or holds a word naming a body (ministry, agency, party, …); otherwise a Person.
 */
export function claimantAgent(claimant: string, publisher: string | null): SchemaOrganization | SchemaPerson {
  const name = claimant.trim();
  const isOrganization = sameName(name, publisher) || ACRONYM.test(name) || ORGANIZATION_WORDS.test(name);
  return isOrganization ? { "@type": "Organization", name } : { "@type": "Person", name };
}

function articleAppearance(doc: ExportDocument): SchemaCreativeWork {
  return {
    "@type": "CreativeWork",
    ...(doc.sourceUrl ? { url: doc.sourceUrl } : {}),
    headline: doc.title,
    ...(doc.publisher ? { publisher: { "@type": "Organization", name: doc.publisher } } : {}),
  };
}

function reviewAuthor(doc: ExportDocument): SchemaOrganization {
  const org = doc.project.organization;
  if (org) return { "@type": "Organization", name: org.name, ...(org.url ? { url: org.url } : {}) };
  return { "@type": "Organization", name: doc.project.name };
}

/**
 * The ClaimReview of one claim, or null when the claim publishes no verdict (its status is not
 * `resolved` or it has no resolution). `claimReviewed` is the claim's wording (its quote when the
 * wording is blank).
 *
 * - `author` is the project's organization (name and url); without one, the project's name as an
 *   Organization, since Google recommends an author and the project is the desk that publishes.
 * - `reviewRating.alternateName` is always the rating's label; `ratingValue` with `bestRating` 5
 *   and `worstRating` 1 only for a rating that has a number. `ratingExplanation` is the
 *   resolution's rationale.
 * - `itemReviewed.appearance` is the article; it is also the `firstAppearance` when the claimant
 *   is the article's author or publisher (the article makes the claim itself). Otherwise the
 *   first appearance is unknown and omitted. `itemReviewed.author` is the claimant (see
 *   {@link claimantAgent}), omitted when none is recorded; `itemReviewed.datePublished` is the
 *   article's date when known.
 */
export function buildClaimReview(doc: ExportDocument, claim: ExportClaim): ClaimReviewJsonLd | null {
  const resolution = publishedResolution(claim);
  if (!resolution) return null;
  const rating = ratingOf(doc.project.ratingScale, resolution.rating);
  const rationale = resolution.rationale.trim();
  const reviewRating: SchemaRating = {
    "@type": "Rating",
    alternateName: rating.label,
    ...(rating.value !== null ? { ratingValue: rating.value, bestRating: BEST_RATING, worstRating: WORST_RATING } : {}),
    ...(rationale ? { ratingExplanation: rationale } : {}),
  };

  const appearance = articleAppearance(doc);
  const claimant = claim.claimant?.trim() || null;
  const isArticlesOwnClaim = sameName(claimant, doc.author) || sameName(claimant, doc.publisher);
  const itemReviewed: SchemaClaim = {
    "@type": "Claim",
    appearance: [appearance],
    ...(isArticlesOwnClaim ? { firstAppearance: appearance } : {}),
    ...(claimant ? { author: claimantAgent(claimant, doc.publisher) } : {}),
    ...(doc.publishedAt ? { datePublished: doc.publishedAt } : {}),
  };

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reportClaimUrl(doc, claim.id),
    claimReviewed: claim.claimText.trim() || claim.selector.exact,
    reviewRating,
    author: reviewAuthor(doc),
    datePublished: toUtcDate(resolution.updatedAt),
    itemReviewed,
  };
}

/** One ClaimReview per claim that publishes a verdict, in text order. */
export function buildClaimReviews(doc: ExportDocument): ClaimReviewJsonLd[] {
  const reviews: ClaimReviewJsonLd[] = [];
  for (const claim of claimsInTextOrder(doc.claims)) {
    const review = buildClaimReview(doc, claim);
    if (review) reviews.push(review);
  }
  return reviews;
}

/**
 * JSON-LD text safe to place inside an HTML `<script type="application/ld+json">` element: `<`,
 * `>` and `&` are written as JSON escapes so that user text such as `</script>` cannot close the
 * element, and U+2028/U+2029 likewise; `JSON.parse` reads it back unchanged.
 */
export function jsonLdForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
