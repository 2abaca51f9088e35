import { describe, expect, it } from "vitest";
import { defaultRatingScale, type Rating } from "../ratings";
import { describeEvent, type RawEvent } from "./history";

const event = (entityType: string, action: string, before: unknown, after: unknown): RawEvent => ({
  entityType,
  action,
  actorName: "Ada",
  before: before as Record<string, unknown> | null,
  after: after as Record<string, unknown> | null,
});

describe("describing the audit log", () => {
  it("a change of the rating scale says what changed, rating by rating", () => {
    const after: Rating[] = defaultRatingScale
      .filter((r) => r.key !== "unproven")
      .map((r) =>
        r.key === "mostly-false" ? { ...r, label: "Largely false" } : r.key === "mixed" ? { ...r, isRetired: true } : r,
      )
      .concat({ key: "satire", label: "Satire", value: null });
    const line = describeEvent(
      event("project", "updated", { ratingScale: defaultRatingScale }, { ratingScale: after }),
      after,
      { showRatings: true },
    );
    expect(line).toBe(
      "Ada changed the rating scale: renamed “Mostly false” to “Largely false”; added “Satire”; retired “Mixed”; removed “Unproven”",
    );
    const reordered = [...defaultRatingScale].reverse();
    expect(
      describeEvent(event("project", "updated", { ratingScale: defaultRatingScale }, { ratingScale: reordered }), [], {
        showRatings: true,
      }),
    ).toBe("Ada changed the rating scale: adjusted the ratings' numbers, colours, descriptions or order");
  });

  it("names the claim and the people in a project's activity, and keeps a withheld rating unnamed", () => {
    const options = { claim: "claim “the treaty”", nameOf: (id: string) => (id === "u2" ? "Bob" : null) };
    expect(
      describeEvent(event("verdict", "created", null, { rating: "false" }), defaultRatingScale, {
        ...options,
        showRatings: true,
      }),
    ).toBe("Ada rated claim “the treaty” False");
    expect(
      describeEvent(event("verdict", "created", null, { rating: "false" }), defaultRatingScale, {
        ...options,
        showRatings: false,
      }),
    ).toBe("Ada gave a verdict on claim “the treaty”");
    expect(
      describeEvent(
        event("claim", "updated", { assigneeId: null }, { assigneeId: "u2", assignedAt: "2025-01-01" }),
        [],
        {
          ...options,
          showRatings: true,
        },
      ),
    ).toBe("Ada assigned claim “the treaty” to Bob");
    expect(
      describeEvent(event("member", "created", null, { userId: "u2", role: "reviewer" }), [], {
        ...options,
        showRatings: true,
      }),
    ).toBe("Ada added Bob to the project as reviewer");
    expect(
      describeEvent(event("project", "updated", { isBlindReview: true }, { isBlindReview: false }), [], {
        showRatings: true,
      }),
    ).toBe("Ada turned blind review off");
  });
});
