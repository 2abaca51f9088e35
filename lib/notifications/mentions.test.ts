import { describe, expect, it } from "vitest";
import { formatMention, mentionQueryAt, parseMentions, splitMentions } from "./mentions";

describe("mentions in a comment", () => {
  it("finds each mentioned user once, in order, by the id the composer wrote", () => {
    const body = `${formatMention({ name: "Ada Lovelace", userId: "u-1" })} and @[Bob](u-2), again @[Ada](u-1)`;
    expect(parseMentions(body)).toEqual([
      { name: "Ada Lovelace", userId: "u-1" },
      { name: "Bob", userId: "u-2" },
    ]);
  });

  it("ignores what only looks like a mention", () => {
    expect(parseMentions("write to ada@example.org, @Ada, @[](u-1), @[Ada](has space)")).toEqual([]);
  });

  it("keeps the syntax whole when a name holds brackets", () => {
    const text = formatMention({ name: "Ada [desk]", userId: "u-1" });
    expect(parseMentions(text)).toEqual([{ name: "Ada desk", userId: "u-1" }]);
  });

  it("cuts a body into text and mentions for display", () => {
    expect(splitMentions("Hi @[Ada](u-1), look")).toEqual([
      { kind: "text", text: "Hi " },
      { kind: "mention", name: "Ada", userId: "u-1" },
      { kind: "text", text: ", look" },
    ]);
    expect(splitMentions("plain")).toEqual([{ kind: "text", text: "plain" }]);
  });

  it("tells the query being typed after an @, not in an email address", () => {
    expect(mentionQueryAt("Hello @Ad", 9)).toEqual({ start: 6, query: "Ad" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail ada@exa", 12)).toBeNull();
    expect(mentionQueryAt("@Ada\nnext", 9)).toBeNull();
    expect(mentionQueryAt("no mention", 10)).toBeNull();
  });
});
