import "server-only";
import { reader } from "@/db/queries/transaction";
import { listUsers as listUserRows, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";

/** Every account of the instance, for an administrator. */
export function listUsers(actor: SessionActor): PublicUser[] {
  requirePermission(actor, "user:list", { kind: "instance" }, "Only an administrator can list accounts.");
  return listUserRows(reader());
}
