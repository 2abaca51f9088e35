import { describe, expect, it } from "vitest";
import { BoundedLru } from "./bounded-lru";

describe("BoundedLru", () => {
  it("drops the least recently used past its number of entries; a get makes an entry recent", () => {
    const lru = new BoundedLru<string>({ entries: 2, size: 100 });
    lru.set("a", "A", 1);
    lru.set("b", "B", 1);
    expect(lru.get("a")).toBe("A");
    lru.set("c", "C", 1);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c")]).toEqual(["A", "C"]);
    expect(lru.usage).toEqual({ entries: 2, size: 2 });
  });

  it("drops the least recently used past its total size, never the entry just put in", () => {
    const lru = new BoundedLru<string>({ entries: 10, size: 10 });
    lru.set("a", "A", 4);
    lru.set("b", "B", 4);
    lru.set("c", "C", 4);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.usage).toEqual({ entries: 2, size: 8 });
  });

  it("counts an entry's growth, and restores the limits at the next set", () => {
    const lru = new BoundedLru<{ n: number }>({ entries: 10, size: 10 });
    const a = { n: 1 };
    lru.set("a", a, 2);
    lru.set("b", { n: 2 }, 2);
    lru.grow("a", a, 5);
    lru.grow("a", { n: 1 }, 100); // not the value kept: nothing counted
    expect(lru.usage.size).toBe(9);
    lru.set("c", { n: 3 }, 3); // 12 > 10: a, the least recently used, goes
    expect(lru.get("a")).toBeUndefined();
    expect(lru.usage).toEqual({ entries: 2, size: 5 });
  });

  it("keeps no value larger than its largest entry, and replaces what a key held", () => {
    const lru = new BoundedLru<string>({ entries: 10, size: 100, entrySize: 10 });
    lru.set("a", "small", 5);
    lru.set("a", "large", 11);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.usage).toEqual({ entries: 0, size: 0 });
  });

  it("drops the entries a test picks, and all of them on clear", () => {
    const lru = new BoundedLru<{ doc: string }>({ entries: 10, size: 100 });
    lru.set("d1#1", { doc: "d1" }, 1);
    lru.set("d1#2", { doc: "d1" }, 1);
    lru.set("d2#1", { doc: "d2" }, 1);
    lru.deleteWhere((v) => v.doc === "d1");
    expect(lru.usage).toEqual({ entries: 1, size: 1 });
    lru.clear();
    expect(lru.usage).toEqual({ entries: 0, size: 0 });
  });
});
