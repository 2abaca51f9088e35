import { beforeEach, describe, expect, it } from "vitest";
import { clearSerializedReads, SERIALIZED_READ_CACHE_LIMITS, serializedRead } from "./serialized-read-cache";

beforeEach(() => clearSerializedReads());

describe("serializedRead", () => {
  it("makes an answer once per version, and again when the version moves", () => {
    let made = 0;
    const make = () => ({ made: ++made });
    const first = serializedRead("list", "v1", make);
    expect(serializedRead("list", "v1", make)).toBe(first);
    expect(made).toBe(1);
    const second = serializedRead("list", "v2", make);
    expect(made).toBe(2);
    expect(Buffer.from(second.body).toString("utf8")).toBe('{"made":2}');
    expect(second.etag).not.toBe(first.etag);
  });

  it("sends the text in UTF-8, whatever its characters", () => {
    const text = "Tehran 🇮🇷 “treaty” — שלום";
    const { body } = serializedRead("text", "v1", () => ({ text }));
    expect(JSON.parse(new TextDecoder().decode(body))).toEqual({ text });
  });

  it("names equal texts with the same tag, whatever made them", () => {
    expect(serializedRead("a", "v1", () => [1, 2]).etag).toBe(serializedRead("b", "v1", () => [1, 2]).etag);
  });

  it("keeps at most its number of answers, the least recently used going first", () => {
    let made = 0;
    const make = () => ++made;
    for (let i = 0; i < SERIALIZED_READ_CACHE_LIMITS.entries; i++) serializedRead(`k${i}`, "v", make);
    serializedRead("k0", "v", make); // used again: now the most recent
    serializedRead("one more", "v", make); // pushes out k1, the least recently used
    const before = made;
    serializedRead("k0", "v", make);
    expect(made).toBe(before);
    serializedRead("k1", "v", make);
    expect(made).toBe(before + 1);
  });

  it("does not keep an answer larger than its largest", () => {
    let made = 0;
    const big = "x".repeat(SERIALIZED_READ_CACHE_LIMITS.answerBytes + 1);
    const make = () => (made++, big);
    serializedRead("big", "v", make);
    serializedRead("big", "v", make);
    expect(made).toBe(2);
  });
});
