/** The sourcing gaps of a claim, by their stable keys, in the order pages and reports list them. */
export const gapKinds = [
  {
    kind: "no-source",
    label: "No source",
    explanation: "The claim cites no source.",
  },
  {
    kind: "single-source",
    label: "Single source",
    explanation: "The claim rests on one source.",
  },
  {
    kind: "no-primary-source",
    label: "No primary source",
    explanation: "None of the claim's sources is a primary document, an official statement or a dataset.",
  },
  {
    kind: "single-publisher",
    label: "Single publisher",
    explanation: "Every source of the claim comes from one publisher or one domain.",
  },
  {
    kind: "anonymous-only",
    label: "Anonymous sourcing only",
    explanation: "Every source of the claim is anonymous.",
  },
  {
    kind: "hedged-wording",
    label: "Hedged wording",
    explanation:
      'The claim\'s wording or quote hedges or leans on unnamed authority ("reportedly", "no definitive evidence").',
  },
  {
    kind: "unsupported-verdict",
    label: "Unsupported verdict",
    explanation: "The resolution is backed by no source whose stance bears on it.",
  },
  {
    kind: "reviewer-disagreement",
    label: "Reviewer disagreement",
    explanation: "Two reviewers' verdicts are two or more steps apart, or differ where a rating has no number.",
  },
  {
    kind: "missing-rationale",
    label: "Missing rationale",
    explanation: "The resolution or a verdict gives no rationale.",
  },
] as const satisfies ReadonlyArray<{ kind: string; label: string; explanation: string }>;

export type GapKind = (typeof gapKinds)[number]["kind"];

/** One gap of one claim: its kind and a short explanation naming what was found. */
export type Gap = { kind: GapKind; detail: string };
