import "server-only";
import type { CreateOwnTokenInput } from "@/lib/validation/accounts";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { issueApiToken, type IssuedApiToken } from "./support/issue-api-token";

/** The signed-in person makes themselves a personal API token (the account page, or the API with a session or token). */
export function createOwnApiToken(actor: SessionActor, input: CreateOwnTokenInput): IssuedApiToken {
  requirePermission(actor, "token:create", { kind: "account", userId: actor.userId });
  return issueApiToken({ userId: actor.userId, label: input.label ?? null, expiresInDays: input.expiresInDays });
}
