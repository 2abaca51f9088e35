import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { deviceCookieName } from "@/lib/auth/device-cookie";
import { AppError } from "@/lib/errors";
import { callRoute } from "@/app/api/_http/testing/routes";
import { authenticateApiToken } from "./authenticate-api-token";
import { authenticateSession } from "./authenticate-session";
import { changePassword } from "./change-password";
import { clearSignInThrottle } from "./clear-sign-in-throttle";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { resetUserPassword } from "./reset-user-password";
import { setUserDisabled } from "./set-user-disabled";
import { signIn } from "./sign-in";
import { signOut } from "./sign-out";
import type { SessionActor } from "./support/actor";
import { MAX_ADDRESS_FAILURES, MAX_FAILURES, WRONG_CREDENTIALS } from "./support/verify-credentials";
import { desk, rejection, type Desk } from "./testing/desk";

let cleanup: () => void;
let d: Desk;
beforeEach(async () => {
  cleanup = useTemporaryDatabase();
  d = await desk("The treaty binds neither side.");
});
afterEach(() => cleanup());

const passwordOf = (who: SessionActor) =>
  who.instanceRole === "admin" ? "a long enough password" : `${who.name}'s long password`;
const cookie = (token: string) => ({ cookie: `claimdesk_session=${token}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const sql = (statement: string, ...values: unknown[]) =>
  getHandle()
    .sqlite.prepare(statement)
    .run(...values);

/** Signs `who` in; answers the cookie's token and the actor it authenticates (with its credential). */
async function session(who: SessionActor, context = { address: "192.0.2.1" }) {
  const { token } = await signIn({ email: who.email, password: passwordOf(who) }, context);
  return { token, actor: authenticateSession(token)! };
}

describe("personal API tokens", () => {
  it("a revoked token is answered 401; another person's token id is 404", async () => {
    const { token, id } = await createApiToken({ email: d.alice.email, password: passwordOf(d.alice) });
    expect((await callRoute("/api/v1/projects", "GET", { headers: bearer(token) })).status).toBe(200);
    const other = await createApiToken({ email: d.bob.email, password: passwordOf(d.bob) });

    const stranger = await callRoute("/api/v1/tokens/[id]", "DELETE", {
      params: { id: other.id },
      headers: bearer(token),
    });
    expect(stranger.status).toBe(404);
    expect((await callRoute("/api/v1/projects", "GET", { headers: bearer(other.token) })).status).toBe(200);

    const revoked = await callRoute("/api/v1/tokens/[id]", "DELETE", { params: { id }, headers: bearer(token) });
    expect(revoked.status).toBe(204);
    const after = await callRoute("/api/v1/projects", "GET", { headers: bearer(token) });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });

  it("an expired token is answered 401; one without an expiry (made before tokens expired) still works", async () => {
    const { token, id, expiresAt } = await createApiToken({ email: d.alice.email, password: passwordOf(d.alice) });
    const days = (Date.parse(expiresAt) - Date.now()) / (24 * 3600 * 1000);
    expect(Math.round(days)).toBe(90);
    expect(authenticateApiToken(token, new Date(Date.parse(expiresAt) + 1000))).toBeNull();

    sql("update api_tokens set expires_at = ? where id = ?", new Date(Date.now() - 1000).toISOString(), id);
    expect((await callRoute("/api/v1/projects", "GET", { headers: bearer(token) })).status).toBe(401);
    expect(listApiTokens(d.alice).find((t) => t.id === id)?.isExpired).toBe(true);

    sql("update api_tokens set expires_at = null where id = ?", id);
    expect((await callRoute("/api/v1/projects", "GET", { headers: bearer(token) })).status).toBe(200);
  });

  it("lists the caller's own tokens without their secrets, and creates one while signed in with a chosen expiry", async () => {
    await createApiToken({ email: d.alice.email, password: passwordOf(d.alice), label: "laptop" });
    await createApiToken({ email: d.bob.email, password: passwordOf(d.bob), label: "bob's" });
    const { token } = await session(d.alice);
    const made = await callRoute("/api/v1/tokens", "POST", {
      json: { label: "script", expiresInDays: 30 },
      headers: cookie(token),
    });
    expect(made.status).toBe(201);
    const body = (await made.json()) as { token: string; expiresAt: string };
    expect(Math.round((Date.parse(body.expiresAt) - Date.now()) / (24 * 3600 * 1000))).toBe(30);
    expect(authenticateApiToken(body.token)?.userId).toBe(d.alice.userId);

    const res = await callRoute("/api/v1/tokens", "GET", { headers: bearer(body.token) });
    const listed = (await res.json()) as { tokens: Record<string, unknown>[] };
    expect(listed.tokens.map((t) => t.label).sort()).toEqual(["laptop", "script"]);
    expect(JSON.stringify(listed)).not.toContain(body.token);
    expect(Object.keys(listed.tokens[0]!).sort()).toEqual(
      ["createdAt", "expiresAt", "id", "isExpired", "label", "lastUsedAt"].sort(),
    );

    const bad = await callRoute("/api/v1/tokens", "POST", { json: { expiresInDays: 7 }, headers: cookie(token) });
    expect(bad.status).toBe(422);
  });
});

describe("changing one's password", () => {
  it("ends every other session and every token, but not the session it was changed in", async () => {
    const current = await session(d.alice);
    const other = await session(d.alice);
    const { token: apiToken } = await createApiToken({ email: d.alice.email, password: passwordOf(d.alice) });
    const bobs = await session(d.bob);

    const ended = await changePassword(current.actor, {
      currentPassword: passwordOf(d.alice),
      newPassword: "a brand new passphrase",
    });
    expect(ended).toEqual({ sessionsEnded: 1, tokensRevoked: 1 });
    expect(authenticateSession(current.token)?.userId).toBe(d.alice.userId);
    expect(authenticateSession(other.token)).toBeNull();
    expect(authenticateApiToken(apiToken)).toBeNull();
    expect(authenticateSession(bobs.token)?.userId).toBe(d.bob.userId);

    expect((await rejection(() => signIn({ email: d.alice.email, password: passwordOf(d.alice) }))).code).toBe(
      "unauthenticated",
    );
    await signIn({ email: d.alice.email, password: "a brand new passphrase" });
  });

  it("refuses a wrong current password, and a new one that is too short, changing nothing", async () => {
    const { actor, token } = await session(d.alice);
    const wrong = await rejection(() =>
      changePassword(actor, { currentPassword: "not my password", newPassword: "a brand new passphrase" }),
    );
    expect(wrong.code).toBe("invalid");
    expect(wrong.fields?.currentPassword).toBeDefined();
    const short = await callRoute("/api/v1/me/password", "PUT", {
      json: { currentPassword: passwordOf(d.alice), newPassword: "short" },
      headers: cookie(token),
    });
    expect(short.status).toBe(422);
    await signIn({ email: d.alice.email, password: passwordOf(d.alice) });
  });
});

describe("an admin's reset and disabling", () => {
  it("a reset ends the person's sessions and tokens and makes them choose a new password before anything else", async () => {
    const before = await session(d.alice);
    const { token: apiToken } = await createApiToken({ email: d.alice.email, password: passwordOf(d.alice) });
    const { temporaryPassword } = await resetUserPassword(d.admin, d.alice.userId);
    expect(authenticateSession(before.token)).toBeNull();
    expect(authenticateApiToken(apiToken)).toBeNull();

    const signedIn = await signIn({ email: d.alice.email, password: temporaryPassword });
    expect(signedIn.mustChangePassword).toBe(true);
    const headers = cookie(signedIn.token);
    const refused = await callRoute("/api/v1/projects", "GET", { headers });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/new one first/);

    const changed = await callRoute("/api/v1/me/password", "PUT", {
      json: { currentPassword: temporaryPassword, newPassword: "Alice's very own password" },
      headers,
    });
    expect(changed.status).toBe(200);
    expect((await callRoute("/api/v1/projects", "GET", { headers })).status).toBe(200);
  });

  it("only an admin resets, and not their own password", async () => {
    expect((await rejection(() => resetUserPassword(d.editor, d.alice.userId))).code).toBe("forbidden");
    expect((await rejection(() => resetUserPassword(d.admin, d.admin.userId))).code).toBe("forbidden");
    expect((await rejection(() => resetUserPassword(d.admin, "no-such-user"))).code).toBe("not-found");
  });

  it("a disabled account's session and token stop at once, and it cannot sign in, answered as a wrong password", async () => {
    const { token } = await session(d.alice);
    const { token: apiToken } = await createApiToken({ email: d.alice.email, password: passwordOf(d.alice) });
    const res = await callRoute("/api/v1/users/[id]", "PATCH", {
      params: { id: d.alice.userId },
      json: { disabled: true },
      headers: cookie((await session(d.admin)).token),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { disabledAt: string | null }).disabledAt).not.toBeNull();
    expect(authenticateSession(token)).toBeNull();
    expect(authenticateApiToken(apiToken)).toBeNull();
    expect((await callRoute("/api/v1/projects", "GET", { headers: bearer(apiToken) })).status).toBe(401);
    const refused = await rejection(() => signIn({ email: d.alice.email, password: passwordOf(d.alice) }));
    expect(refused.code).toBe("unauthenticated");
    expect(refused.message).toBe(WRONG_CREDENTIALS);

    setUserDisabled(d.admin, d.alice.userId, false);
    await signIn({ email: d.alice.email, password: passwordOf(d.alice) });
  });

  it("an admin cannot disable themselves, a member cannot disable anyone", async () => {
    expect((await rejection(() => setUserDisabled(d.admin, d.admin.userId, true))).code).toBe("forbidden");
    expect((await rejection(() => setUserDisabled(d.editor, d.alice.userId, true))).code).toBe("forbidden");
    const viewer = await callRoute("/api/v1/users/[id]", "PATCH", {
      params: { id: d.alice.userId },
      json: { disabled: true },
      headers: cookie((await session(d.viewer)).token),
    });
    expect(viewer.status).toBe(403);
    await signIn({ email: d.alice.email, password: passwordOf(d.alice) });
  });
});

describe("sign-in throttling", () => {
  const wrong = (email: string, context: Parameters<typeof signIn>[1]) =>
    signIn({ email, password: "a wrong guess at it" }, context).then(
      () => "signed in",
      (error: unknown) => (error instanceof AppError ? error.code : String(error)),
    );

  it(`20 parallel wrong passwords for one account get no more than ${MAX_FAILURES} tries before 429`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => wrong(d.alice.email, { address: `198.51.100.${i}` })),
    );
    expect(answers.filter((a) => a === "unauthenticated").length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(answers.filter((a) => a === "throttled").length).toBeGreaterThanOrEqual(20 - MAX_FAILURES);
    expect(answers.every((a) => a === "unauthenticated" || a === "throttled")).toBe(true);
    const throttled = await rejection(() =>
      signIn({ email: d.alice.email, password: passwordOf(d.alice) }, { address: "203.0.113.9" }),
    );
    expect(throttled.code).toBe("throttled");
    expect(throttled.retryAfter).toBeGreaterThan(0);
  });

  it("the limit per address holds across accounts", async () => {
    const address = "198.51.100.77";
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      expect(await wrong(`someone.${i}@example.org`, { address })).toBe("unauthenticated");
    }
    expect(await wrong("someone.else@example.org", { address })).toBe("throttled");
    const right = await rejection(() => signIn({ email: d.bob.email, password: passwordOf(d.bob) }, { address }));
    expect(right.code).toBe("throttled");
    // Another address is not held back by this one.
    await signIn({ email: d.bob.email, password: passwordOf(d.bob) }, { address: "203.0.113.10" });
  });

  it("an unknown account is answered exactly as a wrong password, and throttled alike", async () => {
    const known = await rejection(() => signIn({ email: d.alice.email, password: "a wrong guess" }));
    const unknown = await rejection(() => signIn({ email: "nobody@example.org", password: "a wrong guess" }));
    expect([unknown.code, unknown.message]).toEqual([known.code, known.message]);
    for (let i = 1; i < MAX_FAILURES; i++) await wrong("nobody@example.org", { address: null });
    expect(await wrong("nobody@example.org", { address: null })).toBe("throttled");
  });

  it("a browser with a valid device cookie is not locked out by failures from elsewhere; others are", async () => {
    const jar = new Map<string, string>();
    const fromHome = { address: "192.0.2.50", cookie: (name: string) => jar.get(name) };
    const first = await signIn({ email: d.alice.email, password: passwordOf(d.alice) }, fromHome);
    expect(first.deviceCookie?.name).toBe(deviceCookieName(d.alice.email));
    jar.set(first.deviceCookie!.name, first.deviceCookie!.value);

    for (let i = 0; i < MAX_FAILURES; i++) await wrong(d.alice.email, { address: "203.0.113.66" });
    expect(await wrong(d.alice.email, { address: "203.0.113.67" })).toBe("throttled");

    const again = await signIn({ email: d.alice.email, password: passwordOf(d.alice) }, fromHome);
    expect(again.deviceCookie).toBeNull();
    // The owner's success does not forgive the failures from elsewhere.
    expect(await wrong(d.alice.email, { address: "203.0.113.67" })).toBe("throttled");
    // A forged cookie is no device: it is throttled with the rest.
    const forged = { address: "203.0.113.68", cookie: () => `${first.deviceCookie!.value.slice(0, -2)}AA` };
    expect(await wrong(d.alice.email, forged)).toBe("throttled");
    // The device's own failures count against it alone.
    for (let i = 0; i < MAX_FAILURES; i++) expect(await wrong(d.alice.email, fromHome)).toBe("unauthenticated");
    expect(await wrong(d.alice.email, fromHome)).toBe("throttled");
  });

  it("an admin clears an account's throttle", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await wrong(d.alice.email, { address: "203.0.113.70" });
    expect(await wrong(d.alice.email, { address: "203.0.113.71" })).toBe("throttled");
    expect((await rejection(() => clearSignInThrottle(d.editor, d.alice.userId))).code).toBe("forbidden");
    const res = await callRoute("/api/v1/users/[id]/sign-in-throttle", "DELETE", {
      params: { id: d.alice.userId },
      headers: cookie((await session(d.admin)).token),
    });
    expect(res.status).toBe(204);
    await signIn({ email: d.alice.email, password: passwordOf(d.alice) }, { address: "203.0.113.71" });
  });
});

describe("sessions", () => {
  it("end after the idle timeout, and record their use at most about once a minute", async () => {
    const { token } = await signIn({ email: d.alice.email, password: passwordOf(d.alice) });
    const lastSeen = () =>
      (getHandle().sqlite.prepare("select last_seen_at as t from sessions").get() as { t: string | null }).t;
    const t0 = Date.now();
    expect(authenticateSession(token, new Date(t0 + 10_000))).not.toBeNull();
    expect(lastSeen()).toBeNull();
    expect(authenticateSession(token, new Date(t0 + 90_000))).not.toBeNull();
    expect(lastSeen()).toBe(new Date(t0 + 90_000).toISOString());
    expect(authenticateSession(token, new Date(t0 + 100_000))).not.toBeNull();
    expect(lastSeen()).toBe(new Date(t0 + 90_000).toISOString());

    const day = 24 * 3600 * 1000;
    expect(authenticateSession(token, new Date(t0 + 90_000 + 6 * day))).not.toBeNull();
    expect(authenticateSession(token, new Date(t0 + 90_000 + 6 * day + 7 * day + 1000))).toBeNull();
  });

  it("signing out, or a password change elsewhere, closes the session's open event streams", async () => {
    const mine = await session(d.editor);
    const other = await session(d.editor);
    const open = async (token: string) => {
      const res = await callRoute("/api/v1/documents/[id]/events", "GET", {
        params: { id: d.documentId },
        headers: cookie(token),
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      await reader.read(); // "retry: …": the stream is open
      return async () => {
        for (;;) if ((await reader.read()).done) return true;
      };
    };
    const untilMineCloses = await open(mine.token);
    signOut(mine.token);
    expect(await untilMineCloses()).toBe(true);

    const untilOtherCloses = await open(other.token);
    const third = await session(d.editor);
    await changePassword(third.actor, { currentPassword: passwordOf(d.editor), newPassword: "Edith's newer password" });
    expect(await untilOtherCloses()).toBe(true);
  });
});
