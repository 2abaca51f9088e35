import { packRecords } from "@/lib/claims/packed-records";
import type { PageClaims } from "@/lib/claims/page-claims";
import { readDocumentClaims } from "@/services/read-document-claims";
import { requireActor } from "../../../api/_http/auth";
import { json } from "../../../api/_http/responses";
import { route } from "../../../api/_http/route";

// The document page's claims (lib/claims/page-claims.ts), which its workspace fetches while it
// draws the text.
export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const { claims, ...rest } = readDocumentClaims(actor, id);
  const body: PageClaims = { ...rest, claims: packRecords(claims) };
  return json(body, { headers: { "Cache-Control": "private, no-store" } });
});
