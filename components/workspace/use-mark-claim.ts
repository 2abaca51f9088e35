"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, type RefObject } from "react";
import { quoteSelectorAt } from "@/lib/anchoring/context";
import type { ClaimView } from "@/lib/claims/types";
import { docTextMap } from "../editor/doc-text-map";
import type { ClaimRange } from "../editor/mark-claim-menu";
import { useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

/** Marks the selected words as a claim; `onMarked` gets the claim as the server saved it. */
export function useMarkClaim({
  documentId,
  actions,
  editorRef,
  onMarked,
}: {
  documentId: string;
  actions: WorkspaceActions;
  editorRef: RefObject<Editor | null>;
  onMarked: (claim: ClaimView) => void;
}) {
  const mark = useSave();
  const { run } = mark;

  const markClaim = useCallback(
    (range: ClaimRange) => {
      // The words around the selection travel with it: should the text have changed on the
      // server meanwhile, they, not the position, decide which occurrence is meant.
      const editor = editorRef.current;
      const map = editor ? docTextMap(editor.state.doc) : null;
      const quote = map ? quoteSelectorAt(map.text, range.start, range.end, map.offsets) : { exact: range.exact };
      run(
        () =>
          actions.markClaim(documentId, {
            selector: [
              { type: "TextQuoteSelector", ...quote },
              { type: "TextPositionSelector", start: range.start, end: range.end },
            ],
          }),
        onMarked,
      );
    },
    [actions, documentId, editorRef, onMarked, run],
  );

  return { markClaim, isPending: mark.isPending, error: mark.error };
}
