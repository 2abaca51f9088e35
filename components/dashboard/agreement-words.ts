import { alphaUndefinedReasons } from "@/lib/agreement/krippendorff-alpha";
import type { AlphaSummary } from "@/lib/stats/types";
import { decimal, plural } from "./format";

/**
 * How strong an alpha is, in Krippendorff's terms: 0.8 and above is reliable, 0.667 the least
 * for tentative conclusions, below 0 worse than chance.
 */
function strength(alpha: number): string {
  if (alpha >= 0.8) return "reliable agreement";
  if (alpha >= 0.667) return "moderate agreement, enough only for tentative conclusions";
  if (alpha >= 0) return "low agreement";
  return "systematic disagreement: less agreement than chance would give";
}

/** One level of alpha in plain words: the value and what it means, or why there is none; then what it counts. */
export function alphaInWords(level: "ordinal" | "nominal", a: AlphaSummary): string {
  const verdicts = level === "ordinal" ? "verdicts with a number" : "verdicts";
  const counted = `Counted over ${plural(a.claimsCounted, "claim")} with ${verdicts} from two or more reviewers; ${plural(a.claimsLeftOut, "claim")} left out (fewer than two ${verdicts}).`;
  if (a.alpha === null) {
    const why = a.reason ? alphaUndefinedReasons[a.reason] : "";
    return `Not available. ${why} ${counted}`.replace(/\s+/g, " ").trim();
  }
  return `${decimal(a.alpha)}: ${strength(a.alpha)}. ${counted}`;
}

const briefReasons: Record<NonNullable<AlphaSummary["reason"]>, string> = {
  "no-data": "no verdicts",
  "one-reviewer": "one reviewer",
  "no-overlap": "no claim rated twice",
  "no-variation": "one rating throughout",
};

/** An alpha for a table cell: its value, or in brief why there is none. */
export function alphaBrief(a: AlphaSummary): string {
  if (a.alpha !== null) return decimal(a.alpha);
  return `none (${a.reason ? briefReasons[a.reason] : "undefined"})`;
}
