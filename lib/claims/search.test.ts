import { describe, expect, it } from "vitest";
import { SNIPPET_MATCH_END as END, SNIPPET_MATCH_START as START, snippetParts } from "./search";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor";

describe("snippetParts", () => {
  it("splits a snippet into plain and matched runs, dropping the markers", () => {
    expect(snippetParts(`no ${START}definitive${END} ${START}evidence${END}.`)).toEqual([
      { text: "no ", isMatch: false },
      { text: "definitive", isMatch: true },
      { text: " ", isMatch: false },
      { text: "evidence", isMatch: true },
      { text: ".", isMatch: false },
    ]);
  });

  it("keeps markup as text and survives stray markers", () => {
    expect(snippetParts(`<b>${START}x${END}`)).toEqual([
      { text: "<b>", isMatch: false },
      { text: "x", isMatch: true },
    ]);
    expect(snippetParts(`a${END}b${START}c`)).toEqual([
      { text: "a", isMatch: false },
      { text: "b", isMatch: false },
      { text: "c", isMatch: true },
    ]);
    expect(snippetParts("")).toEqual([]);
  });
});

describe("search cursors", () => {
  it("carry a sort key of strings and numbers exactly, titles in any script included", () => {
    const key = ["Договор о партнёрстве 😀", "d1", 12, "c1"];
    const cursor = encodeSearchCursor("document", "asc", key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSearchCursor(cursor, { sort: "document", order: "asc", keyLength: 4 })).toEqual(key);
    const rank = [-1.2345678901234567e-7, "c9"];
    expect(
      decodeSearchCursor(encodeSearchCursor("relevance", "asc", rank), {
        sort: "relevance",
        order: "asc",
        keyLength: 2,
      }),
    ).toEqual(rank);
  });

  it("continue only the listing they came from", () => {
    const cursor = encodeSearchCursor("marked", "desc", ["2025-01-01T00:00:00.000Z", "c1"]);
    expect(decodeSearchCursor(cursor, { sort: "marked", order: "asc", keyLength: 2 })).toBeNull();
    expect(decodeSearchCursor(cursor, { sort: "status", order: "desc", keyLength: 2 })).toBeNull();
    expect(decodeSearchCursor(cursor, { sort: "marked", order: "desc", keyLength: 3 })).toBeNull();
  });

  it("are null when they are not ours", () => {
    const expected = { sort: "marked", order: "desc", keyLength: 2 } as const;
    for (const junk of [
      "",
      "not-a-cursor",
      Buffer.from("[1,2]").toString("base64url"),
      Buffer.from('{"s":"marked","o":"desc","k":[{},"c"]}').toString("base64url"),
    ]) {
      expect(decodeSearchCursor(junk, expected)).toBeNull();
    }
  });
});
