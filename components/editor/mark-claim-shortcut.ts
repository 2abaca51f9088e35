import { Extension, type Editor } from "@tiptap/core";
import { keydownHandler } from "@tiptap/pm/keymap";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { docTextMap } from "./doc-text-map";

/** A selection as a claim's position: code points of the canonical text and the text itself. */
export interface ClaimRange {
  start: number;
  end: number;
  exact: string;
}

export interface MarkClaimShortcutOptions {
  onMarkClaim: (range: ClaimRange) => void;
}

/**
 * The editor's selection in canonical-text code points, with surrounding whitespace trimmed
 * off; null when the selection is empty or holds only whitespace.
 */
export function selectionToClaimRange(editor: Editor): ClaimRange | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const map = docTextMap(editor.state.doc);
  const { start, end } = map.codePointsFromPmRange(from, to);
  const text = map.text.slice(map.offsets.toUtf16(start), map.offsets.toUtf16(end));
  const exact = text.trim();
  if (exact.length === 0) return null;
  // Whitespace lies in the Basic Multilingual Plane, so UTF-16 units trimmed are code points.
  const leading = text.length - text.trimStart().length;
  const trailing = text.length - text.trimEnd().length;
  return { start: start + leading, end: end - trailing, exact };
}

export const markClaimShortcutKey = new PluginKey("markClaimShortcut");

/**
 * Mod-Shift-M and Mod-Alt-C mark the selection as a claim. Bound through `handleDOMEvents`
 * rather than `addKeyboardShortcuts`: ProseMirror skips keymaps (`handleKeyDown`) when the
 * view is not editable, and reviewers mark claims in a read-only document.
 */
export const MarkClaimShortcut = Extension.create<MarkClaimShortcutOptions>({
  name: "markClaimShortcut",

  addOptions() {
    return { onMarkClaim: () => undefined };
  },

  addProseMirrorPlugins() {
    const markClaim = (): boolean => {
      const range = selectionToClaimRange(this.editor);
      if (!range) return false;
      this.options.onMarkClaim(range);
      return true;
    };
    const handleKey = keydownHandler({ "Mod-Shift-m": markClaim, "Mod-Alt-c": markClaim });
    return [
      new Plugin({
        key: markClaimShortcutKey,
        props: {
          handleDOMEvents: {
            keydown: (view, event) => {
              if (!handleKey(view, event)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
