import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { TextMap } from "@/lib/text/text-map";
import { docTextMap } from "./doc-text-map";

export const claimTones = [
  "open",
  "in-review",
  "true",
  "mostly-true",
  "mixed",
  "mostly-false",
  "false",
  "misleading",
  "unproven",
  "fuzzy",
] as const;
export type ClaimTone = (typeof claimTones)[number];

/** One claim to draw. `start`/`end` are code points of the canonical text of the current doc. */
export interface HighlightSpec {
  id: string;
  start: number;
  end: number;
  tone: ClaimTone;
  /** Read out as the highlight's title, e.g. "Unproven, resolved". */
  label: string;
  isActive?: boolean;
}

export interface ClaimHighlightsOptions {
  onClaimClick?: (claimId: string) => void;
  /**
   * The highlights to draw from the start, asked for when the editor's state is made, so that
   * the first drawing of the text has them (no second pass over every paragraph to add them).
   */
  initialHighlights?: () => readonly HighlightSpec[];
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /**
       * Replaces every highlight with `specs`, anchored in the current doc. The active claim
       * stays active (if it is among them) unless a spec is marked `isActive`.
       */
      setClaimHighlights: (specs: HighlightSpec[]) => ReturnType;
      /** Marks one claim as active (or none) without moving any highlight. */
      setActiveClaim: (id: string | null) => ReturnType;
    };
  }
}

interface ClaimDecorationSpec {
  claimId: string;
  tone: ClaimTone;
  label: string;
}

interface ClaimHighlightsState {
  decorations: DecorationSet;
  activeId: string | null;
  /**
   * The specs drawn, by claim id, while the doc is still the one they were placed on
   * (`placedOn`); null once an edit has mapped the decorations, so that the next set places
   * every claim afresh.
   */
  drawn: Map<string, HighlightSpec> | null;
  placedOn: PmNode | null;
}

type ClaimHighlightsMeta = { type: "set"; specs: HighlightSpec[] } | { type: "active"; id: string | null };

export const claimHighlightsKey = new PluginKey<ClaimHighlightsState>("claimHighlights");

function claimDecoration(from: number, to: number, spec: ClaimDecorationSpec, isActive: boolean): Decoration {
  return Decoration.inline(
    from,
    to,
    {
      // Without a nodeName, overlapping inline decorations merge into one span and only the
      // last data-claim-id survives; a nodeName gives each claim a span of its own.
      nodeName: "span",
      class: `claim-highlight claim-tone-${spec.tone}${isActive ? " claim-active" : ""}`,
      "data-claim-id": spec.claimId,
      title: spec.label,
    },
    spec,
  );
}

// The active claim is state of its own, set by `setActiveClaim`: the list of claims changes far
// more often (every verdict, comment or live update), and a rebuild must not drop the outline.
function buildHighlights(
  doc: PmNode,
  specs: readonly HighlightSpec[],
  currentActiveId: string | null,
): ClaimHighlightsState {
  const map = docTextMap(doc);
  const decorations: Decoration[] = [];
  const drawn = new Map<string, HighlightSpec>();
  const activeId = specs.find((spec) => spec.isActive === true)?.id ?? currentActiveId;
  for (const spec of specs) {
    drawn.set(spec.id, spec);
    const decoration = placeDecoration(map, spec, spec.id === activeId);
    if (decoration) decorations.push(decoration);
  }
  return { decorations: DecorationSet.create(doc, decorations), activeId, drawn, placedOn: doc };
}

function placeDecoration(map: TextMap, spec: HighlightSpec, isActive: boolean): Decoration | null {
  const range = map.pmRangeFromCodePoints(spec.start, spec.end);
  if (!range || range.from >= range.to) return null;
  return claimDecoration(range.from, range.to, { claimId: spec.id, tone: spec.tone, label: spec.label }, isActive);
}

function isSameSpec(a: HighlightSpec, b: HighlightSpec): boolean {
  return a.start === b.start && a.end === b.end && a.tone === b.tone && a.label === b.label;
}

/**
 * A new list of claims on the doc the drawn ones were placed on: only the claims added, moved,
 * recoloured or gone are touched, so a live update or a new claim costs in proportion to what
 * changed, not to every claim of the document. After an edit (the decorations were mapped, not
 * placed) every claim is placed afresh from its offsets.
 */
function updateHighlights(
  state: ClaimHighlightsState,
  doc: PmNode,
  specs: readonly HighlightSpec[],
): ClaimHighlightsState {
  const { drawn } = state;
  if (drawn === null || state.placedOn !== doc) return buildHighlights(doc, specs, state.activeId);
  const activeId = specs.find((spec) => spec.isActive === true)?.id ?? state.activeId;
  const next = new Map<string, HighlightSpec>();
  const changed: HighlightSpec[] = [];
  for (const spec of specs) {
    next.set(spec.id, spec);
    const before = drawn.get(spec.id);
    if (!before || !isSameSpec(before, spec)) changed.push(spec);
  }
  const stale = new Set<string>(changed.map((spec) => spec.id));
  for (const id of drawn.keys()) if (!next.has(id)) stale.add(id);
  let decorations = state.decorations;
  if (stale.size > 0) {
    decorations = decorations.remove(
      decorations.find(undefined, undefined, (spec) => stale.has((spec as ClaimDecorationSpec).claimId)),
    );
    const map = docTextMap(doc);
    const placed: Decoration[] = [];
    for (const spec of changed) {
      const decoration = placeDecoration(map, spec, spec.id === state.activeId);
      if (decoration) placed.push(decoration);
    }
    decorations = decorations.add(doc, placed);
  }
  const updated = { decorations, activeId: state.activeId, drawn: next, placedOn: doc };
  return setActive(updated, doc, activeId);
}

function setActive(state: ClaimHighlightsState, doc: PmNode, id: string | null): ClaimHighlightsState {
  if (id === state.activeId) return state;
  const previous = state.activeId;
  const touched = state.decorations.find(undefined, undefined, (spec) => {
    const claimId = (spec as ClaimDecorationSpec).claimId;
    return claimId === previous || claimId === id;
  });
  const replaced = touched.map((deco) => {
    const spec = deco.spec as ClaimDecorationSpec;
    return claimDecoration(deco.from, deco.to, spec, spec.claimId === id);
  });
  return { ...state, decorations: state.decorations.remove(touched).add(doc, replaced), activeId: id };
}

function applyTransaction(tr: Transaction, value: ClaimHighlightsState, newState: EditorState): ClaimHighlightsState {
  const meta = tr.getMeta(claimHighlightsKey) as ClaimHighlightsMeta | undefined;
  if (meta?.type === "set") return updateHighlights(value, newState.doc, meta.specs);
  // Mapping keeps typing cheap in long documents: a rebuild would walk the whole doc per keystroke.
  const mapped = tr.docChanged
    ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc), drawn: null, placedOn: null }
    : value;
  if (meta?.type === "active") return setActive(mapped, newState.doc, meta.id);
  return mapped;
}

/** The highlights as drawn now, in document order: one entry per claim, in ProseMirror positions. */
export function currentHighlightRanges(state: EditorState): { id: string; from: number; to: number }[] {
  const set = claimHighlightsKey.getState(state)?.decorations;
  if (!set) return [];
  return set
    .find()
    .map((deco) => ({ id: (deco.spec as ClaimDecorationSpec).claimId, from: deco.from, to: deco.to }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

function claimIdsAroundTarget(view: EditorView, target: EventTarget | null): Set<string> | null {
  const start = target as Node | null;
  if (!start || typeof start.nodeType !== "number" || !view.dom.contains(start)) return null;
  const ids = new Set<string>();
  for (let node: Node | null = start; node && node !== view.dom; node = node.parentNode) {
    const id = node.nodeType === 1 ? (node as Element).getAttribute("data-claim-id") : null;
    if (id) ids.add(id);
  }
  return ids.size > 0 ? ids : null;
}

/**
 * The innermost claim under a click: among the highlights covering `pos` (and, when the click
 * landed on a highlight's span, only those wrapping that span), the shortest one, so a nested
 * claim opens on its own words and the outer claim on the rest.
 */
export function claimIdAtClick(view: EditorView, pos: number, event?: MouseEvent): string | null {
  const set = claimHighlightsKey.getState(view.state)?.decorations;
  if (!set) return null;
  const ids = claimIdsAroundTarget(view, event?.target ?? null);
  let best: Decoration | null = null;
  for (const deco of set.find(pos, pos)) {
    const claimId = (deco.spec as ClaimDecorationSpec).claimId;
    if (ids ? !ids.has(claimId) : !(deco.from <= pos && pos <= deco.to)) continue;
    if (!best || deco.to - deco.from < best.to - best.from) best = deco;
  }
  return best ? (best.spec as ClaimDecorationSpec).claimId : null;
}

export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { onClaimClick: undefined, initialHighlights: undefined };
  },

  addCommands() {
    return {
      setClaimHighlights:
        (specs) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(claimHighlightsKey, { type: "set", specs } satisfies ClaimHighlightsMeta);
          return true;
        },
      setActiveClaim:
        (id) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(claimHighlightsKey, { type: "active", id } satisfies ClaimHighlightsMeta);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<ClaimHighlightsState>({
        key: claimHighlightsKey,
        state: {
          init: (_config, state) =>
            options.initialHighlights
              ? buildHighlights(state.doc, options.initialHighlights(), null)
              : { decorations: DecorationSet.empty, activeId: null, drawn: null, placedOn: null },
          apply: (tr, value, _oldState, newState) => applyTransaction(tr, value, newState),
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos, event) => {
            if (!options.onClaimClick) return false;
            const id = claimIdAtClick(view, pos, event);
            if (id === null) return false;
            options.onClaimClick(id);
            return true;
          },
        },
      }),
    ];
  },
});
