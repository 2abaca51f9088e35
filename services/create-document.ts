import "server-only";
import { randomUUID } from "node:crypto";
import type { CreateDocumentInput } from "@/lib/validation/documents";
import { insertDocument, insertRevision } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { contentFromSource } from "./support/content-from-source";

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
    insertRevision(tx, {
      id: randomUUID(),
      documentId: document.id,
      number: 1,
      content,
      text,
      createdBy: actor.userId,
    });
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
