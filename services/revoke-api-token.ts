import "server-only";
import { notFound } from "@/lib/errors";
import { revokeApiTokenById } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { closeStreams, tokenStreamKey } from "./support/stream-slots";

/**
 * Revokes one of the caller's own tokens: from then on it answers 401, and its live streams
 * close. Another person's token, or one already revoked, is 404.
 */
export function revokeApiToken(actor: SessionActor, tokenId: string): void {
  requirePermission(actor, "token:revoke", { kind: "account", userId: actor.userId });
  const tokenHash = inTransaction((tx) => {
    const hash = revokeApiTokenById(tx, { id: tokenId, userId: actor.userId, now: new Date().toISOString() });
    if (!hash) throw notFound("Token");
    insertEvent(tx, { actorId: actor.userId, entityType: "api-token", entityId: tokenId, action: "revoked" });
    return hash;
  });
  closeStreams([tokenStreamKey(tokenHash)]);
}
