"use server";

import { z } from "zod";
import type { FormState } from "@/lib/action-result";
import type { AnnotationImportResult } from "@/lib/import/annotations/types";
import { jsonFromUpload, UploadError } from "@/lib/import/upload";
import { checkAccess } from "@/services/check-access";
import { importAnnotations } from "@/services/import-annotations";
import { refusalBeforeReading, runAction } from "../../_lib/action";

// The document page's other actions are in actions.ts; the annotation upload is a form of its
// own (a file, answered with a report), so it sits apart.

/** Imports an uploaded annotation file (W3C Web Annotations or a Hypothesis export) into the document. */
export async function importAnnotationsAction(
  documentId: string,
  _state: FormState<AnnotationImportResult>,
  form: FormData,
): Promise<FormState<AnnotationImportResult>> {
  const refused = await refusalBeforeReading((actor) => checkAccess(actor, "annotations:import", { documentId }));
  if (refused) return refused;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return {
      ok: false,
      error: {
        code: "invalid",
        message: "Choose a file to import.",
        fields: { file: ["Choose a .json or .jsonld file."] },
      },
    };
  }
  let value: unknown;
  try {
    value = jsonFromUpload(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    return {
      ok: false,
      error: {
        code: error.code === "too-large" ? "too-large" : "invalid",
        message: error.message,
        fields: { file: [error.message] },
      },
    };
  }
  return runAction(form, z.object({}), (actor) => importAnnotations(actor, documentId, value));
}
