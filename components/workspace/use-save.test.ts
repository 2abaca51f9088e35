// @vitest-environment happy-dom
import { act, createElement, useEffect } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import { useSave } from "./use-save";

type Save = ReturnType<typeof useSave>;

let container: HTMLElement;
let root: Root;
let save: Save;

function Probe({ onRender }: { onRender: (save: Save) => void }) {
  const current = useSave();
  useEffect(() => {
    onRender(current);
  });
  return null;
}

async function run<T>(action: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) {
  await act(async () => {
    save.run(action, onSuccess);
  });
}

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  root = createRoot(container);
  await act(async () =>
    root.render(
      createElement(Probe, {
        onRender: (s) => {
          save = s;
        },
      }),
    ),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  vi.restoreAllMocks();
});

describe("saving from the workspace", () => {
  it("hands the server's answer to the page and reports no error", async () => {
    const onSuccess = vi.fn();
    await run(async () => ({ ok: true, data: 42 }), onSuccess);
    expect(onSuccess).toHaveBeenCalledWith(42);
    expect(save.error).toBeNull();
  });

  it("reports a refused save with the server's reason", async () => {
    await run(
      async () => ({ ok: false, error: { code: "stale-version", message: "Changed meanwhile." } }),
      () => {},
    );
    expect(save.error).toEqual({ code: "stale-version", message: "Changed meanwhile." });
  });

  it("reports an unreachable server as nothing saved", async () => {
    await run(
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => {},
    );
    expect(save.error?.code).toBe("network");
    expect(save.error?.message).toMatch(/Nothing was saved/);
  });

  it("reports a page that fails to show a saved change as a page error, never as a failed save", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    await run(
      async () => ({ ok: true, data: 1 }),
      () => {
        throw new Error("bug in the page");
      },
    );
    expect(save.error?.code).toBe("page");
    expect(save.error?.message).toMatch(/was saved/);
    expect(save.error?.message).not.toMatch(/Nothing was saved/);
  });
});
