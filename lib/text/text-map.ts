import {
  isHardBreakType,
  jsonNodeAccess,
  layoutCanonicalText,
  type NodeAccess,
  type TextSegment,
} from "./canonical-text";
import type { DocNode } from "./doc-node";
import { OffsetIndex } from "./offsets";

export type { TextSegment } from "./canonical-text";

/** The part of a ProseMirror `Node` the map needs; a real `Node` satisfies it. */
export interface NodeLike {
  type: { name: string };
  isText: boolean;
  isLeaf: boolean;
  isTextblock: boolean;
  text?: string | null;
  nodeSize: number;
  childCount: number;
  child(index: number): NodeLike;
}

const nodeLikeAccess: NodeAccess<NodeLike> = {
  isText: (node) => node.isText,
  text: (node) => node.text ?? "",
  isHardBreak: (node) => isHardBreakType(node.type.name),
  isLeaf: (node) => node.isLeaf,
  isTextblock: (node) => node.isTextblock,
  leafSize: (node) => node.nodeSize,
  childCount: (node) => node.childCount,
  child: (node, index) => node.child(index),
};

/**
 * Which way an offset that has no exact counterpart snaps: "forward" (to the next text, the
 * rule for a range's `from`/`start`) or "backward" (to the previous text, for `to`/`end`).
 */
export type Bias = "forward" | "backward";

/**
 * Maps between offsets in a document's canonical text and ProseMirror positions.
 *
 * Units: `start`/`end` are Unicode code points (the public unit); `utf16` values are UTF-16
 * offsets into `text`; `from`/`to`/`pos` are ProseMirror positions. The block separators of
 * the canonical text have no positions of their own.
 */
export class TextMap {
  /** The canonical text, identical to `canonicalText(doc)`. */
  readonly text: string;
  readonly offsets: OffsetIndex;
  /** Ascending in both `textStart` and `pmStart`; never empty-length. */
  readonly segments: readonly TextSegment[];

  private constructor(text: string, segments: readonly TextSegment[]) {
    this.text = text;
    this.offsets = new OffsetIndex(text);
    this.segments = segments;
  }

  static fromDoc(doc: DocNode): TextMap {
    const segments: TextSegment[] = [];
    const text = layoutCanonicalText(doc, jsonNodeAccess, segments);
    return new TextMap(text, segments);
  }

  /** From a live ProseMirror document (`editor.state.doc`). */
  static fromNodeLike(node: NodeLike): TextMap {
    const segments: TextSegment[] = [];
    const text = layoutCanonicalText(node, nodeLikeAccess, segments);
    return new TextMap(text, segments);
  }

  get codePointLength(): number {
    return this.offsets.codePointLength;
  }

  /** Number of segments whose `textStart` is at most `u`. */
  private segmentsStartingByText(u: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((segs[mid] as TextSegment).textStart <= u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of segments whose `pmStart` is at most `pos`. */
  private segmentsStartingByPm(pos: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((segs[mid] as TextSegment).pmStart <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * ProseMirror position of UTF-16 offset `u` of the canonical text, or null when `u` is not
   * an integer in [0, text.length]. Inside a block separator, "forward" gives the start of the
   * next block's text and "backward" the end of the previous one; where two positions hold the
   * same offset (around an inline image), "forward" takes the later one.
   */
  utf16ToPm(u: number, bias: Bias = "forward"): number | null {
    if (!Number.isInteger(u) || u < 0 || u > this.text.length) return null;
    const segs = this.segments;
    const i = this.segmentsStartingByText(u);
    const s = segs[i - 1];
    if (!s) return 0;
    const end = s.textStart + s.length;
    if (bias === "forward") {
      if (u < end) return s.pmStart + (u - s.textStart);
      if (u === end) return s.pmStart + s.length;
      return segs[i]?.pmStart ?? s.pmStart + s.length;
    }
    if (u === s.textStart) {
      const prev = segs[i - 2];
      if (prev && prev.textStart + prev.length === u) return prev.pmStart + prev.length;
      return s.pmStart;
    }
    if (u <= end) return s.pmStart + (u - s.textStart);
    return s.pmStart + s.length;
  }

  /**
   * UTF-16 offset in the canonical text of ProseMirror position `pos`. A position outside any
   * text (between blocks, in an empty block) snaps to the next text ("forward") or the
   * previous text ("backward").
   */
  pmToUtf16(pos: number, bias: Bias = "forward"): number {
    const segs = this.segments;
    const j = this.segmentsStartingByPm(pos);
    const s = segs[j - 1];
    if (!s) return bias === "forward" ? (segs[0]?.textStart ?? 0) : 0;
    const pmEnd = s.pmStart + s.length;
    if (pos <= pmEnd) return s.textStart + (pos - s.pmStart);
    if (bias === "forward") return segs[j]?.textStart ?? this.text.length;
    return s.textStart + s.length;
  }

  /**
   * ProseMirror range of the code point range [start, end) of the canonical text, or null
   * when the range is not within the text. An empty range gives `from === to`.
   */
  pmRangeFromCodePoints(start: number, end: number): { from: number; to: number } | null {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
    if (start < 0 || end < start || end > this.offsets.codePointLength) return null;
    const from = this.utf16ToPm(this.offsets.toUtf16(start), "forward") as number;
    if (start === end) return { from, to: from };
    const to = this.utf16ToPm(this.offsets.toUtf16(end), "backward") as number;
    return { from, to: Math.max(from, to) };
  }

  /**
   * Code point range of the canonical text covered by ProseMirror range [from, to) (given in
   * either order). `from` snaps forward and `to` backward to text; a range covering no text
   * gives `start === end`. A position inside a surrogate pair rounds down to its start.
   */
  codePointsFromPmRange(from: number, to: number): { start: number; end: number } {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    const start = this.offsets.toCodePoint(this.pmToUtf16(lo, "forward"));
    const end = this.offsets.toCodePoint(this.pmToUtf16(hi, "backward"));
    return end < start ? { start, end: start } : { start, end };
  }
}
