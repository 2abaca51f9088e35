"use client";

import type { Editor } from "@tiptap/react";
import { createContext, useCallback, useMemo, useState, type RefObject } from "react";
import { quoteSelectorAt } from "@/lib/anchoring/context";
import type { ClaimView } from "@/lib/claims/types";
import type { DocNode } from "@/lib/text/doc-node";
import { TextMap } from "@/lib/text/text-map";
import type { AttachHereTarget } from "../editor/attach-here";
import { selectionToClaimRange, type ClaimRange } from "../editor/mark-claim-menu";
import { useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

/** Whether a person is asked where `claim` belongs: the re-anchoring left it fuzzy or orphaned. */
export function awaitsPlacement(claim: ClaimView): boolean {
  return claim.anchorStatus === "fuzzy" || claim.anchorStatus === "orphaned";
}

/** Words of the text with some of what stands around them, for a person to recognise the place. */
export type WordsInContext = { before: string; words: string; after: string };

/** Characters of context shown on each side of an alternative's words. */
const CONTEXT_SHOWN = 60;

// A revision's content is replaced, never changed in place: one text map per content serves
// every render until the next revision (the panel shows the places' context on each render).
const textMaps = new WeakMap<DocNode, TextMap>();
function textMapOf(content: DocNode): TextMap {
  let map = textMaps.get(content);
  if (!map) {
    map = TextMap.fromDoc(content);
    textMaps.set(content, map);
  }
  return map;
}

/**
 * The editor's selection as a claim's place, when the person has words selected in the
 * document now (not a selection ProseMirror remembers from earlier); null otherwise.
 */
function selectedRange(editor: Editor): ClaimRange | null {
  const dom = editor.view.dom.ownerDocument.getSelection();
  if (!dom || dom.isCollapsed || !editor.view.dom.contains(dom.anchorNode)) return null;
  return selectionToClaimRange(editor);
}

/**
 * Re-attaching the open claim by hand: to the words selected in the document (the selection
 * menu's "Attach claim here", or the panel's button), to one of the places the re-anchoring
 * offered, or to nowhere (orphaned). The selector is built from the saved revision's text as
 * marking builds it (quote, context and position), so the server finds exactly those words.
 */
export function useReattachClaim({
  claim,
  content,
  actions,
  editorRef,
  isEditing,
  onReattached,
}: {
  /** The open claim, or null. */
  claim: ClaimView | null;
  /** The saved revision's content, which the claims' offsets refer to. */
  content: DocNode;
  actions: WorkspaceActions;
  editorRef: RefObject<Editor | null>;
  /** The text is being revised here: its positions are not the saved revision's. */
  isEditing: boolean;
  onReattached: (claim: ClaimView) => void;
}) {
  const save = useSave();
  const { run, clearError } = save;
  // Which claim the last attempt (and so the error or hint shown) was about: another claim
  // opened since shows neither.
  const [about, setAbout] = useState<{ claimId: string; hint: string | null } | null>(null);
  const waiting = claim && claim.permissions.reattach && awaitsPlacement(claim) ? claim : null;

  const attach = useCallback(
    (target: ClaimView, range: { start: number; end: number; exact: string }) => {
      setAbout({ claimId: target.id, hint: null });
      const quote = quoteSelectorAt(textMapOf(content).text, range.start, range.end);
      run(
        () =>
          actions.reattachClaim(target.id, target.version, {
            selector: [
              { type: "TextQuoteSelector", ...quote },
              { type: "TextPositionSelector", start: range.start, end: range.end },
            ],
          }),
        (saved) => {
          onReattached(saved);
          window.getSelection()?.removeAllRanges();
        },
      );
    },
    [actions, content, onReattached, run],
  );

  const attachToSelection = useCallback(
    (target: ClaimView) => {
      const editor = editorRef.current;
      const range = editor ? selectedRange(editor) : null;
      if (!range) {
        clearError();
        setAbout({ claimId: target.id, hint: "Select the words in the document first, then choose this again." });
        return;
      }
      attach(target, range);
    },
    [attach, clearError, editorRef],
  );

  const orphan = useCallback(
    (target: ClaimView) => {
      setAbout({ claimId: target.id, hint: null });
      run(() => actions.reattachClaim(target.id, target.version, { orphaned: true }), onReattached);
    },
    [actions, onReattached, run],
  );

  const reload = useCallback(
    (target: ClaimView) => {
      setAbout({ claimId: target.id, hint: null });
      run(() => actions.getClaim(target.id), onReattached);
    },
    [actions, onReattached, run],
  );

  /** The words at code points [start, end) of the saved revision's text, with their surroundings. */
  const wordsInContext = useCallback(
    (start: number, end: number): WordsInContext => {
      const { text, offsets } = textMapOf(content);
      const from = offsets.toUtf16(Math.min(start, offsets.codePointLength));
      const to = offsets.toUtf16(Math.min(end, offsets.codePointLength));
      let before = Math.max(0, from - CONTEXT_SHOWN);
      let after = Math.min(text.length, to + CONTEXT_SHOWN);
      // Never cut a character outside the Basic Multilingual Plane in half.
      if (/[\uDC00-\uDFFF]/.test(text.charAt(before))) before += 1;
      if (/[\uD800-\uDBFF]/.test(text.charAt(after - 1))) after -= 1;
      return {
        before: (before > 0 ? "…" : "") + text.slice(before, from).replace(/\s+/g, " ").trimStart(),
        words: text.slice(from, to),
        after: text.slice(to, after).replace(/\s+/g, " ").trimEnd() + (after < text.length ? "…" : ""),
      };
    },
    [content],
  );

  const isCurrent = claim !== null && about?.claimId === claim.id;
  const { isPending } = save;
  const error = isCurrent ? save.error : null;
  const hint = isCurrent ? (about?.hint ?? null) : null;
  const attachHere = useMemo<AttachHereTarget | null>(
    () => (waiting && !isEditing ? { onAttach: (range) => attach(waiting, range), isPending } : null),
    [waiting, isEditing, attach, isPending],
  );

  return useMemo(
    () => ({
      /** For the selection menu: the claim waiting for its words, or null. */
      attachHere,
      isEditing,
      isPending,
      error,
      hint,
      attach,
      attachToSelection,
      orphan,
      reload,
      wordsInContext,
    }),
    [attachHere, isEditing, isPending, error, hint, attach, attachToSelection, orphan, reload, wordsInContext],
  );
}

export type Reattach = ReturnType<typeof useReattachClaim>;

/** The workspace's re-attaching, for the open claim's panel; null outside a workspace. */
export const ReattachContext = createContext<Reattach | null>(null);
