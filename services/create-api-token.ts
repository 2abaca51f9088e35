import "server-only";
import { randomUUID } from "node:crypto";
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from "@/lib/auth/secrets";
import type { CreateTokenInput } from "@/lib/validation/accounts";
import { insertApiToken } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { verifyCredentials } from "./support/verify-credentials";

/** Issues a personal API token for the account; the token is shown once and stored hashed. */
export async function createApiToken(input: CreateTokenInput): Promise<{ token: string; id: string }> {
  const user = await verifyCredentials(input);
  const token = generateSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  inTransaction((tx) => {
    insertApiToken(tx, { id, tokenHash: hashSecret(token), userId: user.id, label: input.label ?? null });
    insertEvent(tx, {
      actorId: user.id,
      entityType: "api-token",
      entityId: id,
      action: "created",
      after: { label: input.label ?? null },
    });
  });
  return { token, id };
}
