import "server-only";
import { headers } from "next/headers";

/** The origin this page was requested at (behind a proxy: X-Forwarded-*), for absolute links. */
export async function pageOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
