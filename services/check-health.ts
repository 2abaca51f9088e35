import "server-only";
import { isDatabaseUsable } from "@/db/queries/health";
import { reader } from "@/db/queries/transaction";

export function checkHealth(): boolean {
  try {
    return isDatabaseUsable(reader());
  } catch (error) {
    console.error("[health] database check failed:", error);
    return false;
  }
}
