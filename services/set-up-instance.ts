import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/secrets";
import { AppError } from "@/lib/errors";
import type { SetupInput } from "@/lib/validation/accounts";
import { countUsers, insertUser, type PublicUser } from "@/db/queries/users";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { createDemoProject } from "./create-demo-project";

/**
 * Creates the first admin of an empty instance and, unless the demo is turned off, the demo
 * project with that admin as its editor. Refused (409) once any user exists.
 */
export async function setUpInstance(
  input: SetupInput,
  options: { withDemo: boolean },
): Promise<{ user: PublicUser; demoProjectId: string | null }> {
  const passwordHash = await hashPassword(input.password);
  // One transaction for the admin and the demo: the services building the demo open their own,
  // which nest in this one as savepoints. Should a demo step fail, the admin is rolled back too,
  // and setup can simply be tried again rather than being refused (409) with half a demo.
  return inTransaction((tx) => {
    if (countUsers(tx) > 0) {
      throw new AppError("conflict", "This ClaimDesk is already set up. Sign in instead.");
    }
    const user = insertUser(tx, {
      id: randomUUID(),
      name: input.name,
      email: input.email,
      passwordHash,
      role: "admin",
    });
    insertEvent(tx, { actorId: user.id, entityType: "user", entityId: user.id, action: "created", after: user });
    const admin: SessionActor = { userId: user.id, instanceRole: "admin", name: user.name, email: user.email };
    const demoProjectId = options.withDemo ? createDemoProject(admin).projectId : null;
    return { user, demoProjectId };
  });
}
