import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from "../../anchoring/types";
import type { FieldErrors } from "../../errors";

/** The formats the annotation import reads. */
export type AnnotationFormat = "webannotation" | "hypothesis";

/** A rating as an annotation gives it: a key (`schema:identifier`) and/or a label (`value`). */
export type GivenRating = { identifier: string | null; label: string | null };

/**
 * One annotation of an imported file, read into what ClaimDesk can make of it. Every text here is
 * the file's own; nothing is matched against a project yet (lib/import/annotations/plan-import.ts
 * does that).
 */
export type ReadAnnotation = {
  /** Its place in the file's list, from 0. */
  index: number;
  /**
   * `<format>:<id>`: what the claim (or reply) remembers, so that importing the file again finds
   * it. A Web Annotation without an `id` is named by a digest of its content instead.
   */
  sourceId: string;
  /** The annotation's own id, as the file gives it (null when it has none). */
  id: string | null;
  /** The `sourceId` of the annotation this one replies to; null for an annotation of the text. */
  replyTo: string | null;
  /**
   * The quote, and a position only when it counts code points of the text imported into (a Web
   * Annotation's); a Hypothesis position counts UTF-16 units of another page and is not kept.
   */
  selectors: { quote?: TextQuoteSelector; position?: TextPositionSelector };
  tags: string[];
  /** The annotation's note (Hypothesis `text`), with who wrote it and when, ready to be a comment; null when empty. */
  note: string | null;
  /** A Web Annotation's assessing body. */
  rating: GivenRating | null;
  /** A Web Annotation's describing body: the verdict's rationale. */
  rationale: string | null;
  /** http(s) URLs of linking bodies: the claim's sources. */
  links: string[];
  /** What the bodies said that ClaimDesk has no field for, each kept as a comment. */
  extras: string[];
  /** Who made it, as the file names them (for the audit log). */
  creator: string | null;
};

export type ReadAnnotationsResult =
  { ok: true; format: AnnotationFormat; annotations: ReadAnnotation[] } | { ok: false; problems: FieldErrors };

/** Longest quote and comment an import takes (as the API does for claims and comments). */
export const MAX_QUOTE_LENGTH = 20_000;
export const MAX_COMMENT_LENGTH = 20_000;
export const MAX_TAG_LENGTH = 200;

/** Why an annotation made no claim or reply this time. */
export type AnnotationImportReason =
  "quote-not-found" | "ambiguous" | "malformed" | "already-imported" | "parent-not-imported";

export type AnnotationImportRow = {
  /** The annotation's place in the file's list, from 0. */
  index: number;
  /** Its id in the file (null for a Web Annotation without one). */
  annotationId: string | null;
  /** An annotation of the text becomes a claim; a reply becomes a reply in a claim's discussion. */
  kind: "claim" | "reply";
  /** The claim made (or found from an earlier import, or replied in); null when none. */
  claimId: string | null;
  /** Where the claim was anchored; null for a reply or when no claim was made. */
  anchorStatus: AnchorStatus | null;
  /** For a reply: the comment made (or found from an earlier import). */
  commentId?: string;
  reason?: AnnotationImportReason;
  /** The reason in words, for people. */
  message?: string;
};

/** What an import did (`POST /api/v1/documents/:id/annotations`). */
export type AnnotationImportResult = {
  format: AnnotationFormat;
  /** Claims made. */
  created: number;
  /** Annotations that made nothing: quote not found, ambiguous, unusable target, or a reply whose annotation made no claim. */
  notAnchored: number;
  /** Annotations (and replies) imported before, left as they are. */
  skipped: number;
  /** Replies added to discussions. */
  replies: number;
  /** One row per annotation, in the file's order. */
  results: AnnotationImportRow[];
};
