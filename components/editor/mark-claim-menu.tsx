"use client";

import { isTextSelection, type Editor } from "@tiptap/core";
import { BubbleMenu, type BubbleMenuProps } from "@tiptap/react/menus";
import { useCallback } from "react";
import { AttachHereButton } from "./attach-here";
import { selectionToClaimRange, type ClaimRange } from "./mark-claim-shortcut";

export { selectionToClaimRange, type ClaimRange } from "./mark-claim-shortcut";

type ShouldShow = NonNullable<BubbleMenuProps["shouldShow"]>;

const menuOptions: BubbleMenuProps["options"] = { placement: "top" };

/**
 * Tiptap's default hides the menu in a read-only editor and whenever the editor lacks focus;
 * a read-only viewer is where claims get marked, and it need not hold focus while text is
 * selected in it.
 */
function selectionInside(view: Parameters<ShouldShow>[0]["view"], element: HTMLElement): boolean {
  if (view.hasFocus() || element.contains(document.activeElement)) return true;
  const domSelection = view.dom.ownerDocument.getSelection();
  return !!domSelection && !domSelection.isCollapsed && view.dom.contains(domSelection.anchorNode);
}

export function MarkClaimMenu({
  editor,
  onMarkClaim,
  disabled,
}: {
  editor: Editor;
  onMarkClaim: (range: ClaimRange) => void;
  disabled?: boolean;
}) {
  const shouldShow = useCallback<ShouldShow>(
    ({ view, state, element, from, to }) => {
      if (disabled || state.selection.empty || !isTextSelection(state.selection)) return false;
      if (state.doc.textBetween(from, to, " ").trim().length === 0) return false;
      return selectionInside(view, element);
    },
    [disabled],
  );

  const markClaim = () => {
    const range = selectionToClaimRange(editor);
    if (range) onMarkClaim(range);
  };

  return (
    <BubbleMenu editor={editor} pluginKey="markClaimMenu" shouldShow={shouldShow} options={menuOptions}>
      <div className="rounded-md border border-stone-300 bg-white p-1 shadow-md">
        <button
          type="button"
          className="rounded px-2 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-200 disabled:opacity-50"
          onMouseDown={(e) => e.preventDefault()}
          onClick={markClaim}
          disabled={disabled}
          aria-keyshortcuts="Control+Shift+M Meta+Shift+M"
        >
          Mark claim
        </button>
        <AttachHereButton editor={editor} />
      </div>
    </BubbleMenu>
  );
}
