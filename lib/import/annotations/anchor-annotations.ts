import { findQuoteOccurrences, locateNewClaim, type LocatedClaim } from "../../anchoring/locate-quote";
import { reanchorAll } from "../../anchoring/reanchor";
import type { AnchorStatus, StoredAnchor, TextPositionSelector, TextQuoteSelector } from "../../anchoring/types";
import { OffsetIndex } from "../../text/offsets";
import type { AnnotationImportReason } from "./types";

/**
 * Where imported annotations go in a document's text: the editor's anchoring for new claims
 * first, then the re-anchoring's approximate match where the quote is not found as it is.
 *
 * 1. A position that counts code points of this text (a Web Annotation's, e.g. ClaimDesk's own
 *    export of the same document) and holds the quote is taken: `exact`.
 * 2. A quote found once, exactly or with typographic quotes, dashes and spaces folded (what
 *    `locateNewClaim` accepts when a claim is marked): `exact`, or `moved` when the annotation's
 *    position said it was elsewhere.
 * 3. A quote found more than once: its prefix and suffix must pick one occurrence (the
 *    re-anchoring's context agreement, with the position as a hint); when they do not, or two
 *    agree as well, the annotation is `ambiguous` and no claim is made: a verdict on the other
 *    occurrence of the same words is worse than none.
 * 4. A quote not found as it is: an approximate match (at most 20% of the quote's length in
 *    edits) whose context agrees, as re-anchoring finds one: `fuzzy` with its score, as the page
 *    an annotation was made on rarely matches the imported text exactly. Else `quote-not-found`.
 *
 * Offsets in and out are Unicode code points.
 */

export type ImportAnchorFailure = Extract<AnnotationImportReason, "quote-not-found" | "ambiguous" | "malformed">;

export type ImportAnchor = LocatedClaim & { status: Exclude<AnchorStatus, "orphaned">; score: number };

export type ImportAnchorResult = ImportAnchor | { failure: ImportAnchorFailure; message: string };

export type ImportSelectors = { quote?: TextQuoteSelector; position?: TextPositionSelector };

type Pending = {
  index: number;
  anchor: StoredAnchor;
  occurrences: { start: number; end: number }[];
  positionGiven: boolean;
};

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

function fromLocated(located: LocatedClaim, status: ImportAnchor["status"]): ImportAnchor {
  return { ...located, status, score: 1 };
}

/** Anchors each annotation's selectors in `text`; the results are in the order of `items`. */
export function anchorAnnotations(text: string, items: readonly ImportSelectors[]): ImportAnchorResult[] {
  const index = new OffsetIndex(text);
  const results: (ImportAnchorResult | undefined)[] = new Array(items.length);
  const pending: Pending[] = [];

  items.forEach(({ quote, position }, i) => {
    if (!quote || quote.exact.length === 0) {
      if (!position) {
        results[i] = {
          failure: "malformed",
          message: "It has no quote (TextQuoteSelector) or position (TextPositionSelector) to anchor it by.",
        };
        return;
      }
      const located = locateNewClaim(text, { position }, index);
      results[i] =
        "error" in located
          ? { failure: "malformed", message: "Its position is outside the document's text or covers no text." }
          : fromLocated(located, "exact");
      return;
    }
    if (position) {
      const located = locateNewClaim(text, { quote, position }, index);
      if (!("error" in located) && sameSpan(located, position)) {
        results[i] = fromLocated(located, "exact");
        return;
      }
    }
    const occurrences = findQuoteOccurrences(text, quote.exact).map((o) => ({
      start: index.toCodePoint(o.start),
      end: index.toCodePoint(o.end),
    }));
    if (occurrences.length === 1) {
      const located = locateNewClaim(text, { quote }, index);
      if (!("error" in located)) {
        results[i] = fromLocated(located, position ? "moved" : "exact");
        return;
      }
    }
    // Several occurrences: the document's own characters of the first, so that folding does not
    // count as edits when the context picks one.
    const first = occurrences[0];
    const exact = first ? text.slice(index.toUtf16(first.start), index.toUtf16(first.end)) : quote.exact;
    pending.push({
      index: i,
      anchor: {
        exact,
        prefix: quote.prefix ?? "",
        suffix: quote.suffix ?? "",
        start: position?.start ?? null,
        end: position?.end ?? null,
      },
      occurrences,
      positionGiven: position !== undefined,
    });
  });

  if (pending.length > 0) {
    // Without the text the positions were taken on, re-anchoring reads them as hints only.
    const anchored = reanchorAll(
      null,
      text,
      pending.map((p) => p.anchor),
    );
    pending.forEach((p, k) => {
      const r = anchored[k];
      const several = p.occurrences.length > 1;
      if (!r || r.status === "orphaned" || r.start === null || r.end === null) {
        results[p.index] = several
          ? {
              failure: "ambiguous",
              message: `The quote occurs ${p.occurrences.length} times and its context does not say which.`,
            }
          : { failure: "quote-not-found", message: "The quote is not in the document's text, even approximately." };
        return;
      }
      if (r.alternatives.length > 1) {
        results[p.index] = {
          failure: "ambiguous",
          message: `The quote fits ${r.alternatives.length} places about equally well.`,
        };
        return;
      }
      const span = { start: r.start, end: r.end };
      const located: LocatedClaim = { ...span, exact: r.exact, prefix: r.prefix, suffix: r.suffix };
      if (several) {
        results[p.index] = p.occurrences.some((o) => sameSpan(o, span))
          ? fromLocated(located, p.positionGiven && p.anchor.start !== span.start ? "moved" : "exact")
          : {
              failure: "ambiguous",
              message: `The quote occurs ${p.occurrences.length} times and its context does not say which.`,
            };
        return;
      }
      const score = r.score ?? 0;
      results[p.index] = { ...located, status: score >= 1 ? "exact" : "fuzzy", score };
    });
  }
  return results as ImportAnchorResult[];
}
