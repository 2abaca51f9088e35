/** W3C Web Annotation selectors and anchor records. Every offset here is in Unicode code points. */

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export const anchorStatuses = ["exact", "moved", "fuzzy", "orphaned"] as const;
export type AnchorStatus = (typeof anchorStatuses)[number];

/**
 * A claim's anchor as stored, and its selectors as the API returns them: last quote and context,
 * and position (null when orphaned).
 */
export interface StoredAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

/** One place a claim could be re-attached to, offered to a person when the evidence is ambiguous. */
export interface AnchorAlternative {
  /** Code points into the new text. */
  start: number;
  end: number;
  /** The new text's characters there. */
  exact: string;
  /** The candidate's score (lib/anchoring/candidate-score.ts), in [0, 1]. */
  score: number;
}

export interface AnchorResult {
  status: AnchorStatus;
  /** Code points into the new text; null when orphaned. */
  start: number | null;
  end: number | null;
  /**
   * In [0, 1]: 1 for an unchanged quote, 1 − errors / quote length for an edited one (errors in
   * UTF-16 units); for an ambiguous claim that share divided among its alternatives; null when
   * orphaned.
   */
  score: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  /**
   * Empty, except when two or more places scored within AMBIGUITY_MARGIN of each other: then the
   * status is "fuzzy", `start`/`end` name the best of them, and this lists them all, best first,
   * for a person to choose ("this one / that one / orphan").
   */
  alternatives: AnchorAlternative[];
}
