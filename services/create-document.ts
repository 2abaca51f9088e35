import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { docFromHtml } from "@/lib/import/html-to-doc";
import { docFromMarkdown } from "@/lib/import/markdown-to-doc";
import { docFromTiptapJson, InvalidContentError } from "@/lib/import/tiptap-json-to-doc";
import { canonicalText, docFromPlainText } from "@/lib/text/canonical-text";
import type { DocNode } from "@/lib/text/doc-node";
import type { CreateDocumentInput } from "@/lib/validation/documents";
import { insertDocument, insertRevision } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { authorizeProject } from "./authorize-project";

/** The editor content for a document body given as text, Markdown or HTML. */
export function contentFromSource(source: {
  text?: string | undefined;
  markdown?: string | undefined;
  html?: string | undefined;
  content?: Record<string, unknown> | undefined;
}): { content: DocNode; text: string } {
  const field = source.text !== undefined ? "text" : source.markdown !== undefined ? "markdown" : source.html !== undefined ? "html" : "content";
  let content: DocNode;
  if (source.text !== undefined) content = docFromPlainText(source.text);
  else if (source.markdown !== undefined) content = docFromMarkdown(source.markdown);
  else if (source.html !== undefined) content = docFromHtml(source.html);
  else {
    try {
      content = docFromTiptapJson(source.content);
    } catch (error) {
      if (error instanceof InvalidContentError) throw new AppError("invalid", "The content is not a valid document.", { fields: { content: [error.message] } });
      throw error;
    }
  }
  const text = canonicalText(content);
  if (text.trim() === "") {
    throw new AppError("invalid", "The document has no text.", { fields: { [field]: ["holds no text"] } });
  }
  return { content, text };
}

export function createDocument(
  actor: SessionActor,
  projectId: string,
  input: CreateDocumentInput,
): { id: string; revision: number; projectId: string; version: number } {
  const { content, text } = contentFromSource(input);
  return inTransaction((tx) => {
    authorizeProject(tx, actor, projectId, "document:create");
    const document = insertDocument(tx, {
      id: randomUUID(),
      projectId,
      title: input.title,
      sourceUrl: input.sourceUrl,
      publisher: input.publisher,
      author: input.author,
      publishedAt: input.publishedAt,
      language: input.language,
      createdBy: actor.userId,
    });
    insertRevision(tx, { id: randomUUID(), documentId: document.id, number: 1, content, text, createdBy: actor.userId });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId,
      documentId: document.id,
      entityType: "document",
      entityId: document.id,
      action: "created",
      after: { ...document, textLength: text.length },
    });
    return { id: document.id, revision: 1, projectId, version: document.version };
  });
}
