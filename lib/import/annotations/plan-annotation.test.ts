import { describe, expect, it } from "vitest";
import { defaultRatingScale } from "../../ratings";
import { matchRating, planAnnotation } from "./plan-annotation";
import type { ReadAnnotation } from "./types";

function annotation(overrides: Partial<ReadAnnotation> = {}): ReadAnnotation {
  return {
    index: 0,
    sourceId: "webannotation:urn:a",
    id: "urn:a",
    replyTo: null,
    selectors: { quote: { type: "TextQuoteSelector", exact: "signed" } },
    tags: [],
    note: null,
    rating: null,
    rationale: null,
    links: [],
    extras: [],
    creator: "Rita Reviewer",
    ...overrides,
  };
}

describe("matching a rating against the project's scale", () => {
  it("matches the key first, then the label, whatever their case and spacing", () => {
    expect(matchRating(defaultRatingScale, { identifier: "mostly-false", label: "True" })?.key).toBe("mostly-false");
    expect(matchRating(defaultRatingScale, { identifier: null, label: "Mostly False" })?.key).toBe("mostly-false");
    expect(matchRating(defaultRatingScale, { identifier: "satire", label: "mostly true" })?.key).toBe("mostly-true");
    expect(matchRating(defaultRatingScale, { identifier: null, label: "unproven" })?.key).toBe("unproven");
    expect(matchRating(defaultRatingScale, { identifier: "Misleading", label: null })?.key).toBe("misleading");
    expect(matchRating(defaultRatingScale, { identifier: "satire", label: "Satire" })).toBeNull();
  });
});

describe("planning an annotation", () => {
  it("gives the importer's verdict from a rating on the scale, with its rationale, and cites its links", () => {
    const plan = planAnnotation(
      annotation({
        rating: { identifier: "false", label: "False" },
        rationale: "No transfer is documented.",
        links: ["https://example.org/a"],
      }),
      defaultRatingScale,
    );
    expect(plan).toMatchObject({
      kind: "claim",
      verdict: { rating: "false", rationale: "No transfer is documented." },
      links: ["https://example.org/a"],
      comments: [],
    });
  });

  it("keeps a rating not on the scale, and what has no field, as signed comments", () => {
    const plan = planAnnotation(
      annotation({
        rating: { identifier: "satire", label: "Satire" },
        rationale: "It is a joke.",
        extras: ["Worth a second look."],
      }),
      defaultRatingScale,
    );
    expect(plan).toMatchObject({
      kind: "claim",
      verdict: null,
      comments: [
        "Assessment: Satire (not a rating of this project's scale)\n\nIt is a joke.\n\n— via Web Annotation, Rita Reviewer",
        "Worth a second look.\n\n— via Web Annotation, Rita Reviewer",
      ],
    });
    expect(
      planAnnotation(annotation({ rationale: "Only a rationale.", creator: null }), defaultRatingScale),
    ).toMatchObject({
      comments: ["Only a rationale.\n\n— via Web Annotation"],
    });
  });

  it("puts an annotation's own note first, and makes a reply of an annotation that answers another", () => {
    const note = "Which report?\n\n— via Hypothesis, acct:maya@hypothes.is";
    expect(planAnnotation(annotation({ note }), defaultRatingScale)).toMatchObject({ kind: "claim", comments: [note] });
    expect(planAnnotation(annotation({ note, replyTo: "hypothesis:x", selectors: {} }), defaultRatingScale)).toEqual({
      kind: "reply",
      annotation: expect.objectContaining({ replyTo: "hypothesis:x" }),
      body: note,
    });
  });
});
