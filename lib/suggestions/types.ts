/** Why a sentence looks like a checkable factual claim; stable keys, in the order they are listed. */
export const reasonKinds = [
  "quantity",
  "date",
  "named-entity",
  "attribution",
  "comparison",
  "causal",
  "hedge",
] as const;
export type ReasonKind = (typeof reasonKinds)[number];

export const reasonLabels: Record<ReasonKind, string> = {
  quantity: "a figure or quantity",
  date: "a date",
  "named-entity": "a named person or body",
  attribution: "an attribution",
  comparison: "a comparison or superlative",
  causal: "a causal link",
  hedge: "a hedge",
};

export type SuggestionReason = {
  kind: ReasonKind;
  /** The words that gave the reason, as the text has them, distinct, in text order (at most five). */
  evidence: string[];
};

/** A sentence suggested as a claim to check. */
export type Suggestion = {
  /** Code point offsets into the canonical text, end exclusive. */
  start: number;
  end: number;
  /** The sentence: exactly the canonical text's characters in [start, end). */
  exact: string;
  /** Higher is more check-worthy; see lib/suggestions/score-sentence.ts for how it is made. */
  score: number;
  /** One entry per kind found, in the order of `reasonKinds`. */
  reasons: SuggestionReason[];
};

/** A document's open suggestions, as the API and the workspace get them. */
export type SuggestionList = {
  /** The revision the offsets refer to: the document's current one. */
  revision: number;
  suggestions: Suggestion[];
};
