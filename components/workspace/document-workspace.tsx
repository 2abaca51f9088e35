"use client";

import { useCallback, useMemo, useState } from "react";
import type { ClaimView, DocumentPermissions } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { DocumentEditor } from "../editor/document-editor";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { EventGate, holdEventsDuringWrites } from "./event-gate";
import { TextToolbar } from "./text-toolbar";
import { highlightSpecs } from "./tones";
import { useClaims } from "./use-claims";
import { useDiscussion } from "./use-discussion";
import { useDocumentText, type WorkspaceDocument } from "./use-document-text";
import { useFetch } from "./use-fetch";
import { useLiveUpdates } from "./use-live-updates";
import { useMarkClaim } from "./use-mark-claim";
import { useOpenClaim } from "./use-open-claim";
import { usePageClaims } from "./use-page-claims";
import { ReattachContext, useReattachClaim } from "./use-reattach-claim";
import { AttachHereContext } from "../editor/attach-here";
import { useSuggestions } from "./use-suggestions";
import { SuggestionsSection } from "./suggestions-section";
import type { Member, WorkspaceActions } from "./workspace-actions";
import { WorkspaceLayout } from "./workspace-layout";
import { WorkspaceMessages } from "./workspace-messages";

export type { WorkspaceDocument } from "./use-document-text";

/**
 * The annotation workspace: the document with its claim highlights, the claim list, and the
 * open claim. Every change is saved at once through a server action; the server's answer
 * replaces the local copy, so what is shown is what was saved. What the reader may do comes
 * with the data (`permissions`, each claim's and comment's own), never worked out here.
 */
export function DocumentWorkspace({
  document: initialDocument,
  initialClaims,
  claimCount,
  eventsAfter: pageEventsAfter,
  scale,
  members,
  userId,
  permissions,
  actions: serverActions,
}: {
  document: WorkspaceDocument;
  /** The claims of the text's first screens; the rest are loaded once the text is drawn. */
  initialClaims: ClaimView[];
  /** How many live claims the document has. */
  claimCount: number;
  /** The audit event the initial claims include. */
  eventsAfter: number;
  scale: Rating[];
  members: Member[];
  userId: string;
  permissions: DocumentPermissions;
  actions: WorkspaceActions;
}) {
  const [gate] = useState(() => new EventGate());
  const actions = useMemo(() => holdEventsDuringWrites(serverActions, gate), [serverActions, gate]);
  const [notice, setNotice] = useState<string | null>(null);
  const { failures, fetch } = useFetch();
  const claims = useClaims(initialClaims);
  const { openId, open } = useOpenClaim();
  const active = claims.claims.find((c) => c.id === openId) ?? null;
  const { dispatch: dispatchClaims } = claims;
  const text = useDocumentText({ initial: initialDocument, actions, gate, dispatchClaims, fetch, onNotice: setNotice });
  const eventsAfter = usePageClaims({
    documentId: initialDocument.id,
    initial: { isComplete: initialClaims.length === claimCount, eventsAfter: pageEventsAfter },
    revision: text.currentRevision,
    dispatchClaims,
    onRevised: text.onRevised,
    fetch,
  });
  const saveClaim = useCallback((claim: ClaimView) => dispatchClaims({ type: "saved", claim }), [dispatchClaims]);
  const discussion = useDiscussion(active, actions, saveClaim);
  const highlights = useMemo(() => highlightSpecs(claims.claims, scale), [claims.claims, scale]);

  const fetchClaim = useCallback(
    (claimId: string) =>
      void fetch(`claim:${claimId}`, () => actions.getClaim(claimId), {
        what: "A change to a claim",
        onData: saveClaim,
        // Deleted meanwhile: its own event removes it.
        onError: (error) => error.code === "not-found",
      }),
    [actions, fetch, saveClaim],
  );

  const mark = useMarkClaim({
    documentId: text.doc.id,
    actions,
    editorRef: text.editorRef,
    onMarked: (claim) => {
      setNotice(null);
      saveClaim(claim);
      open(claim.id);
      window.getSelection()?.removeAllRanges();
    },
  });

  const reattach = useReattachClaim({
    claim: active,
    content: text.doc.content,
    actions,
    editorRef: text.editorRef,
    isEditing: text.isEditing,
    onReattached: saveClaim,
  });

  const [isSuggestionsOpen, setSuggestionsOpen] = useState(false);
  const suggestions = useSuggestions({
    documentId: text.doc.id,
    revision: text.doc.revision,
    isEnabled: permissions.markClaim,
    claims: claims.claims,
    actions,
    fetch,
  });

  useLiveUpdates({
    documentId: text.doc.id,
    eventsAfter,
    gate,
    claims,
    discussion,
    openId,
    fetchClaim,
    onRevised: text.onRevised,
    onOpenClaimDeleted: () => {
      open(null);
      setNotice("The claim you had open was deleted by someone else.");
    },
    onError: (error) => {
      console.error("[workspace] applying a live change failed:", error);
      setNotice("A change made by someone else could not be shown here. Reload the page to see it.");
    },
  });

  // The open claim's panel and the selection menu both re-attach it, through these contexts.
  const workspace = (
    <WorkspaceLayout
      toolbar={
        <TextToolbar
          revision={text.doc.revision}
          canEditText={permissions.editText}
          isEditing={text.isEditing}
          isSaving={text.isSaving}
          onEdit={text.startEditing}
          onSave={text.save}
          onDiscard={text.discard}
        />
      }
      messages={
        <WorkspaceMessages
          isEditing={text.isEditing}
          saveError={text.saveError ?? mark.error}
          failures={failures}
          remoteRevision={text.remoteRevision}
          notice={notice}
        />
      }
      text={
        <DocumentEditor
          content={text.doc.content}
          dir={text.doc.dir}
          lang={text.doc.language ?? undefined}
          highlights={highlights}
          activeClaimId={openId}
          canMark={permissions.markClaim && !mark.isPending}
          isEditing={text.isEditing}
          onMarkClaim={mark.markClaim}
          onClaimClick={open}
          onReady={text.onEditorReady}
        />
      }
      aside={
        active ? (
          <ClaimPanel
            key={active.id}
            claim={active}
            scale={scale}
            members={members}
            userId={userId}
            actions={actions}
            discussion={discussion}
            onChanged={saveClaim}
            onDeleted={(id) => {
              dispatchClaims({ type: "deleted", id });
              open(null);
            }}
            onClose={() => open(null)}
          />
        ) : (
          <>
            <ClaimList
              claims={claims.claims}
              isLoading={eventsAfter === null}
              scale={scale}
              activeId={openId}
              onOpen={open}
            />
            {permissions.markClaim ? (
              <SuggestionsSection
                suggestions={suggestions.suggestions}
                isLoaded={suggestions.isLoaded}
                isOpen={isSuggestionsOpen}
                onToggle={() => setSuggestionsOpen((isOpen) => !isOpen)}
                canMark={!text.isEditing && !mark.isPending}
                canDismiss={permissions.dismissSuggestion}
                isDismissing={suggestions.isDismissing}
                dismissError={suggestions.dismissError}
                onMark={(s) => mark.markClaim({ start: s.start, end: s.end, exact: s.exact })}
                onDismiss={suggestions.dismiss}
              />
            ) : null}
          </>
        )
      }
    />
  );
  return (
    <ReattachContext value={reattach}>
      <AttachHereContext value={reattach.attachHere}>{workspace}</AttachHereContext>
    </ReattachContext>
  );
}
