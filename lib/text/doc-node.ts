/** A Tiptap/ProseMirror node as serialised by `editor.getJSON()` / `Node.toJSON()`. */
export interface DocNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: DocNode[];
}
