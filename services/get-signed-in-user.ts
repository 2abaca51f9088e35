import "server-only";
import { can } from "@/lib/auth/policy";
import type { SessionActor } from "./support/actor";

export type SignedInUser = { name: string; permissions: { manageAccounts: boolean } };

/** The signed-in person as every page's header shows them, with what the header offers them. */
export function getSignedInUser(actor: SessionActor): SignedInUser {
  return { name: actor.name, permissions: { manageAccounts: can(actor, "user:list", { kind: "instance" }) } };
}
