import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import { EventGate, holdEventsDuringWrites } from "./event-gate";
import type { WorkspaceActions } from "./workspace-actions";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe("live events during this page's writes", () => {
  it("pass at once when nothing is held, and in order once every hold is released", () => {
    const gate = new EventGate();
    const seen: string[] = [];
    gate.pass(() => seen.push("a"));
    const first = gate.hold();
    const second = gate.hold();
    gate.pass(() => seen.push("b"));
    gate.pass(() => seen.push("c"));
    first();
    first();
    expect(seen).toEqual(["a"]);
    second();
    expect(seen).toEqual(["a", "b", "c"]);
  });

  it("wait until the caller has applied the write's answer, however early they arrive", async () => {
    const gate = new EventGate();
    const answer = deferred<ActionResult<null>>();
    const actions = holdEventsDuringWrites({ deleteClaim: () => answer.promise } as unknown as WorkspaceActions, gate);
    const seen: string[] = [];

    const write = actions.deleteClaim("c1", 1).then(() => seen.push("answer applied"));
    gate.pass(() => seen.push("echo"));
    answer.resolve({ ok: true, data: null });
    await write;
    expect(seen).toEqual(["answer applied"]);
    await nextTask();
    expect(seen).toEqual(["answer applied", "echo"]);
  });

  it("are let through after a failed write too", async () => {
    const gate = new EventGate();
    const actions = holdEventsDuringWrites(
      { addComment: () => Promise.reject(new Error("offline")) } as unknown as WorkspaceActions,
      gate,
    );
    const seen: string[] = [];
    await actions.addComment("c1", {}).catch(() => seen.push("failed"));
    gate.pass(() => seen.push("event"));
    await nextTask();
    expect(seen).toEqual(["failed", "event"]);
  });
});
