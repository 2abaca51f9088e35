import { Node as PMNode } from "@tiptap/pm/model";
import { documentSchema } from "../editor/extensions";
import type { DocNode } from "../text/doc-node";
import { sanitizeLinks } from "./html-to-doc";
import { ContentTooDeepError, isNestedDeeperThan, MAX_NESTING } from "./nesting";

export class InvalidContentError extends Error {
  override name = "InvalidContentError";
}

/**
 * Checks Tiptap JSON against the editor's schema (unknown nodes or marks, wrong nesting are
 * refused) and returns it normalised, with unsafe link targets removed.
 */
export function docFromTiptapJson(value: unknown): DocNode {
  if (typeof value !== "object" || value === null || (value as { type?: unknown }).type !== "doc") {
    throw new InvalidContentError('content must be a Tiptap document: an object with type "doc"');
  }
  // Each node is an object holding a `content` array: two JSON levels a node.
  if (isNestedDeeperThan(value, 2 * MAX_NESTING + 2)) {
    throw new InvalidContentError(`content ${new ContentTooDeepError().message}`);
  }
  let node: PMNode;
  try {
    node = PMNode.fromJSON(documentSchema(), value);
    node.check();
  } catch (error) {
    throw new InvalidContentError(`content does not fit the editor's schema: ${(error as Error).message}`);
  }
  return sanitizeLinks(node.toJSON() as DocNode);
}
