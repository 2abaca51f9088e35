import { createDocumentSchema } from "@/lib/validation/documents";
import { createDocument } from "@/services/create-document";
import { listDocuments } from "@/services/list-documents";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { isMultipart, parseInput, readDocumentUpload, readJson } from "../../../../_http/body";
import { created, etagOf, json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(listDocuments(actor, id));
});

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "document:create", { projectId: id });
  // JSON, or a multipart upload of a .txt, .md or .html file with the same metadata fields.
  const input = isMultipart(request)
    ? parseInput(createDocumentSchema, await readDocumentUpload(request))
    : await readJson(request, createDocumentSchema);
  const doc = createDocument(actor, id, input);
  return created({ id: doc.id, projectId: doc.projectId, revision: doc.revision }, `/api/v1/documents/${doc.id}`, {
    ETag: etagOf(doc.id, doc.version),
  });
});
