import { isInstanceSetUp } from "@/services/is-instance-set-up";
import { redirectTo } from "./_lib/redirect";
import { getSessionActor } from "./_lib/session";

export default async function Home() {
  const actor = await getSessionActor();
  if (actor) redirectTo("/projects");
  redirectTo(isInstanceSetUp() ? "/sign-in" : "/setup");
}
