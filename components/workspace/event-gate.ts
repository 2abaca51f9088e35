import type { WorkspaceActions } from "./workspace-actions";

/**
 * Holds the document's live events while this page has a write in flight, and lets them through
 * once the write's answer has been applied. The stream echoes every change, this page's own
 * too, and the echo often arrives before the action's answer: judged then, it would look like
 * someone else's change and cost a reload of what the answer is about to bring. Held until
 * after, it finds its change already on the page and is dropped (see known-change.ts).
 */
export class EventGate {
  private holds = 0;
  private queued: (() => void)[] = [];

  /** Holds events until the returned release is called (once per hold; extra calls do nothing). */
  hold(): () => void {
    this.holds += 1;
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      this.holds -= 1;
      if (this.holds === 0) for (const deliver of this.queued.splice(0)) deliver();
    };
  }

  /** Runs `deliver` now, or when the last hold is released. */
  pass(deliver: () => void): void {
    if (this.holds > 0) this.queued.push(deliver);
    else deliver();
  }
}

const writes = [
  "markClaim",
  "editClaim",
  "deleteClaim",
  "reattachClaim",
  "giveVerdict",
  "resolveClaim",
  "adoptVerdict",
  "citeSource",
  "editCitation",
  "removeCitation",
  "addComment",
  "editComment",
  "deleteComment",
  "saveRevision",
] as const satisfies readonly (keyof WorkspaceActions)[];

/**
 * The same actions, each write holding the gate until just after its caller has applied the
 * answer: the release waits a task, and the caller's continuation (a microtask) runs first.
 */
export function holdEventsDuringWrites(actions: WorkspaceActions, gate: EventGate): WorkspaceActions {
  const held: Record<string, unknown> = { ...actions };
  for (const name of writes) {
    const write = actions[name] as (...args: unknown[]) => Promise<unknown>;
    held[name] = (...args: unknown[]) => {
      const release = gate.hold();
      const settle = () => void setTimeout(release, 0);
      const answer = write(...args);
      answer.then(settle, settle);
      return answer;
    };
  }
  return held as WorkspaceActions;
}
