"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
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

/** Requests asked for during a first render, waiting for that render's effect to take them. */
const started = new Map<string, Promise<ActionResult<PageClaims>>>();

/** Asks for a document's claims at once, from the first render in the browser (none on the server). */
function startEarly(documentId: string): null {
  if (typeof window === "undefined" || started.has(documentId)) return null;
  const request = fetchPageClaims(documentId);
  // Its failure is handled when the effect takes it (useFetch), not reported as unhandled meanwhile.
  request.catch(() => undefined);
  started.set(documentId, request);
  return null;
}

/** The request started early for the document, or a new one. */
function takeStarted(documentId: string): Promise<ActionResult<PageClaims>> {
  const early = started.get(documentId);
  started.delete(documentId);
  return early ?? fetchPageClaims(documentId);
}

/**
 * Loads the document's claims beside its text (lib/claims/page-claims.ts), asked for from the
 * first render in the browser (while the page is hydrated, before the editor is made), so that the server makes them while the
 * browser draws the text. Returns the audit event they include, where the live stream starts;
 * null until they are in. Claims anchored to another revision than the text shown are not
 * applied: `onRevised` loads a newer one with its claims. A claim marked before they arrive
 * is kept beside them (the claims reducer's "arrived").
 */
export function usePageClaims({
  documentId,
  revision,
  dispatchClaims,
  onRevised,
  fetch,
}: {
  documentId: string;
  revision: () => number;
  dispatchClaims: Claims["dispatch"];
  onRevised: (revision: number) => void;
  fetch: ReturnType<typeof useFetch>["fetch"];
}): number | null {
  // The request leaves while the page is hydrated, not after: the server makes the claims
  // meanwhile. (React runs this once, at the first render; its value is not used.)
  useState(() => startEarly(documentId));
  const [eventsAfter, setEventsAfter] = useState<number | null>(null);
  // The answer comes later: it is applied with the callbacks and revision current by then.
  const current = useRef({ revision, dispatchClaims, onRevised });
  useEffect(() => {
    current.current = { revision, dispatchClaims, onRevised };
  });
  // A layout effect runs before the editor's passive one, which makes the editor.
  useLayoutEffect(() => {
    let isFirst = true;
    void fetch(
      "claims",
      // A retry after a failure asks again.
      () => {
        const request = isFirst ? takeStarted(documentId) : fetchPageClaims(documentId);
        isFirst = false;
        return request;
      },
      {
        what: "The claims",
        onData: (page) => {
          const { revision: shown, dispatchClaims: dispatch, onRevised: revise } = current.current;
          // Anchored to another revision than the one shown (a save meanwhile): that revision's
          // own load brings its claims.
          if (page.revision > shown()) revise(page.revision);
          else if (page.revision === shown()) dispatch({ type: "arrived", claims: unpackRecords(page.claims) });
          setEventsAfter(page.eventsAfter);
        },
      },
    );
    // Once per document: later changes come from the live stream and the page's own writes.
  }, [documentId, fetch]);
  return eventsAfter;
}
