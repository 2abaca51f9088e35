import { exportProject } from "@/services/export-project";
import { requireActor } from "../../../../_http/auth";
import { download } from "../../../../_http/download";
import { requestOrigin } from "../../../../_http/origin";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  const format = new URL(request.url).searchParams.get("format");
  return download(await exportProject(actor, id, format, requestOrigin(request)));
});
