import { marked } from "marked";
import type { DocNode } from "../text/doc-node";
import { docFromHtml } from "./html-to-doc";

/** Markdown to the editor's schema, through HTML (raw HTML in the Markdown is reduced too). */
export function docFromMarkdown(markdown: string): DocNode {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return docFromHtml(html);
}
