import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createApiToken } from "@/services/create-api-token";
import { desk } from "@/services/testing/desk";
import { GET } from "./route";

// A server with no Chromium anywhere it looks.
vi.mock("@/lib/chromium", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/chromium")>();
  return { ...original, findChromium: () => ({ found: false, reason: "No Chromium was found." }) };
});

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

describe("GET /api/v1/documents/:id/export?format=pdf without Chromium", () => {
  it("answers 503 with a JSON error naming what to install, while the other formats still work", async () => {
    const d = await desk("The treaty was signed.");
    const { token } = await createApiToken({ email: "edith@example.org", password: "Edith's long password" });
    const get = (format: string) =>
      GET(
        new Request(`http://claimdesk.test/api/v1/documents/${d.documentId}/export?format=${format}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        {
          params: Promise.resolve({ id: d.documentId }),
        },
      );
    const res = await get("pdf");
    expect(res.status).toBe(503);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("unavailable");
    expect(error.message).toContain("PDF reports need Chromium. No Chromium was found.");
    expect(error.message).toContain("apt-get install chromium");
    expect(error.message).toContain("npx playwright install chromium");
    expect(error.message).toContain("CHROMIUM_PATH");
    expect((await get("html")).status).toBe(200);
  });
});
