"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useRef, useState } from "react";
import type { DocNode } from "@/lib/text/doc-node";
import type { EventGate } from "./event-gate";
import type { Claims } from "./use-claims";
import type { useFetch } from "./use-fetch";
import { useSave } from "./use-save";
import { useSnapshotReducer } from "./use-snapshot-reducer";
import type { WorkspaceActions } from "./workspace-actions";

export type WorkspaceDocument = {
  id: string;
  content: DocNode;
  revision: number;
  version: number;
  dir: "rtl" | "ltr" | "auto";
  language: string | null;
};

type Revision = Pick<WorkspaceDocument, "content" | "revision" | "version">;

function documentReducer(doc: WorkspaceDocument, revision: Revision): WorkspaceDocument {
  return { ...doc, ...revision };
}

/** "Saved revision 3. Claims: 4 exact, 1 orphaned." */
function revisionNotice(revision: number, anchorStatuses: string[]): string {
  const counts = new Map<string, number>();
  for (const status of anchorStatuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const parts = Array.from(counts, ([status, n]) => `${n} ${status}`);
  return `Saved revision ${revision}.${parts.length ? ` Claims: ${parts.join(", ")}.` : ""}`;
}

/**
 * The document's text: the revision shown, editing it into a new revision, and loading one
 * someone else saved. A new revision's text and its re-anchored claims are applied together,
 * so highlights are never drawn from new offsets on the old text.
 */
export function useDocumentText({
  initial,
  actions,
  gate,
  dispatchClaims,
  fetch,
  onNotice,
}: {
  initial: WorkspaceDocument;
  actions: WorkspaceActions;
  gate: EventGate;
  dispatchClaims: Claims["dispatch"];
  fetch: ReturnType<typeof useFetch>["fetch"];
  onNotice: (notice: string | null) => void;
}) {
  const [doc, setRevision, currentDoc] = useSnapshotReducer(documentReducer, initial);
  const [isEditing, setEditing] = useState(false);
  const [remoteRevision, setRemoteRevision] = useState<number | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const revise = useSave();

  const loadRevision = useCallback(() => {
    const id = currentDoc().id;
    // Events held meanwhile (the claims re-anchored on it) apply after the new text.
    const release = gate.hold();
    void fetch(
      "revision",
      async () => {
        const [content, list] = await Promise.all([actions.getDocumentContent(id), actions.listClaims(id)]);
        if (!content.ok) return content;
        if (!list.ok) return list;
        return { ok: true as const, data: { ...content.data, claims: list.data } };
      },
      {
        what: "The new revision of the text",
        onData: ({ claims: fresh, ...revision }) => {
          editorRef.current?.commands.setContent(revision.content);
          setRevision(revision);
          dispatchClaims({ type: "loaded", claims: fresh });
          setRemoteRevision(null);
        },
      },
    ).finally(release);
  }, [actions, currentDoc, dispatchClaims, fetch, gate, setRevision]);

  /** Someone saved `revision`: load it, or, while this page is editing, only say so. */
  const onRevised = useCallback(
    (revision: number) => {
      if (revision <= currentDoc().revision) return;
      if (isEditing) setRemoteRevision(revision);
      else loadRevision();
    },
    [currentDoc, isEditing, loadRevision],
  );

  const save = () => {
    const editor = editorRef.current;
    if (!editor) return;
    const content = editor.getJSON() as DocNode;
    const { id, version } = currentDoc();
    revise.run(
      () => actions.saveRevision(id, version, content),
      (result) => {
        setRevision({ content, revision: result.revision, version: result.version });
        dispatchClaims({ type: "reanchored", anchors: result.claims });
        // The answer tells where each claim landed; their versions, quotes and the places a fuzzy
        // one could go changed with the revision too: read the claims as saved.
        void fetch("revision-claims", () => actions.listClaims(id), {
          what: "The claims on the new revision",
          onData: (fresh) => dispatchClaims({ type: "loaded", claims: fresh }),
        });
        setEditing(false);
        onNotice(
          revisionNotice(
            result.revision,
            result.claims.map((c) => c.anchorStatus),
          ),
        );
      },
    );
  };

  const discard = () => {
    editorRef.current?.commands.setContent(currentDoc().content);
    setEditing(false);
  };

  const onEditorReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const startEditing = () => {
    revise.clearError();
    setEditing(true);
  };

  return {
    doc,
    /** The revision shown now, even before React has rendered the last change. */
    currentRevision: () => currentDoc().revision,
    editorRef,
    onEditorReady,
    isEditing,
    remoteRevision,
    isSaving: revise.isPending,
    saveError: revise.error,
    startEditing,
    save,
    discard,
    onRevised,
  };
}

export type DocumentText = ReturnType<typeof useDocumentText>;
