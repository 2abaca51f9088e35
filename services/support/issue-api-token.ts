import "server-only";
import { randomUUID } from "node:crypto";
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from "@/lib/auth/secrets";
import { insertApiToken } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";

export type IssuedApiToken = { token: string; id: string; label: string | null; expiresAt: string };

/** Stores a new personal API token of `userId` (hashed) with its audit event; the token itself is shown once. */
export function issueApiToken(options: {
  userId: string;
  label: string | null;
  expiresInDays: number;
}): IssuedApiToken {
  const token = generateSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + options.expiresInDays * 24 * 3600 * 1000).toISOString();
  inTransaction((tx) => {
    insertApiToken(tx, { id, tokenHash: hashSecret(token), userId: options.userId, label: options.label, expiresAt });
    insertEvent(tx, {
      actorId: options.userId,
      entityType: "api-token",
      entityId: id,
      action: "created",
      after: { label: options.label, expiresAt },
    });
  });
  return { token, id, label: options.label, expiresAt };
}
