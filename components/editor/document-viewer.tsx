"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useMemo } from "react";
import { documentExtensions } from "@/lib/editor/extensions";
import type { DocNode } from "@/lib/text/doc-node";

/** The document's text through the Tiptap editor, read-only. */
export function DocumentViewer({ content, dir, lang }: { content: DocNode; dir: "rtl" | "ltr" | "auto"; lang?: string | undefined }) {
  const extensions = useMemo(() => documentExtensions(), []);
  const editor = useEditor({
    extensions,
    content,
    editable: false,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "Document text", "aria-readonly": "true", role: "textbox", "aria-multiline": "true" } },
  });
  return (
    <div dir={dir} lang={lang} className="document-prose" data-testid="document-text">
      {editor ? <EditorContent editor={editor} /> : <p className="text-stone-500">Loading the document…</p>}
    </div>
  );
}
