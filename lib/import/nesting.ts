/**
 * How deep imported content may nest. Parsers (marked, ProseMirror's DOM and JSON readers) and
 * the code after them recurse once per level: 10,000 nested blockquotes would overflow the
 * stack, and deeply nested Markdown lists take time that grows with the square of their depth.
 * No article nests a hundred levels, so HTML deeper than that is flattened (the elements past
 * the limit are unwrapped, their text kept), and Markdown or editor JSON deeper is refused.
 */
export const MAX_NESTING = 100;

export class ContentTooDeepError extends Error {
  override name = "ContentTooDeepError";
  constructor() {
    super(`is nested more than ${MAX_NESTING} levels deep`);
  }
}

type DomLike = {
  firstChild: DomLike | null;
  nextSibling: DomLike | null;
  parentNode: DomLike | null;
  nodeType: number;
};
type DomParent = DomLike & {
  insertBefore(node: DomLike, before: DomLike): unknown;
  removeChild(node: DomLike): unknown;
};

/**
 * Unwraps every element nested deeper than `max` under `root`, keeping its children in its
 * place (or removes it whole when `drop` says so); without recursion. Deepest first, so that
 * each move carries a shallow subtree.
 */
export function flattenDeepElements(
  root: DomLike,
  options: { max?: number; drop?: (element: DomLike) => boolean } = {},
): void {
  const max = options.max ?? MAX_NESTING;
  const tooDeep: DomLike[] = [];
  const stack: [DomLike, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      if (depth + 1 > max) tooDeep.push(child);
      stack.push([child, depth + 1]);
    }
  }
  // Each element is listed before its descendants: backwards, they are unwrapped first.
  for (let i = tooDeep.length - 1; i >= 0; i--) {
    const element = tooDeep[i]!;
    const parent = element.parentNode as DomParent | null;
    if (!parent) continue;
    if (!options.drop?.(element)) {
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
    }
    parent.removeChild(element);
  }
}

/**
 * The deepest nesting of Markdown's containers on any line: block quote markers, plus the
 * indentation (two columns a level) that nests list items. An upper bound, cheap to read.
 */
export function markdownNesting(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split("\n")) {
    let quotes = 0;
    let columns = 0;
    for (const char of line) {
      if (char === ">") quotes++;
      else if (char === " ") columns++;
      else if (char === "\t") columns += 4;
      else break;
    }
    deepest = Math.max(deepest, quotes + Math.floor(columns / 2));
  }
  return deepest;
}

/** Whether a JSON value nests objects and arrays more than `max` deep; without recursion. */
export function isNestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (typeof node !== "object" || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
