import type { Rating } from "../../ratings";
import type { GivenRating, ReadAnnotation } from "./types";

/**
 * What one read annotation becomes in a project, before anything is written: a claim (with the
 * importer's verdict, the sources and the comments it brings), or a reply to the comment of the
 * annotation it answers.
 */

export type ClaimPlan = {
  kind: "claim";
  annotation: ReadAnnotation;
  /** The importer's verdict: a rating of the project's scale, and the rationale given with it. */
  verdict: { rating: string; rationale: string | null } | null;
  /** http(s) URLs to cite. */
  links: string[];
  /** Comment bodies in order; the annotation's own note (when it has one) first. */
  comments: string[];
};

export type ReplyPlan = { kind: "reply"; annotation: ReadAnnotation; body: string | null };

export type AnnotationPlan = ClaimPlan | ReplyPlan;

const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

/**
 * The rating of `scale` an annotation gives: its key (`schema:identifier`) against the keys,
 * then its label against the labels, then either against the other (case, spaces and hyphens
 * aside). Null when nothing matches: the assessment is then kept as a comment.
 */
export function matchRating(scale: readonly Rating[], given: GivenRating): Rating | null {
  const { identifier, label } = given;
  const byKey = (s: string | null) => (s === null ? undefined : scale.find((r) => fold(r.key) === fold(s)));
  const byLabel = (s: string | null) => (s === null ? undefined : scale.find((r) => fold(r.label) === fold(s)));
  return byKey(identifier) ?? byLabel(label) ?? byKey(label) ?? byLabel(identifier) ?? null;
}

function webSignature(creator: string | null): string {
  return creator ? `— via Web Annotation, ${creator}` : "— via Web Annotation";
}

/** Plans one annotation of a file in a project whose rating scale is `scale`. */
export function planAnnotation(annotation: ReadAnnotation, scale: readonly Rating[]): AnnotationPlan {
  if (annotation.replyTo !== null) return { kind: "reply", annotation, body: annotation.note };
  const signed = (body: string) => `${body}\n\n${webSignature(annotation.creator)}`;
  const comments: string[] = annotation.note ? [annotation.note] : [];
  let verdict: ClaimPlan["verdict"] = null;
  const { rating, rationale } = annotation;
  if (rating) {
    const matched = matchRating(scale, rating);
    if (matched) verdict = { rating: matched.key, rationale };
    else {
      const given = rating.label ?? rating.identifier ?? "(no label)";
      comments.push(
        signed(`Assessment: ${given} (not a rating of this project's scale)${rationale ? `\n\n${rationale}` : ""}`),
      );
    }
  } else if (rationale) {
    comments.push(signed(rationale));
  }
  for (const extra of annotation.extras) comments.push(signed(extra));
  return { kind: "claim", annotation, verdict, links: annotation.links, comments };
}
