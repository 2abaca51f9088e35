import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { projectSettingsFormSchema, updateProjectSchema } from "@/lib/validation/projects";
import { editProject } from "./edit-project";
import { getProject } from "./get-project";
import { desk, rejection } from "./testing/desk";

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
