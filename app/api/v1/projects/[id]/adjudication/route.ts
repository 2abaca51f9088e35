import { openAdjudication } from "@/services/open-adjudication";
import { requireActor } from "../../../../_http/auth";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** Editors: the claims whose reviewers disagree and are unresolved, or are flagged, in the project's order. */
export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const { project, claims } = openAdjudication(actor, id);
  return json({ project: { id: project.id, name: project.name }, claims });
});
