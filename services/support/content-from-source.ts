import "server-only";
import { AppError } from "@/lib/errors";
import { docFromHtml } from "@/lib/import/html-to-doc";
import { docFromMarkdown } from "@/lib/import/markdown-to-doc";
import { ContentTooDeepError } from "@/lib/import/nesting";
import { docFromTiptapJson, InvalidContentError } from "@/lib/import/tiptap-json-to-doc";
import { canonicalText, docFromPlainText } from "@/lib/text/canonical-text";
import type { DocNode } from "@/lib/text/doc-node";

/** Content nested too deep to read is the caller's mistake (422 on `field`), not the server's. */
function tooDeepAsInvalid(field: string, parse: () => DocNode): DocNode {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ContentTooDeepError || error instanceof RangeError) {
      throw new AppError("invalid", "The document is nested too deeply to read.", {
        fields: { [field]: [new ContentTooDeepError().message] },
      });
    }
    throw error;
  }
}

/** The editor content for a document body given as text, Markdown or HTML. */
export function contentFromSource(source: {
  text?: string | undefined;
  markdown?: string | undefined;
  html?: string | undefined;
  content?: Record<string, unknown> | undefined;
}): { content: DocNode; text: string } {
  const field =
    source.text !== undefined
      ? "text"
      : source.markdown !== undefined
        ? "markdown"
        : source.html !== undefined
          ? "html"
          : "content";
  let content: DocNode;
  if (source.text !== undefined) content = docFromPlainText(source.text);
  else if (source.markdown !== undefined)
    content = tooDeepAsInvalid("markdown", () => docFromMarkdown(source.markdown!));
  else if (source.html !== undefined) content = tooDeepAsInvalid("html", () => docFromHtml(source.html!));
  else {
    try {
      content = docFromTiptapJson(source.content);
    } catch (error) {
      if (error instanceof InvalidContentError)
        throw new AppError("invalid", "The content is not a valid document.", { fields: { content: [error.message] } });
      throw error;
    }
  }
  const text = canonicalText(content);
  if (text.trim() === "") {
    throw new AppError("invalid", "The document has no text.", { fields: { [field]: ["holds no text"] } });
  }
  return { content, text };
}
