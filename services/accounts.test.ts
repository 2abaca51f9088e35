import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { AppError } from "@/lib/errors";
import type { SessionActor } from "./support/actor";
import { addProjectMember } from "./add-project-member";
import { authenticateApiToken } from "./authenticate-api-token";
import { authenticateSession } from "./authenticate-session";
import { createApiToken } from "./create-api-token";
import { createDocument } from "./create-document";
import { createProject } from "./create-project";
import { createUser } from "./create-user";
import { getDocument } from "./get-document";
import { listDocuments } from "./list-documents";
import { listProjects } from "./list-projects";
import { setUpInstance } from "./set-up-instance";
import { signIn } from "./sign-in";
import { MAX_FAILURES } from "./support/verify-credentials";
import { signOut } from "./sign-out";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const adminInput = { name: "Ada", email: "ada@example.org", password: "a long enough password" };

async function setUpAdmin(withDemo = true): Promise<SessionActor> {
  const { user } = await setUpInstance(adminInput, { withDemo });
  return { userId: user.id, instanceRole: "admin", name: user.name, email: user.email };
}

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("first-run setup", () => {
  it("creates the admin and the demo project with its example claims", async () => {
    const admin = await setUpAdmin();
    const projects = listProjects(admin);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: "Demo: Russia–Iran treaty coverage",
      role: "editor",
      isDemo: true,
      documentCount: 1,
    });
    const [doc] = listDocuments(admin, projects[0]!.id);
    expect(doc?.claimCount).toBeGreaterThanOrEqual(3);
    expect(doc?.resolutions.unproven).toBe(1);
    const document = getDocument(admin, doc!.id);
    expect(document.text).toContain("there’s as yet no definitive evidence");
  });

  it("creates no demo when it is turned off", async () => {
    const admin = await setUpAdmin(false);
    expect(listProjects(admin)).toEqual([]);
  });

  it("refuses a second setup with a conflict and changes nothing", async () => {
    const admin = await setUpAdmin();
    const error = await rejection(setUpInstance({ ...adminInput, email: "eve@example.org" }, { withDemo: true }));
    expect(error.code).toBe("conflict");
    expect(listProjects(admin)).toHaveLength(1);
  });
});

describe("sign-in, sessions and tokens", () => {
  it("a session token identifies the user until sign-out", async () => {
    await setUpAdmin(false);
    const { token } = await signIn({ email: adminInput.email, password: adminInput.password });
    expect(authenticateSession(token)?.email).toBe(adminInput.email);
    signOut(token);
    expect(authenticateSession(token)).toBeNull();
  });

  it("an API token identifies its owner; a made-up one does not", async () => {
    await setUpAdmin(false);
    const { token } = await createApiToken({ email: adminInput.email, password: adminInput.password });
    expect(token.startsWith("cdt_")).toBe(true);
    expect(authenticateApiToken(token)?.instanceRole).toBe("admin");
    expect(authenticateApiToken(`${token}x`)).toBeNull();
  });

  it("a wrong password and an unknown account get the same answer", async () => {
    await setUpAdmin(false);
    const wrong = await rejection(signIn({ email: adminInput.email, password: "nope nope nope" }));
    const unknown = await rejection(signIn({ email: "nobody@example.org", password: "nope nope nope" }));
    expect(wrong.code).toBe("unauthenticated");
    expect(unknown.message).toBe(wrong.message);
  });

  it(`after ${MAX_FAILURES} failures the account is throttled, even with the right password`, async () => {
    await setUpAdmin(false);
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await rejection(signIn({ email: adminInput.email, password: `wrong ${i} password` }))).code).toBe(
        "unauthenticated",
      );
    }
    const throttled = await rejection(signIn({ email: adminInput.email, password: adminInput.password }));
    expect(throttled.code).toBe("throttled");
    expect(throttled.retryAfter).toBeGreaterThan(0);
    expect(throttled.retryAfter).toBeLessThanOrEqual(15 * 60);
    const tokens = await rejection(createApiToken({ email: adminInput.email, password: adminInput.password }));
    expect(tokens.code).toBe("throttled");
  });
});

describe("accounts, projects and documents", () => {
  it("only an admin creates accounts, and an email is used once", async () => {
    const admin = await setUpAdmin(false);
    const bob = await createUser(admin, {
      name: "Bob",
      email: "bob@example.org",
      password: "bob's long password",
      role: "member",
    });
    const bobActor: SessionActor = { userId: bob.id, instanceRole: "member", name: "Bob", email: bob.email };
    expect(
      (
        await rejection(
          createUser(bobActor, { name: "C", email: "c@example.org", password: "c's long password", role: "member" }),
        )
      ).code,
    ).toBe("forbidden");
    expect(
      (
        await rejection(
          createUser(admin, { name: "B2", email: "bob@example.org", password: "another password", role: "member" }),
        )
      ).code,
    ).toBe("conflict");
  });

  it("a non-member gets not-found, a viewer gets forbidden for editor actions", async () => {
    const admin = await setUpAdmin(false);
    const bob = await createUser(admin, {
      name: "Bob",
      email: "bob@example.org",
      password: "bob's long password",
      role: "member",
    });
    const bobActor: SessionActor = { userId: bob.id, instanceRole: "member", name: "Bob", email: bob.email };
    const project = createProject(admin, { name: "Desk" });
    const input = {
      title: "T",
      text: "Some text.",
      sourceUrl: null,
      publisher: null,
      author: null,
      publishedAt: null,
      language: null,
    };

    expect((await rejection(() => createDocument(bobActor, project.id, input))).code).toBe("not-found");
    expect((await rejection(() => listDocuments(bobActor, project.id))).code).toBe("not-found");

    expect(addProjectMember(admin, project.id, { userId: bob.id, role: "viewer" }).created).toBe(true);
    expect(addProjectMember(admin, project.id, { userId: bob.id, role: "viewer" }).created).toBe(false);
    expect((await rejection(() => createDocument(bobActor, project.id, input))).code).toBe("forbidden");
    expect(listDocuments(bobActor, project.id)).toEqual([]);

    addProjectMember(admin, project.id, { userId: bob.id, role: "editor" });
    const doc = createDocument(bobActor, project.id, input);
    expect(getDocument(bobActor, doc.id).text).toBe("Some text.");
  });

  it("a document with no text is refused and nothing is saved", async () => {
    const admin = await setUpAdmin(false);
    const project = createProject(admin, { name: "Desk" });
    const error = await rejection(() =>
      createDocument(admin, project.id, {
        title: "Empty",
        html: "<script>x()</script>",
        sourceUrl: null,
        publisher: null,
        author: null,
        publishedAt: null,
        language: null,
      }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fields?.html).toBeDefined();
    expect(listDocuments(admin, project.id)).toEqual([]);
  });
});
