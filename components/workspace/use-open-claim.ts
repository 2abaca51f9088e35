"use client";

import { useCallback, useSyncExternalStore } from "react";

// The open claim lives in the URL (#claim-<id>), so a link opens it and a reload keeps it.
const HASH_EVENT = "claimdesk:hash";

function claimIdFromHash(): string | null {
  const match = /^#claim-(.+)$/.exec(window.location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  window.addEventListener(HASH_EVENT, onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(HASH_EVENT, onChange);
  };
}

/** The id of the claim open in the panel (null on the server and when none is), and a way to open one. */
export function useOpenClaim() {
  const openId = useSyncExternalStore(subscribeToHash, claimIdFromHash, () => null);
  const open = useCallback((id: string | null) => {
    const url = id ? `#claim-${encodeURIComponent(id)}` : window.location.pathname + window.location.search;
    window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(HASH_EVENT));
  }, []);
  return { openId, open };
}
