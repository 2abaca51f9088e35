import type { DocNode } from "./doc-node";

/** Joins consecutive textblocks in the canonical text. */
export const BLOCK_SEPARATOR = "\n\n";
/** What a `hardBreak` node contributes to the canonical text. */
export const HARD_BREAK = "\n";

/**
 * One run of canonical text that has ProseMirror positions of its own: a text node (or
 * several adjacent ones) or a hard break. Within a segment, canonical text and ProseMirror
 * positions advance together, one UTF-16 unit per position.
 */
export interface TextSegment {
  /** UTF-16 offset in the canonical text. */
  readonly textStart: number;
  /** ProseMirror position of the segment's first character. */
  readonly pmStart: number;
  /** In UTF-16 units, which is also its width in ProseMirror positions. */
  readonly length: number;
  readonly kind: "text" | "break";
}

/** How the canonical-text walker reads a node, so JSON and live ProseMirror nodes share it. */
export interface NodeAccess<N> {
  isText(node: N): boolean;
  /** Text of a text node. */
  text(node: N): string;
  isHardBreak(node: N): boolean;
  isLeaf(node: N): boolean;
  isTextblock(node: N): boolean;
  /** ProseMirror size of a leaf node. */
  leafSize(node: N): number;
  childCount(node: N): number;
  child(node: N, index: number): N;
}

const HARD_BREAK_TYPES = new Set(["hardBreak", "hard_break"]);

/** Node type names that contribute HARD_BREAK (Tiptap's and prosemirror-schema-basic's). */
export function isHardBreakType(name: string): boolean {
  return HARD_BREAK_TYPES.has(name);
}

const TEXTBLOCK_TYPES = new Set(["paragraph", "heading", "codeBlock", "code_block"]);

function jsonIsTextblock(node: DocNode): boolean {
  if (TEXTBLOCK_TYPES.has(node.type)) return true;
  const content = node.content;
  if (!content) return false;
  for (const child of content) {
    if (child.type === "text" || HARD_BREAK_TYPES.has(child.type)) return true;
  }
  return false;
}

/**
 * JSON does not say which nodes are leaves; an empty paragraph has no `content` either. A
 * node without content that is not a known textblock is taken as a leaf (hardBreak, image,
 * horizontalRule, mentions, ...).
 */
export const jsonNodeAccess: NodeAccess<DocNode> = {
  isText: (node) => node.type === "text",
  text: (node) => node.text ?? "",
  isHardBreak: (node) => HARD_BREAK_TYPES.has(node.type),
  isLeaf: (node) => node.type !== "text" && node.content === undefined && !TEXTBLOCK_TYPES.has(node.type),
  isTextblock: jsonIsTextblock,
  leafSize: () => 1,
  childCount: (node) => node.content?.length ?? 0,
  child: (node, index) => (node.content as DocNode[])[index] as DocNode,
};

/**
 * Walks a document once, returning its canonical text and, when `segments` is given, filling
 * it with the text's segments in document order (ascending in both text and positions).
 * The root's content starts at ProseMirror position 0.
 */
export function layoutCanonicalText<N>(root: N, access: NodeAccess<N>, segments?: TextSegment[]): string {
  let text = "";
  let hasBlock = false;
  let blockOpen = false;

  const emit = (chunk: string, pmStart: number, kind: TextSegment["kind"]): void => {
    if (!blockOpen) {
      if (hasBlock) text += BLOCK_SEPARATOR;
      hasBlock = true;
      blockOpen = true;
    }
    const textStart = text.length;
    text += chunk;
    if (!segments) return;
    const last = segments[segments.length - 1];
    if (
      kind === "text" &&
      last !== undefined &&
      last.kind === "text" &&
      last.textStart + last.length === textStart &&
      last.pmStart + last.length === pmStart
    ) {
      segments[segments.length - 1] = { ...last, length: last.length + chunk.length };
    } else {
      segments.push({ textStart, pmStart, length: chunk.length, kind });
    }
  };

  /** Walks inline content starting at `pos`; returns the position after it. */
  const inline = (node: N, pos: number): number => {
    const count = access.childCount(node);
    for (let i = 0; i < count; i++) {
      const child = access.child(node, i);
      if (access.isText(child)) {
        const t = access.text(child);
        if (t.length > 0) emit(t, pos, "text");
        pos += t.length;
      } else if (access.isHardBreak(child)) {
        emit(HARD_BREAK, pos, "break");
        pos += 1;
      } else if (access.isLeaf(child)) {
        pos += access.leafSize(child);
      } else {
        pos = inline(child, pos + 1) + 1;
      }
    }
    return pos;
  };

  /** Walks block content starting at `pos`; returns the position after it. */
  const blocks = (node: N, pos: number): number => {
    const count = access.childCount(node);
    for (let i = 0; i < count; i++) {
      const child = access.child(node, i);
      if (access.isTextblock(child)) {
        blockOpen = false;
        pos = inline(child, pos + 1) + 1;
        blockOpen = false;
      } else if (access.isLeaf(child) || access.isText(child)) {
        pos += access.isText(child) ? access.text(child).length : access.leafSize(child);
      } else {
        pos = blocks(child, pos + 1) + 1;
      }
    }
    return pos;
  };

  if (access.isTextblock(root)) inline(root, 0);
  else blocks(root, 0);
  return text;
}

/**
 * The canonical text of a document: textblocks (paragraphs, headings, code blocks, including
 * those inside lists and quotes) joined by BLOCK_SEPARATOR, hard breaks as HARD_BREAK, other
 * leaves (images, rules) as nothing, textblocks without any text skipped.
 */
export function canonicalText(doc: DocNode): string {
  return layoutCanonicalText(doc, jsonNodeAccess);
}

const BLANK_LINE = /^[ \t]*$/;

function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Paragraphs of plain text: runs of non-blank lines, each paragraph a list of its lines. */
function plainParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] | null = null;
  for (const line of normalizeLineEndings(text).split("\n")) {
    if (BLANK_LINE.test(line)) {
      current = null;
    } else if (current) {
      current.push(line);
    } else {
      current = [line];
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

function paragraphNode(lines: readonly string[]): DocNode {
  const content: DocNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: "hardBreak" });
    content.push({ type: "text", text: line });
  });
  return { type: "paragraph", content };
}

function docOf(paragraphs: DocNode[]): DocNode {
  return { type: "doc", content: paragraphs.length > 0 ? paragraphs : [{ type: "paragraph" }] };
}

/**
 * A document from imported plain text: CRLF and CR become LF, blank lines (empty or only
 * spaces and tabs) separate paragraphs, a single line break inside a paragraph becomes a
 * `hardBreak`.
 */
export function docFromPlainText(text: string): DocNode {
  return docOf(plainParagraphs(text).map(paragraphNode));
}

/** A document with one paragraph per non-blank line of `text`. */
export function docFromLines(text: string): DocNode {
  return docOf(
    normalizeLineEndings(text)
      .split("\n")
      .filter((line) => !BLANK_LINE.test(line))
      .map((line) => paragraphNode([line])),
  );
}
