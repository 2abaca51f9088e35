import { importAnnotations } from "@/services/import-annotations";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJsonImport } from "../../../../_http/body";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** Imports W3C Web Annotations or a Hypothesis export into the document: a JSON body, or a multipart upload of the file. */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "annotations:import", { documentId: id });
  const value = await readJsonImport(request);
  return json(importAnnotations(actor, id, value));
});
