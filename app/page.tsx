import { redirect } from "next/navigation";
import { isInstanceSetUp } from "@/services/is-instance-set-up";
import { getSessionActor } from "./_lib/session";

export default async function Home() {
  const actor = await getSessionActor();
  if (actor) redirect("/projects");
  redirect(isInstanceSetUp() ? "/sign-in" : "/setup");
}
