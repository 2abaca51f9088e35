/**
 * Bar colours of the dashboard, matched to the claim highlights' tints. A colour is never the
 * only cue: every bar is named on its axis and carries its number.
 */
const ratingColors: Record<string, string> = {
  true: "#15803d",
  "mostly-true": "#4d7c0f",
  mixed: "#c2410c",
  "mostly-false": "#dc2626",
  false: "#991b1b",
  misleading: "#be185d",
  unproven: "#6d28d9",
};

/** Fallback for ratings of a custom scale and for figures that are not ratings. */
export const neutralColor = "#0369a1";

export function ratingColor(key: string): string {
  return ratingColors[key] ?? neutralColor;
}
