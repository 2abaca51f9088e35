import type { DocNode } from "@/lib/text/doc-node";
import type { Document } from "@/db/schema";

export type DocumentView = {
  id: string;
  projectId: string;
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  revision: number;
  /** The canonical text: every selector's offsets (code points) refer to it. */
  text: string;
  content: DocNode;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A document and its current revision as the API returns them. */
export function toDocumentView(doc: Document, revision: { text: string; content: DocNode }): DocumentView {
  return {
    id: doc.id,
    projectId: doc.projectId,
    title: doc.title,
    sourceUrl: doc.sourceUrl,
    publisher: doc.publisher,
    author: doc.author,
    publishedAt: doc.publishedAt,
    language: doc.language,
    revision: doc.revision,
    text: revision.text,
    content: revision.content,
    version: doc.version,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
