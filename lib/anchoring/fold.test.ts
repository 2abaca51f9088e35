import { describe, expect, it } from "vitest";
import { quoteSelectorAt } from "./context";
import { fold, foldText } from "./fold";

describe("foldText", () => {
  it("folds quotes, dashes and whitespace runs and maps back to the original", () => {
    const original = "It’s “done”\u00a0 \n— 3′ ‐ x";
    const f = foldText(original);
    expect(f.text).toBe(`It's "done" - 3' - x`);
    expect(f.map).toHaveLength(f.text.length + 1);
    const s = f.text.indexOf('"done" -');
    const e = s + '"done" -'.length;
    expect(original.slice(f.map[s], f.map[e])).toBe("“done”\u00a0 \n—");
  });

  it("leaves other characters, astral ones included, as they are", () => {
    expect(fold("Iran 🇮🇷 «treaty»")).toBe("Iran 🇮🇷 «treaty»");
  });
});

describe("quoteSelectorAt", () => {
  it("keeps 32 code points of context without splitting surrogate pairs", () => {
    const emoji = "😀".repeat(40);
    const text = `${emoji}claim${emoji}`;
    const r = quoteSelectorAt(text, 40, 45);
    expect(r.exact).toBe("claim");
    expect(r.prefix).toBe("😀".repeat(32));
    expect(r.suffix).toBe("😀".repeat(32));
  });

  it("stops at the edges of the text", () => {
    expect(quoteSelectorAt("ab claim cd", 3, 8)).toEqual({ exact: "claim", prefix: "ab ", suffix: " cd" });
  });
});
