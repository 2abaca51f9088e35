import type { ClaimTone, HighlightSpec } from "../editor/claim-highlights";
import { claimTones } from "../editor/claim-highlights";
import type { ClaimView } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";

const statusLabel = { open: "Open", "in-review": "In review", resolved: "Resolved" } as const;
/** A shape per status, so the status never rests on colour alone. */
export const statusGlyph = { open: "○", "in-review": "◐", resolved: "●" } as const;

export function ratingLabel(scale: Rating[], key: string): string {
  return scale.find((r) => r.key === key)?.label ?? key;
}

/** What a claim's highlight shows: its resolved rating, else its status. */
export function toneOf(claim: ClaimView): ClaimTone {
  if (claim.resolution && (claimTones as readonly string[]).includes(claim.resolution.rating))
    return claim.resolution.rating as ClaimTone;
  if (claim.resolution) return "mixed";
  return claim.status === "open" ? "open" : "in-review";
}

export function describeClaim(claim: ClaimView, scale: Rating[]): string {
  const base = claim.resolution
    ? `${ratingLabel(scale, claim.resolution.rating)}, resolved`
    : statusLabel[claim.status];
  return claim.anchorStatus === "fuzzy" ? `${base}; re-attached approximately, check its placement` : base;
}

/** The highlights of the anchored claims; which one is open is the editor's own state (setActiveClaim). */
export function highlightSpecs(claims: ClaimView[], scale: Rating[]): HighlightSpec[] {
  const specs: HighlightSpec[] = [];
  for (const c of claims) {
    if (c.selector.start === null || c.selector.end === null) continue;
    specs.push({
      id: c.id,
      start: c.selector.start,
      end: c.selector.end,
      tone: toneOf(c),
      label: describeClaim(c, scale),
    });
  }
  return specs;
}

export const legendEntries: { tone: ClaimTone; label: string; glyph: string }[] = [
  { tone: "open", label: "Open", glyph: statusGlyph.open },
  { tone: "in-review", label: "In review", glyph: statusGlyph["in-review"] },
  { tone: "true", label: "True / mostly true", glyph: "✓" },
  { tone: "mixed", label: "Mixed", glyph: "±" },
  { tone: "false", label: "False / mostly false", glyph: "✗" },
  { tone: "misleading", label: "Misleading", glyph: "≈" },
  { tone: "unproven", label: "Unproven", glyph: "?" },
];

export function glyphOf(claim: ClaimView): string {
  const tone = toneOf(claim);
  if (!claim.resolution) return statusGlyph[claim.status];
  return (
    legendEntries.find(
      (e) =>
        e.tone === tone ||
        (tone === "mostly-true" && e.tone === "true") ||
        (tone === "mostly-false" && e.tone === "false"),
    )?.glyph ?? "●"
  );
}
