"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { PRESENCE_HEARTBEAT_MS, type PresencePerson, type PresenceSnapshot } from "@/lib/presence/presence-registry";
import { presenceOf, presenceTabId, subscribePresence } from "./presence-store";
import { useOpenClaim } from "./use-open-claim";

const noPresence: PresenceSnapshot = { you: { claimId: null }, others: [] };

function report(documentId: string, claimId: string | null, signal?: AbortSignal): Promise<Response> {
  return fetch(`/api/v1/documents/${encodeURIComponent(documentId)}/presence`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tab: presenceTabId(), claimId }),
    signal,
  });
}

function describe(person: PresencePerson): string {
  return person.quote ? `${person.name} · claim “${person.quote}”` : `${person.name} · no claim open`;
}

/**
 * Who else has this document open right now: a circle with each person's initials, their name
 * and open claim on hover (and to screen readers); a person with a claim open is a button that
 * opens it here too. It also tells the server which claim this tab has open, whenever that
 * differs from what the server holds for it (after a change, and after a reconnection), and
 * reports in every few seconds so that a dropped connection is noticed.
 */
export function PresenceBar({ documentId }: { documentId: string }) {
  const presence = useSyncExternalStore(
    subscribePresence,
    () => presenceOf(documentId),
    () => noPresence,
  );
  const { openId, open } = useOpenClaim();
  const refused = useRef<string | null>(null);
  const held = presence.you.claimId;

  useEffect(() => {
    if (openId === held || (openId !== null && refused.current === openId)) return;
    const controller = new AbortController();
    void report(documentId, openId, controller.signal)
      .then((res) => {
        // A claim deleted meanwhile is not reported again; presence is a courtesy, so other failures pass quietly.
        if (res.status === 404 && openId !== null) refused.current = openId;
      })
      .catch(() => {});
    return () => controller.abort();
    // Each snapshot, not only a change of `held`: the first ones come before this tab's stream is registered.
  }, [documentId, openId, held, presence]);

  // The heartbeat: a page that stops reporting in (its connection dropped) is taken off the others' pages.
  const current = useRef(openId);
  useEffect(() => {
    current.current = refused.current === openId ? null : openId;
  });
  useEffect(() => {
    const beat = setInterval(() => void report(documentId, current.current).catch(() => {}), PRESENCE_HEARTBEAT_MS);
    return () => clearInterval(beat);
  }, [documentId]);

  if (presence.others.length === 0) return null;
  return (
    <div className="mb-3 flex items-center gap-2 text-sm text-stone-600">
      <span id="presence-label">Also here:</span>
      <ul aria-labelledby="presence-label" className="flex gap-1" data-testid="presence">
        {presence.others.map((person) => {
          const label = describe(person);
          const circle =
            "flex h-7 w-7 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-900 ring-2 ring-white";
          return (
            <li key={person.userId}>
              {person.claimId ? (
                <button
                  type="button"
                  className={`${circle} outline-offset-2 hover:bg-indigo-200`}
                  title={label}
                  aria-label={`${label}: open it`}
                  onClick={() => open(person.claimId)}
                >
                  <span aria-hidden="true">{person.initials}</span>
                </button>
              ) : (
                <span className={circle} title={label} aria-label={label} role="img">
                  <span aria-hidden="true">{person.initials}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
