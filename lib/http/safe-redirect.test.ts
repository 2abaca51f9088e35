import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

/** Ways people have sent a browser elsewhere through a "next" or "returnTo" parameter. */
const bypasses = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "/%255Cevil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "%2F%2Fevil.example",
  "/%09/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%0D%0ASet-Cookie:x=1",
  "/%00/evil.example",
  "/\u0000/evil.example",
  " //evil.example",
  "/ /evil.example",
  "/\u00a0/evil.example",
  "/\u2028/evil.example",
  "/\u200b/evil.example",
  "/\ufeff/evil.example",
  "/.//evil.example",
  "/./%2F/evil.example",
  "/a/..//evil.example",
  "/a/../../\\evil.example",
  "https://evil.example",
  "http://evil.example/projects",
  "https:evil.example",
  "http:/evil.example",
  "HTTPS://evil.example",
  "//evil.example/%2F..",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "javascript%3Aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "evil.example",
  "projects",
  "",
  "%",
  "/%E0%A4%A",
  "/%",
  "\uff0f\uff0fevil.example",
  "/" + "a".repeat(3000),
];

describe("safeRedirectPath", () => {
  it.each(bypasses)("refuses %j and falls back", (value) => {
    expect(safeRedirectPath(value, "/projects")).toBe("/projects");
  });

  it("refuses values that are not strings", () => {
    for (const value of [undefined, null, 7, ["/projects/1"], { toString: () => "/x" }]) {
      expect(safeRedirectPath(value)).toBe("/projects");
    }
  });

  it("keeps a path on this site with its query and fragment", () => {
    expect(safeRedirectPath("/projects")).toBe("/projects");
    expect(safeRedirectPath("/projects/4f1c/claims?q=treaty&sort=marked")).toBe(
      "/projects/4f1c/claims?q=treaty&sort=marked",
    );
    expect(safeRedirectPath("/documents/abc#claim-9")).toBe("/documents/abc#claim-9");
    expect(safeRedirectPath("/documents/abc?next=//evil.example")).toBe("/documents/abc?next=//evil.example");
    expect(safeRedirectPath("/projects/a%20b")).toBe("/projects/a%20b");
  });

  it("falls back to the fallback given", () => {
    expect(safeRedirectPath("//evil.example", "/")).toBe("/");
  });
});
