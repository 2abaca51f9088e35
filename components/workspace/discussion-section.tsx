"use client";

import { useCallback, useEffect, useId, useState } from "react";
import type { ClaimView, CommentView, HistoryEntry } from "@/lib/claims/types";
import { Section, buttonClass, inputClass, quietButtonClass } from "./ui";
import { SaveErrorMessage, useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

function CommentForm({ label, onSubmit, isPending, onCancel }: { label: string; onSubmit: (body: string, done: () => void) => void; isPending: boolean; onCancel?: () => void }) {
  const id = useId();
  const [body, setBody] = useState("");
  return (
    <form
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(body, () => setBody(""));
      }}
    >
      <label htmlFor={id} className="text-xs font-medium text-stone-700">
        {label}
      </label>
      <textarea id={id} className={inputClass} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={isPending || body.trim() === ""}>
          {isPending ? "Posting…" : "Post"}
        </button>
        {onCancel ? (
          <button type="button" className={quietButtonClass} onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The claim's discussion (comments with replies) and its history from the audit log. */
export function DiscussionSection({
  claim,
  userId,
  canComment,
  actions,
  onCommentCountChange,
  reloadKey,
}: {
  claim: ClaimView;
  userId: string;
  canComment: boolean;
  actions: WorkspaceActions;
  onCommentCountChange: () => void;
  reloadKey: number;
}) {
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const load = useSave();
  const post = useSave();
  const { run } = load;

  const refresh = useCallback(() => {
    run(
      () => actions.claimDetails(claim.id),
      (d) => {
        setComments(d.comments);
        setHistory(d.history);
      },
    );
  }, [run, actions, claim.id]);

  // Reload when the claim changes here or elsewhere (a verdict, source or comment adds to it).
  useEffect(refresh, [refresh, claim.version, claim.verdicts.length, claim.sources.length, claim.resolution?.updatedAt, claim.commentCount, reloadKey]);

  const submit = (parentId: string | null) => (body: string, done: () => void) =>
    post.run(
      () => actions.addComment(claim.id, { body, parentId }),
      () => {
        done();
        setReplyTo(null);
        refresh();
        onCommentCountChange();
      },
    );

  // A reply whose comment was deleted stays in the discussion, at the top level.
  const ids = new Set((comments ?? []).map((c) => c.id));
  const roots = (comments ?? []).filter((c) => !c.parentId || !ids.has(c.parentId));
  const replies = (id: string) => (comments ?? []).filter((c) => c.parentId === id);

  const renderComment = (c: CommentView, depth: number) => (
    <li key={c.id} className={depth ? "ml-4 border-l-2 border-stone-200 pl-2" : ""}>
      <div className="rounded bg-stone-50 p-2 text-sm">
        <p className="text-xs text-stone-600">
          <span className="font-medium text-stone-800">{c.userName ?? "Former member"}</span> · {new Date(c.createdAt).toLocaleString()}
          {c.userId === userId ? " · you" : ""}
        </p>
        <p className="whitespace-pre-wrap">{c.body}</p>
        {canComment && depth < 3 ? (
          <button type="button" className="text-xs underline" onClick={() => setReplyTo(c.id)}>
            Reply
          </button>
        ) : null}
      </div>
      {replyTo === c.id ? <CommentForm label={`Reply to ${c.userName ?? "comment"}`} onSubmit={submit(c.id)} isPending={post.isPending} onCancel={() => setReplyTo(null)} /> : null}
      {replies(c.id).length ? <ul className="mt-1 flex flex-col gap-1">{replies(c.id).map((r) => renderComment(r, depth + 1))}</ul> : null}
    </li>
  );

  return (
    <>
      <Section title="Discussion">
        <SaveErrorMessage error={load.error} />
        {comments === null ? <p className="text-sm text-stone-500">Loading…</p> : null}
        {comments?.length === 0 ? <p className="mb-2 text-sm text-stone-600">No comments yet.</p> : null}
        <ul className="mb-2 flex flex-col gap-2">{roots.map((c) => renderComment(c, 0))}</ul>
        {canComment ? <CommentForm label="Add a comment" onSubmit={submit(null)} isPending={post.isPending} /> : null}
        <SaveErrorMessage error={post.error} />
      </Section>
      <Section title="History">
        {history === null ? (
          <p className="text-sm text-stone-500">Loading…</p>
        ) : (
          <ol className="flex flex-col gap-1 text-xs text-stone-700">
            {history.map((h) => (
              <li key={h.id}>
                <time dateTime={h.createdAt} className="text-stone-500">
                  {new Date(h.createdAt).toLocaleString()}
                </time>{" "}
                {h.summary}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
