import type { TextPositionSelector, TextQuoteSelector } from "../anchoring/types";
import { ratingOf } from "./claim-rating";
import { laterOf, toUtcDateTime } from "./dates";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument } from "./types";
import { claimApiUrl, documentExportUrl, documentPageUrl } from "./urls";

/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): a document's claims as
 * one AnnotationPage, each claim an Annotation with motivation `assessing` whose target is the
 * quoted span and whose bodies are the resolution's rating and rationale and the cited sources.
 *
 * The rating body's `value` is the rating's label, for the reader of any annotation client; its
 * key, which is what ClaimDesk matches on import, rides along as `schema:identifier` (the Web
 * Annotation context binds the `schema:` prefix, so the term survives JSON-LD expansion).
 */

export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type AnnotationAgent = { type: "Person"; name: string };

export type RatingBody = {
  type: "TextualBody";
  purpose: "assessing";
  value: string;
  "schema:identifier": string;
  format: "text/plain";
  creator?: AnnotationAgent;
  modified: string;
};

export type RationaleBody = {
  type: "TextualBody";
  purpose: "describing";
  value: string;
  format: "text/plain";
  creator?: AnnotationAgent;
};

export type LinkingBody = { type: "SpecificResource"; purpose: "linking"; source: string };

export type AnnotationBody = RatingBody | RationaleBody | LinkingBody;

export type AnnotationTarget = {
  type: "SpecificResource";
  source: string;
  selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector];
};

/** An Annotation as an item of a page, where it takes the page's context. */
export type EmbeddedWebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  creator?: AnnotationAgent;
  created: string;
  modified: string;
  body: AnnotationBody[];
  target: AnnotationTarget;
};

/** An Annotation on its own, with its context first. */
export type WebAnnotation = { "@context": typeof WEB_ANNOTATION_CONTEXT } & EmbeddedWebAnnotation;

export type AnnotationPage = {
  "@context": typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  items: EmbeddedWebAnnotation[];
};

function person(name: string | null | undefined): { creator: AnnotationAgent } | Record<string, never> {
  const trimmed = name?.trim();
  return trimmed ? { creator: { type: "Person", name: trimmed } } : {};
}

function selectors(claim: ExportClaim): AnnotationTarget["selector"] {
  const { exact, prefix, suffix, start, end } = claim.selector;
  const quote: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
  if (claim.anchorStatus === "orphaned" || start === null || end === null) return [quote];
  return [quote, { type: "TextPositionSelector", start, end }];
}

function bodies(doc: ExportDocument, claim: ExportClaim): AnnotationBody[] {
  const result: AnnotationBody[] = [];
  const resolution = claim.resolution;
  if (resolution) {
    const rating = ratingOf(doc.project.ratingScale, resolution.rating);
    result.push({
      type: "TextualBody",
      purpose: "assessing",
      value: rating.label,
      "schema:identifier": rating.key,
      format: "text/plain",
      ...person(resolution.userName),
      modified: toUtcDateTime(resolution.updatedAt),
    });
    if (resolution.rationale.trim()) {
      result.push({
        type: "TextualBody",
        purpose: "describing",
        value: resolution.rationale,
        format: "text/plain",
        ...person(resolution.userName),
      });
    }
  }
  const seen = new Set<string>();
  for (const source of claim.sources) {
    if (seen.has(source.url)) continue;
    seen.add(source.url);
    result.push({ type: "SpecificResource", purpose: "linking", source: source.url });
  }
  return result;
}

/** The Annotation of one claim as an AnnotationPage holds it (its `@context` is the page's). */
export function annotationOf(doc: ExportDocument, claim: ExportClaim): EmbeddedWebAnnotation {
  const modified = claim.resolution ? laterOf(claim.updatedAt, claim.resolution.updatedAt) : claim.updatedAt;
  return {
    id: claimApiUrl(doc, claim.id),
    type: "Annotation",
    motivation: "assessing",
    ...person(claim.createdByName),
    created: toUtcDateTime(claim.createdAt),
    modified: toUtcDateTime(laterOf(claim.createdAt, modified)),
    body: bodies(doc, claim),
    target: {
      type: "SpecificResource",
      source: doc.sourceUrl ?? documentPageUrl(doc),
      selector: selectors(claim),
    },
  };
}

/**
 * The Annotation of one claim, standalone (with `@context`).
 *
 * - `id` is the claim's API URL; `creator` the user who marked it; `created`/`modified` are
 *   xsd:dateTime in UTC (`modified` is the later of the claim's and its resolution's changes).
 * - `target.source` is the article's URL, or the document's ClaimDesk page when it has none.
 *   The selectors are a TextQuoteSelector (prefix and suffix when not empty) and a
 *   TextPositionSelector whose `start`/`end` are Unicode code point offsets into the canonical
 *   text of `doc.revision`; an orphaned claim has no position and carries the quote alone.
 * - `body` holds the resolution's rating (TextualBody, purpose `assessing`) and rationale
 *   (TextualBody, purpose `describing`) when the claim has a resolution, whatever its status,
 *   then one SpecificResource with purpose `linking` per distinct source URL. Reviewers'
 *   individual verdicts are not bodies: an annotation carries the desk's one assessment.
 */
export function buildWebAnnotation(doc: ExportDocument, claim: ExportClaim): WebAnnotation {
  return { "@context": WEB_ANNOTATION_CONTEXT, ...annotationOf(doc, claim) };
}

/**
 * The document's claims as one AnnotationPage, in text order (orphaned claims last); its `id` is the
 * export's own URL. A document without claims gives an empty `items`: the model expects a page
 * to hold at least one annotation, but an importer is better served by one shape every time.
 */
export function buildAnnotationPage(doc: ExportDocument): AnnotationPage {
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id: documentExportUrl(doc, "webannotation"),
    type: "AnnotationPage",
    items: claimsInTextOrder(doc.claims).map((claim) => annotationOf(doc, claim)),
  };
}
