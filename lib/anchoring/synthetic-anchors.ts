import { OffsetIndex } from "../text/offsets";
import { quoteSelectorAt } from "./context";
import type { StoredAnchor } from "./types";

/** `count` claims of 30 to 120 code points at random places of `text`, as they would be stored. */
export function syntheticAnchors(text: string, count: number, random: () => number): StoredAnchor[] {
  const index = new OffsetIndex(text);
  const anchors: StoredAnchor[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * (index.codePointLength - 200));
    const end = start + 30 + Math.floor(random() * 90);
    anchors.push({ ...quoteSelectorAt(text, start, end, index), start, end });
  }
  return anchors;
}
