"use client";

import { useId, useState } from "react";
import { claimStatuses, type ClaimView } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { AnchorSection } from "./anchor-section";
import { DiscussionSection } from "./discussion-section";
import { SourcesSection } from "./sources-section";
import type { Discussion } from "./use-discussion";
import { GapChips } from "./gap-chips";
import { describeClaim } from "./tones";
import { Labeled, Section, buttonClass, inputClass, quietButtonClass } from "./ui";
import { SaveErrorMessage, useSave } from "./use-save";
import { VerdictSection } from "./verdict-section";
import type { Member, WorkspaceActions } from "./workspace-actions";

const statusText = { open: "Open", "in-review": "In review", resolved: "Resolved" } as const;

type DetailEdits = { claimText?: string; claimant?: string; status?: string; assigneeId?: string };

/**
 * The claim's own fields. Only what the person changed is sent, so a field someone else changed
 * meanwhile (or a status moved by a verdict) is not written back; a stale save is refused
 * (412) and can be applied again after a reload, with the typed text kept.
 */
function DetailsForm({
  claim,
  members,
  actions,
  onChanged,
}: {
  claim: ClaimView;
  /** Those the claim may be assigned to. */
  members: Member[];
  actions: WorkspaceActions;
  onChanged: (c: ClaimView) => void;
}) {
  const { edit: canEdit, setStatus: canSetStatus, assign: canAssign } = claim.permissions;
  const canSave = canEdit || canSetStatus || canAssign;
  const id = useId();
  const [edits, setEditsState] = useState<DetailEdits>({});
  // The version the first edit was made on: live updates move `claim.version` on, and saving
  // with the newer one would overwrite a change the person never saw.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const setEdits = (next: DetailEdits) => {
    if (baseVersion === null) setBaseVersion(claim.version);
    setEditsState(next);
  };
  const save = useSave();
  const reload = () =>
    save.run(
      () => actions.getClaim(claim.id),
      (fresh) => {
        setBaseVersion(fresh.version);
        onChanged(fresh);
      },
    );
  const claimText = edits.claimText ?? claim.claimText;
  const claimant = edits.claimant ?? claim.claimant ?? "";
  const status = edits.status ?? claim.status;
  const assigneeId = edits.assigneeId ?? claim.assigneeId ?? "";
  const isDirty = Object.keys(edits).length > 0;
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const changes = {
          ...edits,
          ...(edits.assigneeId !== undefined ? { assigneeId: edits.assigneeId || null } : {}),
        };
        save.run(
          () => actions.editClaim(claim.id, baseVersion ?? claim.version, changes),
          (updated) => {
            setEditsState({});
            setBaseVersion(null);
            onChanged(updated);
          },
        );
      }}
    >
      <Labeled label="Claim wording" htmlFor={`${id}-text`}>
        <textarea
          id={`${id}-text`}
          className={inputClass}
          rows={2}
          value={claimText}
          readOnly={!canEdit}
          onChange={(e) => setEdits({ ...edits, claimText: e.target.value })}
        />
      </Labeled>
      <div className="grid grid-cols-2 gap-2">
        <Labeled label="Claimant" htmlFor={`${id}-claimant`}>
          <input
            id={`${id}-claimant`}
            className={inputClass}
            value={claimant}
            readOnly={!canEdit}
            onChange={(e) => setEdits({ ...edits, claimant: e.target.value })}
            placeholder="Who makes the claim"
          />
        </Labeled>
        <Labeled label="Status" htmlFor={`${id}-status`}>
          <select
            id={`${id}-status`}
            className={inputClass}
            value={status}
            disabled={!canSetStatus}
            aria-describedby={canSetStatus ? undefined : `${id}-status-note`}
            onChange={(e) => setEdits({ ...edits, status: e.target.value })}
          >
            {claimStatuses.map((st) => (
              <option key={st} value={st}>
                {statusText[st]}
              </option>
            ))}
          </select>
        </Labeled>
        <Labeled label="Assignee" htmlFor={`${id}-assignee`}>
          <select
            id={`${id}-assignee`}
            className={inputClass}
            value={assigneeId}
            disabled={!canAssign}
            onChange={(e) => setEdits({ ...edits, assigneeId: e.target.value })}
          >
            <option value="">Nobody</option>
            {assigneeId && !members.some((m) => m.userId === assigneeId) ? (
              <option value={assigneeId}>Someone who can no longer be assigned</option>
            ) : null}
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name} ({m.role})
              </option>
            ))}
          </select>
        </Labeled>
      </div>
      {canSetStatus ? null : (
        <p id={`${id}-status-note`} className="text-xs text-stone-600">
          A first verdict puts a claim in review; an editor&apos;s resolution resolves it.
        </p>
      )}
      <SaveErrorMessage error={save.error} onReload={reload} />
      {canSave ? (
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass} disabled={save.isPending || !isDirty}>
            {save.isPending ? "Saving…" : "Save claim"}
          </button>
          {isDirty ? <span className="text-xs text-stone-600">Unsaved changes</span> : null}
        </div>
      ) : null}
    </form>
  );
}

/** Everything about one claim: wording, verdicts, resolution, sources, discussion, history. */
export function ClaimPanel({
  claim,
  scale,
  members,
  userId,
  actions,
  onChanged,
  onDeleted,
  discussion,
  onClose,
}: {
  claim: ClaimView;
  scale: Rating[];
  members: Member[];
  userId: string;
  actions: WorkspaceActions;
  onChanged: (c: ClaimView) => void;
  onDeleted: (id: string) => void;
  /** The claim's comments and history, loaded and kept by the workspace. */
  discussion: Discussion;
  onClose: () => void;
}) {
  const remove = useSave();
  const can = claim.permissions;
  return (
    <article aria-label="Claim" className="flex flex-col" data-claim-panel={claim.id}>
      <div className="flex items-start gap-2">
        <blockquote className="flex-1 border-l-4 border-sky-700 pl-3 font-serif text-stone-900">
          “{claim.selector.exact}”
        </blockquote>
        <button type="button" className={quietButtonClass} onClick={onClose} aria-label="Close claim">
          ✕
        </button>
      </div>
      <p className="mt-1 text-xs text-stone-600">{describeClaim(claim, scale)}</p>
      {claim.tags.length ? (
        <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
          {claim.tags.map((tag) => (
            <li key={tag} className="rounded bg-stone-200 px-1.5 text-xs text-stone-800">
              #{tag}
            </li>
          ))}
        </ul>
      ) : null}
      <GapChips gaps={claim.gaps} />
      {claim.isFlagged ? (
        <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          ⚑ Flagged for an editor: a verdict given since the resolution disagrees with it.
        </p>
      ) : null}
      {claim.anchorStatus === "fuzzy" ? (
        <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          ⚠ The text changed. This claim was re-attached to similar words (match{" "}
          {Math.round((claim.anchorScore ?? 0) * 100)}%). Check it sits on the right words.
        </p>
      ) : null}
      {claim.anchorStatus === "orphaned" ? (
        <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          ⚠ Orphaned: these words are no longer in the document. The claim and its verdicts are kept.
        </p>
      ) : null}
      <AnchorSection claim={claim} />
      <Section title="Claim">
        <DetailsForm claim={claim} members={members} actions={actions} onChanged={onChanged} />
      </Section>
      <VerdictSection
        key={`v-${claim.id}`}
        claim={claim}
        scale={scale}
        userId={userId}
        canReview={can.rate}
        canResolve={can.resolve}
        actions={actions}
        onChanged={onChanged}
      />
      <SourcesSection claim={claim} canEdit={can.cite} actions={actions} onChanged={onChanged} />
      <DiscussionSection
        claim={claim}
        userId={userId}
        canComment={can.comment}
        actions={actions}
        discussion={discussion}
      />
      {can.delete ? (
        <div className="border-t border-stone-200 py-3">
          <SaveErrorMessage error={remove.error} />
          <button
            type="button"
            className="text-sm text-red-800 underline"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm("Delete this claim? Its verdicts stay in the audit log.")) {
                remove.run(
                  () => actions.deleteClaim(claim.id, claim.version),
                  () => onDeleted(claim.id),
                );
              }
            }}
          >
            Delete claim
          </button>
        </div>
      ) : null}
    </article>
  );
}
