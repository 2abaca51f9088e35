"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/action-result";
import { sourceFromUpload, UploadError, type DocumentSource } from "@/lib/import/upload";
import { createDocumentSchema } from "@/lib/validation/documents";
import { addMemberByEmailSchema } from "@/lib/validation/projects";
import { addProjectMemberByEmail } from "@/services/add-project-member-by-email";
import { checkAccess } from "@/services/check-access";
import { createDocument } from "@/services/create-document";
import { refusalBeforeReading, runAction } from "../../_lib/action";
import { redirectTo } from "../../_lib/redirect";

export async function createDocumentAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  const refused = await refusalBeforeReading((actor) => checkAccess(actor, "document:create", { projectId }));
  if (refused) return refused;
  // An uploaded file, when there is one, gives the body; its extension says its format.
  const file = form.get("file");
  let uploaded: DocumentSource | null = null;
  if (file instanceof File && file.size > 0) {
    try {
      uploaded = sourceFromUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      const values = Object.fromEntries(
        [...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"),
      );
      return {
        ok: false,
        error: {
          code: error.code === "too-large" ? "too-large" : "invalid",
          message: error.message,
          fields: { file: [error.message] },
        },
        values,
      };
    }
  }
  const result = await runAction(
    form,
    createDocumentSchema,
    (actor, input) => createDocument(actor, projectId, input).id,
    {
      transform: (raw) => {
        const { format, body, ...meta } = raw;
        if (uploaded) return { ...meta, ...uploaded };
        const kind = format === "markdown" || format === "html" ? format : "text";
        return { ...meta, [kind]: typeof body === "string" ? body : "" };
      },
    },
  );
  if (!result.ok) {
    // The body arrives under its format's name; show its errors on the one text area.
    const fields = result.error.fields;
    if (fields) for (const k of ["text", "markdown", "html"]) if (fields[k]) fields.body = fields[k];
    return result;
  }
  redirectTo(`/documents/${encodeURIComponent(result.data)}`);
}

export async function addMemberAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, addMemberByEmailSchema, (actor, input) =>
    addProjectMemberByEmail(actor, projectId, input),
  );
  if (result.ok) revalidatePath(`/projects/${projectId}/members`);
  return result.ok ? { ok: true, data: undefined } : result;
}
