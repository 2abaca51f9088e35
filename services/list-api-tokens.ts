import "server-only";
import { listApiTokensByUserId, type ApiTokenRow } from "@/db/queries/credentials";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";

export type ApiTokenView = ApiTokenRow & { isExpired: boolean };

/** The caller's own personal API tokens not revoked, newest first (expired ones say so); never the secrets. */
export function listApiTokens(actor: SessionActor, now = new Date()): ApiTokenView[] {
  requirePermission(actor, "token:list", { kind: "account", userId: actor.userId });
  return listApiTokensByUserId(reader(), { userId: actor.userId }).map((t) => ({
    ...t,
    isExpired: t.expiresAt !== null && Date.parse(t.expiresAt) <= now.getTime(),
  }));
}
