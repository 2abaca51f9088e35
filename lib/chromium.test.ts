import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findChromium, playwrightChromium } from "./chromium";

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function fakeCache(...binaries: string[]): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pw-"));
  for (const b of binaries) {
    fs.mkdirSync(path.dirname(path.join(dir, b)), { recursive: true });
    fs.writeFileSync(path.join(dir, b), "");
  }
  return dir;
}

describe("the Chromium lookup", () => {
  it("finds Playwright's own browser, the newest build first", () => {
    const cache = fakeCache(
      "chromium-1100/chrome-linux/chrome",
      "chromium-1200/chrome-linux64/chrome",
      "ffmpeg-1009/ffmpeg-linux",
    );
    expect(playwrightChromium(cache)).toBe(path.join(cache, "chromium-1200/chrome-linux64/chrome"));
    expect(playwrightChromium(path.join(cache, "missing"))).toBeUndefined();
  });

  it("says so when CHROMIUM_PATH names nothing, rather than look elsewhere", () => {
    expect(findChromium({ chromiumPath: "/nowhere/chromium" })).toEqual({
      found: false,
      reason: "CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.",
    });
  });

  it("takes CHROMIUM_PATH when it exists", () => {
    const cache = fakeCache("bin/chrome");
    expect(findChromium({ chromiumPath: path.join(cache, "bin/chrome") })).toEqual({
      found: true,
      path: path.join(cache, "bin/chrome"),
      how: "CHROMIUM_PATH",
    });
  });
});
