"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { documentExtensions } from "@/lib/editor/extensions";
import type { DocNode } from "@/lib/text/doc-node";
import { ClaimHighlights, type HighlightSpec } from "./claim-highlights";
import { MarkClaimMenu, type ClaimRange } from "./mark-claim-menu";
import { MarkClaimShortcut } from "./mark-claim-shortcut";
import { useProgressiveHighlights } from "./use-progressive-highlights";

export type DocumentEditorProps = {
  content: DocNode;
  dir: "rtl" | "ltr" | "auto";
  lang?: string | undefined;
  highlights: HighlightSpec[];
  activeClaimId: string | null;
  canMark: boolean;
  isEditing: boolean;
  onMarkClaim: (range: ClaimRange) => void;
  onClaimClick: (claimId: string) => void;
  onReady?: (editor: Editor) => void;
};

type Handlers = { onMarkClaim: (range: ClaimRange) => void; onClaimClick: (claimId: string) => void; canMark: boolean };

/** The schema's extensions plus the claim layer, calling whatever handlers are current. */
function workspaceExtensions(handlers: { current: Handlers }, highlights: { current: HighlightSpec[] }) {
  return [
    ...documentExtensions(),
    ClaimHighlights.configure({
      onClaimClick: (id) => handlers.current.onClaimClick(id),
      initialHighlights: () => highlights.current,
    }),
    MarkClaimShortcut.configure({
      onMarkClaim: (range) => {
        if (handlers.current.canMark) handlers.current.onMarkClaim(range);
      },
    }),
  ];
}

/**
 * The document in Tiptap: read-only for marking claims, editable while an editor revises the
 * text. Claims are decorations from `highlights`; the component re-renders only when its props
 * change, never on each editor transaction.
 */
export function DocumentEditor(props: DocumentEditorProps) {
  const { content, dir, lang, highlights, activeClaimId, canMark, isEditing, onReady } = props;
  // The extensions are configured once, when the editor is made; they call the latest handlers
  // through this ref.
  const handlers = useRef<Handlers>({ onMarkClaim: props.onMarkClaim, onClaimClick: props.onClaimClick, canMark });
  useEffect(() => {
    handlers.current = { onMarkClaim: props.onMarkClaim, onClaimClick: props.onClaimClick, canMark };
  });
  // Thousands of highlights are drawn a batch at a time, the first screens' first.
  const shown = useProgressiveHighlights(highlights, activeClaimId);
  // The editor is made after the first render: it draws the text with the highlights known by
  // then at once; later changes to them are applied as changes.
  const latestHighlights = useRef(shown);
  useLayoutEffect(() => {
    latestHighlights.current = shown;
  });
  // eslint-disable-next-line react-hooks/refs -- the refs are only read later, when the editor is made and in its event handlers, never during render
  const extensions = useMemo(() => workspaceExtensions(handlers, latestHighlights), []);

  const editor = useEditor({
    extensions,
    content,
    editable: false,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    coreExtensionOptions: { tabindex: { value: "0" } },
    editorProps: {
      attributes: { "aria-label": "Document text", role: "textbox", "aria-multiline": "true" },
    },
  });

  useEffect(() => {
    if (editor && onReady) onReady(editor);
  }, [editor, onReady]);

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(isEditing);
    editor.view.dom.setAttribute("aria-readonly", isEditing ? "false" : "true");
  }, [editor, isEditing]);

  // While the text is being revised the highlights are mapped through the edits; the server's
  // offsets refer to the saved revision, so they are applied only when not editing.
  useEffect(() => {
    if (!editor || isEditing) return;
    editor.commands.setClaimHighlights(shown);
  }, [editor, shown, isEditing]);

  useEffect(() => {
    if (!editor) return;
    editor.commands.setActiveClaim(activeClaimId);
  }, [editor, activeClaimId]);

  // The open claim's words are scrolled into view once their highlight is drawn: at once when it
  // is, or when the page's claims arrive (a link to a claim opens the page before they do).
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!editor || !activeClaimId) {
      scrolledTo.current = null;
      return;
    }
    if (scrolledTo.current === activeClaimId) return;
    const el = editor.view.dom.querySelector(`[data-claim-id="${CSS.escape(activeClaimId)}"]`);
    if (!el) return;
    scrolledTo.current = activeClaimId;
    el.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [editor, activeClaimId, shown]);

  return (
    <div dir={dir} lang={lang} className="document-prose" data-testid="document-text">
      {editor ? (
        <>
          <EditorContent editor={editor} />
          {canMark && !isEditing ? (
            <MarkClaimMenu editor={editor} onMarkClaim={(r) => handlers.current.onMarkClaim(r)} />
          ) : null}
        </>
      ) : (
        <p className="text-stone-500">Loading the document…</p>
      )}
    </div>
  );
}
