import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { formatMention } from "@/lib/notifications/mentions";
import { commentSchema } from "@/lib/validation/claims";
import { addComment } from "@/services/add-comment";
import { createApiToken } from "@/services/create-api-token";
import { desk, mark, quote } from "@/services/testing/desk";
import { POST } from "./read/route";
import { GET } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  const credentials = { email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` };
  return (await createApiToken({ ...credentials, expiresInDays: 90 })).token;
}

function call(handler: typeof GET, path: string, token: string, body?: unknown) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://claimdesk.test${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve({}) });
}

type Listed = { notifications: { id: string; kind: string; isRead: boolean }[]; unreadCount: number };

describe("GET /api/v1/me/notifications and POST /api/v1/me/notifications/read", () => {
  it("list the caller's notices, mark them read by ids or all, ignore another's ids, and refuse bad input with 422", async () => {
    const d = await desk("The minister said the treaty binds neither side to defend the other.");
    const claim = mark(d.alice, d.documentId, quote("binds neither side to defend the other"));
    addComment(d.alice, claim.id, commentSchema.parse({ body: `See ${formatMention(d.bob)}`, parentId: null }));
    addComment(d.bob, claim.id, commentSchema.parse({ body: `Yes ${formatMention(d.alice)}`, parentId: null }));
    const bob = await tokenOf("Bob");
    const alice = await tokenOf("Alice");

    const listed = await call(GET, "/api/v1/me/notifications?limit=5", bob);
    expect(listed.status).toBe(200);
    const bobs = (await listed.json()) as Listed;
    expect(bobs).toMatchObject({ unreadCount: 1, nextCursor: null });
    expect(bobs.notifications.map((n) => n.kind)).toEqual(["mention"]);
    const alices = (await (await call(GET, "/api/v1/me/notifications", alice)).json()) as Listed;

    // Alice's notice id sent by Bob changes nothing of Alice's.
    const mixed = await call(POST, "/api/v1/me/notifications/read", bob, {
      ids: [alices.notifications[0]!.id, bobs.notifications[0]!.id],
    });
    expect(mixed.status).toBe(200);
    expect(await mixed.json()).toEqual({ marked: 1, unreadCount: 0 });
    expect(((await (await call(GET, "/api/v1/me/notifications", alice)).json()) as Listed).unreadCount).toBe(1);
    const all = await call(POST, "/api/v1/me/notifications/read", alice, { all: true });
    expect(await all.json()).toEqual({ marked: 1, unreadCount: 0 });

    for (const body of [{}, { ids: [] }, { all: false }, { ids: ["x"], all: true }]) {
      const res = await call(POST, "/api/v1/me/notifications/read", bob, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    for (const query of ["cursor=not-a-cursor", "limit=0", "limit=101"]) {
      expect((await call(GET, `/api/v1/me/notifications?${query}`, bob)).status, query).toBe(422);
    }
  });
});
