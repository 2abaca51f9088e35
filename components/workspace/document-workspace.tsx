"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { quoteSelectorAt } from "@/lib/anchoring/context";
import type { ClaimView } from "@/lib/claims/types";
import { TextMap } from "@/lib/text/text-map";
import type { Rating } from "@/lib/ratings";
import type { DocNode } from "@/lib/text/doc-node";
import { DocumentEditor } from "../editor/document-editor";
import type { ClaimRange } from "../editor/mark-claim-menu";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { Legend } from "./legend";
import { highlightSpecs } from "./tones";
import { buttonClass, quietButtonClass } from "./ui";
import { useDocumentEvents } from "./use-document-events";
import { SaveErrorMessage, useSave } from "./use-save";
import type { DocumentPermissions } from "@/lib/claims/types";
import type { Member, WorkspaceActions } from "./workspace-actions";

export type WorkspaceDocument = {
  id: string;
  content: DocNode;
  revision: number;
  version: number;
  dir: "rtl" | "ltr" | "auto";
  language: string | null;
};

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

/**
 * The annotation workspace: the document with its claim highlights, the claim list, and the
 * open claim. Every change is saved at once through a server action; the server's answer
 * replaces the local copy, so what is shown is what was saved.
 */
export function DocumentWorkspace({
  document: initialDocument,
  initialClaims,
  eventsAfter,
  scale,
  members,
  userId,
  permissions,
  actions,
}: {
  document: WorkspaceDocument;
  initialClaims: ClaimView[];
  /** The audit event the initial claims include; the live stream starts after it. */
  eventsAfter: number;
  scale: Rating[];
  members: Member[];
  userId: string;
  permissions: DocumentPermissions;
  actions: WorkspaceActions;
}) {
  const [doc, setDoc] = useState(initialDocument);
  const [claims, setClaims] = useState(initialClaims);
  const activeId = useSyncExternalStore(subscribeToHash, claimIdFromHash, () => null);
  const [isEditing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const mark = useSave();
  const revise = useSave();
  const sync = useSave();

  const open = useCallback((id: string | null) => {
    const url = id ? `#claim-${id}` : window.location.pathname + window.location.search;
    window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(HASH_EVENT));
  }, []);

  const highlights = useMemo(() => highlightSpecs(claims, scale, null), [claims, scale]);
  const active = claims.find((c) => c.id === activeId) ?? null;

  const replaceClaim = useCallback((claim: ClaimView) => {
    setClaims((list) => list.map((c) => (c.id === claim.id ? claim : c)));
  }, []);

  // Adds a claim, or replaces it when the live stream brought it first.
  const upsertClaim = useCallback((claim: ClaimView) => {
    setClaims((list) => (list.some((c) => c.id === claim.id) ? list.map((c) => (c.id === claim.id ? claim : c)) : [...list, claim].sort(byPosition)));
  }, []);

  const refreshClaims = useCallback(() => {
    sync.run(() => actions.listClaims(doc.id), setClaims);
  }, [sync, actions, doc.id]);

  // The words around the selection travel with it: should the text have changed on the server
  // meanwhile, they, not the position, decide which occurrence is meant.
  const quoteContext = (range: ClaimRange) => {
    const editor = editorRef.current;
    if (!editor) return { exact: range.exact };
    return quoteSelectorAt(TextMap.fromNodeLike(editor.state.doc).text, range.start, range.end);
  };

  const onMarkClaim = useCallback(
    (range: ClaimRange) => {
      setNotice(null);
      mark.run(
        () =>
          actions.markClaim(doc.id, {
            selector: [
              { type: "TextQuoteSelector", ...quoteContext(range) },
              { type: "TextPositionSelector", start: range.start, end: range.end },
            ],
          }),
        (claim) => {
          upsertClaim(claim);
          open(claim.id);
          window.getSelection()?.removeAllRanges();
        },
      );
    },
    [actions, doc.id, mark, open, upsertClaim],
  );

  const [remoteRevision, setRemoteRevision] = useState<number | null>(null);
  const [discussionNonce, setDiscussionNonce] = useState(0);

  // Someone else saved a revision: load its text and the re-anchored claims together, so
  // highlights are never drawn from new offsets on the old text. While editing, only say so.
  const loadRemoteRevision = useCallback(() => {
    sync.run(
      () => actions.getDocumentContent(doc.id),
      (fresh) => {
        editorRef.current?.commands.setContent(fresh.content);
        setDoc((d) => ({ ...d, content: fresh.content, revision: fresh.revision, version: fresh.version }));
        setRemoteRevision(null);
        void actions.listClaims(doc.id).then((result) => {
          if (result.ok) setClaims(result.data);
        });
      },
    );
  }, [sync, actions, doc.id]);
  const fetchClaim = useCallback(
    (claimId: string) => {
      void actions.getClaim(claimId).then((result) => {
        if (result.ok) replaceClaim(result.data);
      });
    },
    [actions, replaceClaim],
  );

  useDocumentEvents(doc.id, eventsAfter, (name, data) => {
    if (name === "claim.created" || name === "claim.updated") {
      upsertClaim(data as unknown as ClaimView);
    } else if (name === "claim.deleted") {
      setClaims((list) => list.filter((c) => c.id !== data.id));
      if (data.id === activeId) {
        open(null);
        setNotice("The claim you had open was deleted by someone else.");
      }
    } else if (name === "document.revised") {
      if (data.savedBy !== userId && typeof data.revision === "number" && data.revision > doc.revision) {
        if (isEditing) setRemoteRevision(data.revision);
        else loadRemoteRevision();
      }
    } else if (typeof data.claimId === "string") {
      fetchClaim(data.claimId);
      if (name.startsWith("comment.") && data.claimId === activeId) setDiscussionNonce((n) => n + 1);
    }
  });

  const saveText = () => {
    const editor = editorRef.current;
    if (!editor) return;
    const content = editor.getJSON() as DocNode;
    revise.run(
      () => actions.saveRevision(doc.id, doc.version, content),
      (result) => {
        setDoc((d) => ({ ...d, content, revision: result.revision, version: result.version }));
        const anchors = new Map(result.claims.map((c) => [c.id, c]));
        setClaims((list) =>
          list.map((c) => {
            const a = anchors.get(c.id);
            return a
              ? { ...c, anchorStatus: a.anchorStatus as ClaimView["anchorStatus"], anchorScore: a.anchorScore, selector: { ...c.selector, start: a.start, end: a.end } }
              : c;
          }),
        );
        setEditing(false);
        const counts = result.claims.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.anchorStatus]: (acc[c.anchorStatus] ?? 0) + 1 }), {});
        const parts = Object.entries(counts).map(([status, n]) => `${n} ${status}`);
        setNotice(`Saved revision ${result.revision}.${parts.length ? ` Claims: ${parts.join(", ")}.` : ""}`);
        refreshClaims();
      },
    );
  };

  const cancelEdit = () => {
    editorRef.current?.commands.setContent(doc.content);
    setEditing(false);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)]">
      <div>
        <div className="mb-2 flex flex-wrap items-center gap-3">
          <Legend />
          <span className="text-xs text-stone-600">Revision {doc.revision}</span>
          {permissions.editText ? (
            isEditing ? (
              <span className="ml-auto flex gap-2">
                <button type="button" className={buttonClass} onClick={saveText} disabled={revise.isPending}>
                  {revise.isPending ? "Saving…" : "Save new revision"}
                </button>
                <button type="button" className={quietButtonClass} onClick={cancelEdit} disabled={revise.isPending}>
                  Discard changes
                </button>
              </span>
            ) : (
              <button type="button" className={`${quietButtonClass} ml-auto`} onClick={() => setEditing(true)}>
                Edit text
              </button>
            )
          ) : null}
        </div>
        {isEditing ? (
          <p role="status" className="mb-2 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            Editing the text. Saving makes a new revision; every claim is then re-attached to its words, and claims whose words are gone are listed as orphaned.
          </p>
        ) : null}
        <SaveErrorMessage error={revise.error ?? mark.error ?? sync.error} />
        {remoteRevision !== null ? (
          <p role="status" className="mb-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Someone saved revision {remoteRevision} of this text.{" "}
            <button type="button" className="underline" onClick={() => window.location.reload()}>
              Load it
            </button>
            {isEditing ? " (your unsaved edits would be lost: saving them now is refused as stale)" : ""}
          </p>
        ) : null}
        {notice ? (
          <p role="status" className="mb-2 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {notice}
          </p>
        ) : null}
        <div className="rounded border border-stone-200 bg-white px-8 py-4 shadow-sm">
          <DocumentEditor
            content={doc.content}
            dir={doc.dir}
            lang={doc.language ?? undefined}
            highlights={highlights}
            activeClaimId={activeId}
            canMark={permissions.markClaim && !mark.isPending}
            isEditing={isEditing}
            onMarkClaim={onMarkClaim}
            onClaimClick={open}
            onReady={(e) => {
              editorRef.current = e;
            }}
          />
        </div>
      </div>
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        {active ? (
          <ClaimPanel
            key={active.id}
            claim={active}
            scale={scale}
            members={members}
            userId={userId}
            actions={actions}
            onChanged={replaceClaim}
            onDeleted={(id) => {
              setClaims((list) => list.filter((c) => c.id !== id));
              open(null);
            }}
            onClose={() => open(null)}
            onCommentCountChange={() => sync.run(() => actions.getClaim(active.id), replaceClaim)}
            discussionNonce={discussionNonce}
          />
        ) : (
          <ClaimList claims={claims} scale={scale} activeId={activeId} onOpen={open} />
        )}
      </aside>
    </div>
  );
}

function byPosition(a: ClaimView, b: ClaimView): number {
  const sa = a.selector.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.selector.start ?? Number.MAX_SAFE_INTEGER;
  return sa - sb || (a.selector.end ?? 0) - (b.selector.end ?? 0);
}
