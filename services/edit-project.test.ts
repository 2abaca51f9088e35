import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { projectSettingsFormSchema, updateProjectSchema } from "@/lib/validation/projects";
import { editProject } from "./edit-project";
import { getProject } from "./get-project";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

function projectEvents(projectId: string) {
  return getHandle()
    .sqlite.prepare(
      "select actor_id as actorId, action, before, after from events where entity_type = 'project' and entity_id = ? order by id",
    )
    .all(projectId) as { actorId: string; action: string; before: string | null; after: string | null }[];
}

describe("editing a project's settings", () => {
  it("sets the organisation and the name, bumps the version, and records the change", async () => {
    const { editor, viewer, projectId } = await desk("Text.");
    const before = getProject(editor, projectId);
    const edited = editProject(
      editor,
      projectId,
      { name: "Treaty desk", organization: { name: "Fact Desk", url: "https://desk.example.org/" } },
      [before.version],
    );
    expect(edited).toMatchObject({
      name: "Treaty desk",
      organization: { name: "Fact Desk", url: "https://desk.example.org/" },
      version: before.version + 1,
      role: "editor",
    });
    expect(getProject(viewer, projectId)).toMatchObject({
      organizationName: "Fact Desk",
      organizationUrl: "https://desk.example.org/",
    });
    const [, updated] = projectEvents(projectId);
    expect(updated).toMatchObject({ actorId: editor.userId, action: "updated" });
    expect(JSON.parse(updated!.before!)).toEqual({ name: "Desk", organizationName: null, organizationUrl: null });
    expect(JSON.parse(updated!.after!)).toEqual({
      name: "Treaty desk",
      organizationName: "Fact Desk",
      organizationUrl: "https://desk.example.org/",
    });

    const cleared = editProject(editor, projectId, { organization: null }, edited.version);
    expect(cleared.organization).toBeNull();
  });

  it("writes nothing when nothing changes", async () => {
    const { editor, projectId } = await desk("Text.");
    const { version } = getProject(editor, projectId);
    expect(editProject(editor, projectId, { name: "Desk" }, version).version).toBe(version);
    expect(projectEvents(projectId).map((e) => e.action)).toEqual(["created"]);
  });

  it("is for editors: 403 to reviewers and viewers, 404 to outsiders", async () => {
    const { alice, viewer, outsider, admin, projectId } = await desk("Text.");
    for (const who of [alice, viewer])
      expect((await rejection(() => editProject(who, projectId, { name: "Mine" }, "any"))).code).toBe("forbidden");
    expect((await rejection(() => editProject(outsider, projectId, { name: "Mine" }, "any"))).code).toBe("not-found");
    expect(editProject(admin, projectId, { name: "The admin's" }, "any").name).toBe("The admin's");
  });

  it("needs the version the writer saw: 428 without it, 412 when it moved", async () => {
    const { editor, projectId } = await desk("Text.");
    const { version } = getProject(editor, projectId);
    expect((await rejection(() => editProject(editor, projectId, { name: "A" }, undefined))).code).toBe(
      "precondition-required",
    );
    editProject(editor, projectId, { name: "B" }, version);
    expect((await rejection(() => editProject(editor, projectId, { name: "C" }, version))).code).toBe("stale-version");
    expect(getProject(editor, projectId).name).toBe("B");
  });

  it("accepts an organisation with an http(s) website, and refuses settings it does not know", () => {
    expect(updateProjectSchema.safeParse({ organization: { name: "Desk", url: "javascript:alert(1)" } }).success).toBe(
      false,
    );
    expect(updateProjectSchema.safeParse({ organization: { name: " " } }).success).toBe(false);
    expect(updateProjectSchema.parse({ organization: { name: "Desk" } })).toEqual({
      organization: { name: "Desk", url: null },
    });
    expect(updateProjectSchema.safeParse({ ratingScale: [] }).success).toBe(false);
  });

  it("reads the settings form: a blank organisation clears it, a website needs a name", () => {
    expect(
      projectSettingsFormSchema.parse({ version: "3", name: " Desk ", organizationName: "", organizationUrl: "" }),
    ).toEqual({
      version: 3,
      input: { name: "Desk", organization: null },
    });
    expect(
      projectSettingsFormSchema.parse({
        version: "3",
        name: "Desk",
        organizationName: "Fact Desk",
        organizationUrl: "https://desk.example.org",
      }).input.organization,
    ).toEqual({
      name: "Fact Desk",
      url: "https://desk.example.org",
    });
    const noName = projectSettingsFormSchema.safeParse({
      version: "3",
      name: "Desk",
      organizationName: "",
      organizationUrl: "https://desk.example.org",
    });
    expect(noName.error?.issues.map((i) => i.path.join("."))).toEqual(["organizationName"]);
    const badUrl = projectSettingsFormSchema.safeParse({
      version: "3",
      name: "Desk",
      organizationName: "Desk",
      organizationUrl: "ftp://desk.example.org",
    });
    expect(badUrl.error?.issues.map((i) => i.path.join("."))).toEqual(["organizationUrl"]);
  });
});

describe("the rating scale and blind review", () => {
  const scaleOf = (projectId: string, editor: Parameters<typeof getProject>[0]) =>
    getProject(editor, projectId).ratingScale;

  it("renames, retires, adds, describes and colours ratings; a retired rating is refused for new verdicts but kept where given", async () => {
    const { editor, alice, bob, projectId, documentId } = await desk("The treaty was signed in January.");
    const claim = mark(alice, documentId, quote("signed in January"));
    rate(alice, claim.id, "mixed", "Half of it.");
    const before = getProject(editor, projectId);
    const scale = before.ratingScale.map((r) =>
      r.key === "mostly-false"
        ? { ...r, label: "Largely false", color: "#B91C1C", description: "Mostly wrong." }
        : r.key === "mixed"
          ? { ...r, isRetired: true }
          : r,
    );
    const edited = editProject(
      editor,
      projectId,
      updateProjectSchema.parse({
        ratingScale: [...scale, { key: "satire", label: "Satire", description: "Not meant as fact." }],
        blindReview: false,
      }),
      before.version,
    );
    expect(edited.blindReview).toBe(false);
    expect(edited.ratingScale.find((r) => r.key === "mostly-false")).toEqual({
      key: "mostly-false",
      label: "Largely false",
      value: 2,
      color: "#b91c1c",
      description: "Mostly wrong.",
    });
    expect(edited.ratingScale.at(-1)).toEqual({
      key: "satire",
      label: "Satire",
      value: null,
      description: "Not meant as fact.",
    });

    const retired = await rejection(() => rate(bob, claim.id, "mixed"));
    expect(retired.code).toBe("invalid");
    expect(retired.fields?.rating?.[0]).toMatch(/^is retired/);
    expect(rate(bob, claim.id, "satire").verdicts.map((v) => v.rating)).toEqual(["mixed", "satire"]);
    // Alice keeps her retired rating while changing her rationale, but cannot choose it anew elsewhere.
    expect(rate(alice, claim.id, "mixed", "Half of it, on reflection.").verdicts[0]).toMatchObject({
      rating: "mixed",
      rationale: "Half of it, on reflection.",
    });
    expect((await rejection(() => resolve(editor, claim.id, "mixed"))).fields?.rating).toBeDefined();

    const [, updated] = projectEvents(projectId);
    expect(JSON.parse(updated!.after!)).toMatchObject({ isBlindReview: false, ratingScale: expect.any(Array) });
    expect(scaleOf(projectId, editor).map((r) => r.key)).toContain("satire");
  });

  it("refuses to take a rating in use off the scale (409, naming how many use it), and takes an unused one off", async () => {
    const { editor, alice, bob, projectId, documentId } = await desk("The treaty was signed in January.");
    const claim = mark(alice, documentId, quote("signed in January"));
    rate(alice, claim.id, "misleading");
    rate(bob, claim.id, "misleading");
    resolve(editor, claim.id, "misleading");
    const { version, ratingScale } = getProject(editor, projectId);

    const without = (key: string) => ratingScale.filter((r) => r.key !== key);
    const inUse = await rejection(() =>
      editProject(editor, projectId, { ratingScale: without("misleading") }, version),
    );
    expect(inUse.code).toBe("conflict");
    expect(inUse.message).toBe(
      "“Misleading” is used by 2 verdicts and 1 resolution: retire it instead of deleting it.",
    );
    expect(inUse.fields?.["ratingScale.misleading"]).toBeDefined();
    expect(getProject(editor, projectId).version).toBe(version);

    const trimmed = editProject(editor, projectId, { ratingScale: without("unproven") }, version);
    expect(trimmed.ratingScale.map((r) => r.key)).not.toContain("unproven");
  });

  it("checks the scale: unique keys, a colour, at least two ratings still offered", () => {
    const two = [
      { key: "yes", label: "Yes", value: 5 },
      { key: "no", label: "No", value: 1 },
    ];
    expect(updateProjectSchema.safeParse({ ratingScale: two }).success).toBe(true);
    expect(updateProjectSchema.safeParse({ ratingScale: [two[0], two[0]] }).success).toBe(false);
    expect(updateProjectSchema.safeParse({ ratingScale: [two[0], { ...two[1], isRetired: true }] }).success).toBe(
      false,
    );
    expect(updateProjectSchema.safeParse({ ratingScale: [{ ...two[0], color: "green" }, two[1]] }).success).toBe(false);
    // Stored scales from before these fields stay valid, and blank optional fields are left out.
    expect(
      updateProjectSchema.parse({ ratingScale: [{ ...two[0], description: " ", isRetired: false }, two[1]] })
        .ratingScale,
    ).toEqual(two);
  });
});
