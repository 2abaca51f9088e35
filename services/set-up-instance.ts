import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/secrets";
import { AppError } from "@/lib/errors";
import type { SetupInput } from "@/lib/validation/accounts";
import { countUsers, insertUser, type PublicUser } from "@/db/queries/users";
import { insertEvent } from "@/db/queries/events";
import { inTransaction, reader, type Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { createDemoProject } from "./create-demo-project";
import { isSetupCodeRight, retireSetupCode } from "./support/setup-code";

/**
 * Creates the first admin of an empty instance and, unless the demo is turned off, the demo
 * project with that admin as its editor. Refused (409) once any user exists. A request from
 * another machine (`from: "elsewhere"`) must bring the one-time setup code printed in the
 * server's log (403 without it); one from this machine, and code run in-process, need none.
 */
export async function setUpInstance(
  input: SetupInput,
  options: { withDemo: boolean; from?: "this-machine" | "elsewhere" },
): Promise<{ user: PublicUser; demoProjectId: string | null }> {
  assertNotSetUp(reader());
  if (options.from === "elsewhere" && !isSetupCodeRight(input.setupCode)) {
    throw new AppError(
      "forbidden",
      "Setting up from another machine needs the one-time setup code printed in the server's log.",
      {
        fields: {
          setupCode: [input.setupCode ? "is not the code in the server's log" : "is required from another machine"],
        },
      },
    );
  }
  const passwordHash = await hashPassword(input.password);
  // One transaction for the admin and the demo: the services building the demo open their own,
  // which nest in this one as savepoints. Should a demo step fail, the admin is rolled back too,
  // and setup can simply be tried again rather than being refused (409) with half a demo.
  const result = inTransaction((tx) => {
    assertNotSetUp(tx);
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
  retireSetupCode();
  return result;
}

/** Refuses (409) once any account exists. */
function assertNotSetUp(q: Executor): void {
  if (countUsers(q) > 0) throw new AppError("conflict", "This ClaimDesk is already set up. Sign in instead.");
}
