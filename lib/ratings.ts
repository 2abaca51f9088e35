/**
 * One rating of a project's scale. `value` maps to ClaimReview's ratingValue (5 best, 1 worst;
 * null for a rating off the true–false line, such as `misleading`). The optional fields came
 * with the settings page: a scale stored before them is still valid and reads with their
 * defaults (no description, a colour chosen for the key or number, not retired).
 */
export type Rating = {
  /** The stable identifier verdicts and resolutions store; never changed once in use. */
  key: string;
  label: string;
  value: number | null;
  /** What the rating means, in a sentence, shown beside the choices. */
  description?: string;
  /** `#rrggbb`, for charts and chips; `ratingColor` gives the default. */
  color?: string;
  /** Retired: kept for the verdicts and resolutions that use it, no longer offered for new ones. */
  isRetired?: boolean;
};

export const defaultRatingScale: Rating[] = [
  { key: "true", label: "True", value: 5, description: "Accurate, nothing significant missing." },
  { key: "mostly-true", label: "Mostly true", value: 4, description: "Accurate, but needs a detail or context." },
  { key: "mixed", label: "Mixed", value: 3, description: "Partly accurate, partly not." },
  {
    key: "mostly-false",
    label: "Mostly false",
    value: 2,
    description: "Holds a grain of truth but leaves a false impression.",
  },
  { key: "false", label: "False", value: 1, description: "Not accurate." },
  { key: "misleading", label: "Misleading", value: null, description: "Accurate words that mislead." },
  { key: "unproven", label: "Unproven", value: null, description: "The evidence to decide is not there." },
];

export function findRating(scale: Rating[], key: string): Rating | undefined {
  return scale.find((r) => r.key === key);
}

/** The ratings offered for a new verdict or resolution: the scale without its retired ones, in order. */
export function activeRatings(scale: Rating[]): Rating[] {
  return scale.filter((r) => !r.isRetired);
}

/** The label of `key` on the scale, or the key itself when it is no longer there. */
export function ratingLabel(scale: Rating[], key: string): string {
  return findRating(scale, key)?.label ?? key;
}

// The default colours, matched to the claim highlights' tints; a custom key falls back on its
// number (green for 5 through red for 1), and a rating with neither on a neutral blue.
const keyColors: Record<string, string> = {
  true: "#15803d",
  "mostly-true": "#4d7c0f",
  mixed: "#c2410c",
  "mostly-false": "#dc2626",
  false: "#991b1b",
  misleading: "#be185d",
  unproven: "#6d28d9",
};
const valueColors: Record<number, string> = {
  5: "#15803d",
  4: "#4d7c0f",
  3: "#c2410c",
  2: "#dc2626",
  1: "#991b1b",
};
export const neutralRatingColor = "#0369a1";

/** The rating's colour: its own, else the default for its key, else for its number. */
export function ratingColor(rating: Pick<Rating, "key" | "value" | "color">): string {
  return (
    rating.color ??
    keyColors[rating.key] ??
    (rating.value !== null ? valueColors[rating.value] : undefined) ??
    neutralRatingColor
  );
}

/** How one scale became another, rating by rating (keys identify ratings). */
export type ScaleChange = {
  added: Rating[];
  removed: Rating[];
  renamed: { key: string; from: string; to: string }[];
  retired: Rating[];
  restored: Rating[];
  /** Some other field (number, colour, description) or the order changed. */
  isOtherwiseChanged: boolean;
};

export function compareScales(before: Rating[], after: Rating[]): ScaleChange {
  const old = new Map(before.map((r) => [r.key, r]));
  const next = new Map(after.map((r) => [r.key, r]));
  const kept = after.filter((r) => old.has(r.key));
  const renamed = kept
    .filter((r) => old.get(r.key)!.label !== r.label)
    .map((r) => ({ key: r.key, from: old.get(r.key)!.label, to: r.label }));
  const retired = kept.filter((r) => r.isRetired && !old.get(r.key)!.isRetired);
  const restored = kept.filter((r) => !r.isRetired && old.get(r.key)!.isRetired);
  const sameOtherwise = (a: Rating, b: Rating) =>
    a.value === b.value && (a.color ?? null) === (b.color ?? null) && (a.description ?? "") === (b.description ?? "");
  const order = (scale: Rating[]) => scale.filter((r) => old.has(r.key) && next.has(r.key)).map((r) => r.key);
  return {
    added: after.filter((r) => !old.has(r.key)),
    removed: before.filter((r) => !next.has(r.key)),
    renamed,
    retired,
    restored,
    isOtherwiseChanged:
      kept.some((r) => !sameOtherwise(r, old.get(r.key)!)) || order(before).join("\n") !== order(after).join("\n"),
  };
}
