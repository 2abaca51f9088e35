"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { adoptVerdictSchema, resolutionSchema } from "@/lib/validation/claims";
import { adoptVerdict } from "@/services/adopt-verdict";
import { resolveClaim } from "@/services/resolve-claim";
import { runValueAction } from "../../../_lib/action";

const version = z.number().int().min(0);

/** Resolves the claim as one reviewer's verdict; `expectedVersion` is the resolution's (0 before there is one). */
export async function adoptVerdictAction(
  projectId: string,
  claimId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<null>> {
  const result = await runValueAction(
    { input, expectedVersion },
    z.object({ input: adoptVerdictSchema, expectedVersion: version }),
    (actor, v) => {
      adoptVerdict(actor, claimId, v.input, v.expectedVersion);
      return null;
    },
  );
  if (result.ok) revalidatePath(`/projects/${projectId}/adjudication`);
  return result;
}

/** Resolves the claim with a rating and rationale the editor writes. */
export async function resolveClaimAction(
  projectId: string,
  claimId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<null>> {
  const result = await runValueAction(
    { input, expectedVersion },
    z.object({ input: resolutionSchema, expectedVersion: version }),
    (actor, v) => {
      resolveClaim(actor, claimId, v.input, v.expectedVersion);
      return null;
    },
  );
  if (result.ok) revalidatePath(`/projects/${projectId}/adjudication`);
  return result;
}
