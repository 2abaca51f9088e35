import "server-only";
import { isInstanceSetUp } from "./is-instance-set-up";
import { currentSetupCode } from "./support/setup-code";

/** At start: on a database with no account yet, makes the first-run setup code and prints it in the log. */
export function announceSetupCode(): void {
  if (!isInstanceSetUp()) currentSetupCode();
}
