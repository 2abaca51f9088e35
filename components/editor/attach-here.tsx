"use client";

import type { Editor } from "@tiptap/core";
import { createContext, useContext } from "react";
import { selectionToClaimRange, type ClaimRange } from "./mark-claim-shortcut";

/**
 * A claim waiting for a person to show where it belongs (the open claim, fuzzy or orphaned):
 * the selection menu then offers to attach it to the selected words. Null when none waits.
 */
export type AttachHereTarget = { onAttach: (range: ClaimRange) => void; isPending: boolean };

export const AttachHereContext = createContext<AttachHereTarget | null>(null);

/** "Attach claim here", in the selection menu, while a claim waits for its words; nothing otherwise. */
export function AttachHereButton({ editor }: { editor: Editor }) {
  const target = useContext(AttachHereContext);
  if (!target) return null;
  return (
    <button
      type="button"
      className="rounded px-2 py-1 text-sm font-medium text-amber-900 hover:bg-amber-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-200 disabled:opacity-50"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        const range = selectionToClaimRange(editor);
        if (range) target.onAttach(range);
      }}
      disabled={target.isPending}
    >
      Attach claim here
    </button>
  );
}
