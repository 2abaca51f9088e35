import { neutralRatingColor } from "@/lib/ratings";

/**
 * Bar colours of the dashboard: a rating's bars take the rating's own colour (lib/ratings.ts
 * `ratingColor`), matched to the claim highlights' tints by default. A colour is never the only
 * cue: every bar is named on its axis and carries its number.
 */
export { ratingColor } from "@/lib/ratings";

/** For figures that are not ratings. */
export const neutralColor = neutralRatingColor;
