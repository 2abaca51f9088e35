import { marked } from "marked";
import type { DocNode } from "../text/doc-node";
import { docFromHtml } from "./html-to-doc";
import { ContentTooDeepError, markdownNesting, MAX_NESTING } from "./nesting";

/**
 * Markdown to the editor's schema, through HTML (raw HTML in the Markdown is reduced too).
 * Throws ContentTooDeepError for containers nested past MAX_NESTING, or anything else marked
 * cannot read without overflowing its stack (thousands of nested emphasis markers).
 */
export function docFromMarkdown(markdown: string): DocNode {
  if (markdownNesting(markdown) > MAX_NESTING) throw new ContentTooDeepError();
  let html: string;
  try {
    html = marked.parse(markdown, { async: false, gfm: true });
  } catch (error) {
    if (error instanceof RangeError) throw new ContentTooDeepError();
    throw error;
  }
  return docFromHtml(html);
}
