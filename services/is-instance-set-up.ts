import "server-only";
import { reader } from "@/db/queries/transaction";
import { countUsers } from "@/db/queries/users";

/** Whether the first admin still has to be created. */
export function isInstanceSetUp(): boolean {
  return countUsers(reader()) > 0;
}
