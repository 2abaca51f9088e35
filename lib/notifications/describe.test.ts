import { describe, expect, it } from "vitest";
import { describeNotification, notificationHref, quoteSnippet } from "./describe";

describe("a notice in words", () => {
  it("names who did what to which claim", () => {
    const base = { actorName: "Edith", quote: "binds neither side", ratingLabel: null };
    expect(describeNotification({ ...base, kind: "assignment" })).toBe(
      "Edith assigned you the claim “binds neither side”",
    );
    expect(describeNotification({ ...base, kind: "mention" })).toBe(
      "Edith mentioned you in a comment on the claim “binds neither side”",
    );
    expect(describeNotification({ ...base, kind: "reply", actorName: null, quote: null })).toBe(
      "Someone replied to your comment on a claim that was deleted since",
    );
  });

  it("gives a resolution's rating only when it is handed one, and otherwise says only that it was resolved", () => {
    const base = { kind: "resolution" as const, actorName: "Edith", quote: "q" };
    expect(describeNotification({ ...base, ratingLabel: "Mostly false" })).toBe(
      "Edith resolved the claim “q” as Mostly false",
    );
    expect(describeNotification({ ...base, ratingLabel: null })).toBe("Edith resolved the claim “q”");
  });

  it("shortens a long quote at a word, and links the claim in its document", () => {
    const snippet = quoteSnippet("word ".repeat(40), 20);
    expect(snippet).toBe("word word word word…");
    expect(quoteSnippet("  short   quote ")).toBe("short quote");
    expect(notificationHref("d1", "c1")).toBe("/documents/d1#claim-c1");
    expect(notificationHref("d1", null)).toBe("/documents/d1");
  });
});
