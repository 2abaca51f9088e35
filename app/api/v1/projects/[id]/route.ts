import { getProject } from "@/services/get-project";
import { requireActor } from "../../../_http/auth";
import { etagOf, json } from "../../../_http/responses";
import { route } from "../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const p = getProject(actor, id);
  return json(
    { id: p.id, name: p.name, ratingScale: p.ratingScale, blindReview: p.isBlindReview, role: p.role, createdAt: p.createdAt, version: p.version },
    { headers: { ETag: etagOf(p.id, p.version) } },
  );
});
