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

export interface AnchorResult {
  status: AnchorStatus;
  start: number | null;
  end: number | null;
  /** In [0, 1], 1 for an unchanged quote; null when orphaned. */
  score: number | null;
  exact: string;
  prefix: string;
  suffix: string;
}
