import { connection } from "next/server";
import { checkHealth } from "@/services/check-health";
import { withSecurityHeaders } from "../_http/security";

export async function GET(): Promise<Response> {
  await connection();
  const ok = checkHealth();
  return withSecurityHeaders(
    Response.json(
      ok ? { ok: true } : { ok: false, error: { code: "internal", message: "The database is not usable." } },
      {
        status: ok ? 200 : 503,
        headers: { "Cache-Control": "no-store" },
      },
    ),
  );
}
