import type { SourceKind, Stance } from "../claims/types";
import type { Rating } from "../ratings";
import { gapKinds, type Gap, type GapKind } from "./gap-kinds";
import { findHedgingCues } from "./hedging-cues";
import { registrableDomain } from "./registrable-domain";

/** What the gap rules read of one claim. */
export type GapClaim = {
  /** The claim's wording. */
  claimText: string;
  /** The quoted span of the document. */
  quote: string;
  resolution: { rating: string; rationale: string | null } | null;
  verdicts: ReadonlyArray<{ userId: string; rating: string; rationale: string | null }>;
  sources: ReadonlyArray<{ url: string; publisher: string | null; kind: SourceKind; stance: Stance }>;
};

type Source = GapClaim["sources"][number];

const primaryKinds: ReadonlySet<SourceKind> = new Set(["primary-document", "official-statement", "dataset"]);

/** The middle of the 1–5 scale: above it a rating says the claim is true, below it false. */
const MIDPOINT = 3;

/** Texts whose hedging cues are kept (about 100 bytes each beyond the text itself). */
const CUE_MEMO_LIMIT = 20_000;
const cueMemo = new Map<string, ReadonlyArray<readonly [cue: string, kind: string]>>();

/**
 * The hedging cues of a claim's words, as (cue, kind) pairs. They are most of the cost of a
 * claim's gaps, and depend on its words alone: a document page of thousands of claims asks for
 * the same words at every load, so the answers for the last CUE_MEMO_LIMIT texts are kept.
 */
function hedgingCuesOf(text: string): ReadonlyArray<readonly [string, string]> {
  const kept = cueMemo.get(text);
  if (kept) return kept;
  const cues = findHedgingCues(text).map((m) => [m.cue, m.kind.replace("-", " ")] as const);
  if (cueMemo.size >= CUE_MEMO_LIMIT) cueMemo.delete(cueMemo.keys().next().value as string);
  cueMemo.set(text, cues);
  return cues;
}

/**
 * The sourcing gaps of one claim, at most one of each kind, in the order of `gapKinds`; each
 * `detail` names what was found (the cue, the publisher, the two ratings). An `unproven`
 * resolution asserts no evidence, so it is never an unsupported verdict. A rating key that is
 * not on `scale` is read as a rating without a number. Details name ratings, never reviewers.
 */
export function findClaimGaps(claim: GapClaim, scale: ReadonlyArray<Rating>): Gap[] {
  const ratingOf = (key: string) => {
    const rating = scale.find((r) => r.key === key);
    return { key, label: rating?.label ?? key, value: rating?.value ?? null };
  };
  const found = new Map<GapKind, string>();
  const { sources } = claim;

  if (sources.length === 0) found.set("no-source", "No source is cited.");
  if (sources.length === 1) found.set("single-source", `Only one source is cited (${nameOf(sources[0]!)}).`);
  if (sources.length > 0 && !sources.some((s) => primaryKinds.has(s.kind))) {
    found.set(
      "no-primary-source",
      sources.length === 1
        ? `The only source is ${kindPhrases[sources[0]!.kind]}, not a primary document, official statement or dataset.`
        : `None of the ${sources.length} sources is a primary document, official statement or dataset.`,
    );
  }
  const outlet = singleOutlet(sources);
  if (outlet) found.set("single-publisher", `All ${sources.length} sources come from one ${outlet}.`);
  if (sources.length > 0 && sources.every((s) => s.kind === "anonymous")) {
    found.set(
      "anonymous-only",
      sources.length === 1 ? "The only source is anonymous." : `All ${sources.length} sources are anonymous.`,
    );
  }

  const cues = new Map<string, string>();
  for (const text of claim.quote === claim.claimText ? [claim.quote] : [claim.claimText, claim.quote]) {
    for (const [cue, kind] of hedgingCuesOf(text)) cues.set(cue, kind);
  }
  if (cues.size > 0) {
    found.set("hedged-wording", `Hedged wording: ${[...cues].map(([cue, kind]) => `"${cue}" (${kind})`).join(", ")}.`);
  }

  if (claim.resolution && claim.resolution.rating !== "unproven") {
    const rating = ratingOf(claim.resolution.rating);
    // A rating without a number ("misleading") says the claim is not to be believed as put,
    // so a refuting source backs it. "Mixed" says it is partly true and partly false: either a
    // supporting or a refuting source bears on it. Asking for both would flag a mixed verdict
    // resting on one nuanced source, which a claim–source link (one stance) cannot express.
    const side =
      rating.value === null || rating.value < MIDPOINT ? "refutes" : rating.value > MIDPOINT ? "supports" : "either";
    const bears = (s: Source) => (side === "either" ? s.stance !== "context" : s.stance === side);
    if (!sources.some(bears)) {
      const missing = side === "either" ? "supports or refutes" : side;
      found.set("unsupported-verdict", `Resolved as "${rating.label}", but no cited source ${missing} the claim.`);
    }
  }

  const disagreement = widestDisagreement(claim.verdicts.map((v) => ratingOf(v.rating)));
  if (disagreement) {
    const show = (r: { label: string; value: number | null }) =>
      r.value === null ? `"${r.label}"` : `"${r.label}" (${r.value})`;
    found.set("reviewer-disagreement", `Verdicts differ: ${show(disagreement[0])} and ${show(disagreement[1])}.`);
  }

  const isBlank = (s: string | null) => s === null || s.trim() === "";
  const bareVerdicts = claim.verdicts.filter((v) => isBlank(v.rationale)).length;
  const bareResolution = claim.resolution !== null && isBlank(claim.resolution.rationale);
  if (bareVerdicts > 0 || bareResolution) {
    const verdictPart = `${bareVerdicts} of ${claim.verdicts.length} verdict${claim.verdicts.length === 1 ? "" : "s"}`;
    const detail =
      bareResolution && bareVerdicts > 0
        ? `The resolution and ${verdictPart} have no rationale.`
        : bareResolution
          ? "The resolution has no rationale."
          : `${verdictPart} ${bareVerdicts === 1 ? "has" : "have"} no rationale.`;
    found.set("missing-rationale", detail);
  }

  return gapKinds.flatMap(({ kind }) => {
    const detail = found.get(kind);
    return detail === undefined ? [] : [{ kind, detail }];
  });
}

function nameOf(source: Source): string {
  return source.publisher?.trim() || registrableDomain(source.url) || source.url;
}

const kindPhrases: Record<SourceKind, string> = {
  "primary-document": "a primary document",
  "official-statement": "an official statement",
  "news-report": "a news report",
  expert: "an expert",
  dataset: "a dataset",
  "social-media": "a social-media post",
  anonymous: "an anonymous source",
};

/** Case- and space-insensitive, so that "The  BBC" and "the bbc" are one publisher. */
function publisherKey(publisher: string | null): string | null {
  const key = publisher?.normalize("NFKC").toLowerCase().replace(/\s+/g, "") ?? "";
  return key === "" ? null : key;
}

/** "publisher: X" or "domain: x.y" when two or more sources all share one; else null. */
function singleOutlet(sources: ReadonlyArray<Source>): string | null {
  if (sources.length < 2) return null;
  const publishers = sources.map((s) => publisherKey(s.publisher));
  if (publishers.every((p) => p !== null && p === publishers[0])) {
    return `publisher: ${sources[0]!.publisher!.trim()}`;
  }
  const domains = sources.map((s) => registrableDomain(s.url));
  if (domains.every((d) => d !== null && d === domains[0])) return `domain: ${domains[0]}`;
  return null;
}

type RatingRead = { key: string; label: string; value: number | null };

/**
 * The two verdicts that disagree most: numbers two or more apart (the widest pair), or, where
 * none are, two different ratings of which one has no number. Null when no two disagree.
 */
function widestDisagreement(ratings: RatingRead[]): [RatingRead, RatingRead] | null {
  let widest: [RatingRead, RatingRead] | null = null;
  let widestSpread = -1;
  for (let i = 0; i < ratings.length; i++) {
    for (let j = i + 1; j < ratings.length; j++) {
      const a = ratings[i]!;
      const b = ratings[j]!;
      if (a.key === b.key) continue;
      const spread = a.value !== null && b.value !== null ? Math.abs(a.value - b.value) : 0;
      if (a.value !== null && b.value !== null && spread < 2) continue;
      if (spread > widestSpread) {
        widest = [a, b];
        widestSpread = spread;
      }
    }
  }
  return widest;
}
