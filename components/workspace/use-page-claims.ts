"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { unpackRecords } from "@/lib/claims/packed-records";
import { pageClaimsPath, type PageClaims } from "@/lib/claims/page-claims";
import type { Claims } from "./use-claims";
import type { useFetch } from "./use-fetch";

type Failure = Pick<Extract<ActionResult<never>, { ok: false }>, "error">;

async function fetchPageClaims(documentId: string): Promise<ActionResult<PageClaims>> {
  const res = await window.fetch(pageClaimsPath(documentId));
  if (res.ok) return { ok: true, data: (await res.json()) as PageClaims };
  // An error is answered as JSON by the route; a proxy's page in its place is said as its status.
  const failure = (await res.json().catch(() => null)) as Failure | null;
  return { ok: false, error: failure?.error ?? { code: "internal", message: `the server answered ${res.status}` } };
}

/**
 * The rest of the document's claims (lib/claims/page-claims.ts), beyond those the page came with
 * (its first screens'). Asked for once the text is drawn (the browser idle), not before: made meanwhile, on the same
 * server and machine, they would hold up the page and its drawing. Returns the audit event the
 * claims shown include, where the live stream starts: the page's own when it came with every
 * claim (nothing is asked then), null until the rest is in. Claims anchored to another revision
 * than the text shown are not applied: `onRevised` loads a newer one with its claims. A claim
 * marked before they arrive is kept beside them (the claims reducer's "arrived").
 */
export function usePageClaims({
  documentId,
  initial,
  revision,
  dispatchClaims,
  onRevised,
  fetch,
}: {
  documentId: string;
  /** What the page came with: whether its claims were all of them, and where they end. */
  initial: { isComplete: boolean; eventsAfter: number };
  revision: () => number;
  dispatchClaims: Claims["dispatch"];
  onRevised: (revision: number) => void;
  fetch: ReturnType<typeof useFetch>["fetch"];
}): number | null {
  const [loadedAfter, setLoadedAfter] = useState<number | null>(null);
  // The answer comes later: it is applied with the callbacks and revision current by then.
  const current = useRef({ revision, dispatchClaims, onRevised });
  useEffect(() => {
    current.current = { revision, dispatchClaims, onRevised };
  });
  const { isComplete } = initial;
  useEffect(() => {
    if (isComplete) return;
    let isCancelled = false;
    const load = () => {
      if (isCancelled) return;
      void fetch("claims", () => fetchPageClaims(documentId), {
        what: "The claims",
        onData: (page) => {
          const { revision: shown, dispatchClaims: dispatch, onRevised: revise } = current.current;
          // Anchored to another revision than the one shown (a save meanwhile): that revision's
          // own load brings its claims.
          if (page.revision > shown()) revise(page.revision);
          else if (page.revision === shown()) dispatch({ type: "arrived", claims: unpackRecords(page.claims) });
          setLoadedAfter(page.eventsAfter);
        },
      });
    };
    // Once the browser is done drawing the text (idle), or half a second at most.
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(load, { timeout: 500 });
      return () => {
        isCancelled = true;
        window.cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(load, 50);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
    // Once per document: later changes come from the live stream and the page's own writes.
  }, [documentId, fetch, isComplete]);
  return isComplete ? initial.eventsAfter : loadedAfter;
}
