import type { Node as PmNode } from "@tiptap/pm/model";
import { TextMap } from "@/lib/text/text-map";

const maps = new WeakMap<PmNode, TextMap>();

/**
 * The canonical text of a ProseMirror doc and its offset map, made once per doc. Docs are
 * immutable, so the map of one never goes stale; in a 100,000-word document making it walks
 * every node, which marking a claim and drawing its highlight used to do several times over.
 */
export function docTextMap(doc: PmNode): TextMap {
  let map = maps.get(doc);
  if (!map) {
    map = TextMap.fromNodeLike(doc);
    maps.set(doc, map);
  }
  return map;
}
