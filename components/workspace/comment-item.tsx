"use client";

import { useState } from "react";
import type { CommentView } from "@/lib/claims/types";
import { CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";
import type { Discussion } from "./use-discussion";
import { SaveErrorMessage, useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

/** Replies nest this deep; a reply to the deepest level is made to its parent's thread. */
const maxDepth = 3;

/**
 * One comment with its replies. Edit and Delete are offered exactly when the comment's own
 * permissions (from the server) say so. An edit is saved against the version it started from:
 * when someone changed the comment meanwhile the save is refused (412), and the page offers
 * to reload it while keeping the text typed.
 */
export function CommentItem({
  comment,
  repliesOf,
  depth,
  canReply,
  userId,
  actions,
  discussion,
}: {
  comment: CommentView;
  repliesOf: (commentId: string) => CommentView[];
  depth: number;
  canReply: boolean;
  userId: string;
  actions: WorkspaceActions;
  discussion: Discussion;
}) {
  const [mode, setMode] = useState<"read" | "reply" | "edit">("read");
  const [baseVersion, setBaseVersion] = useState(comment.version);
  const reply = useSave();
  const edit = useSave();
  const remove = useSave();
  const author = comment.userName ?? "Former member";
  const replies = repliesOf(comment.id);

  const reloadInto = (save: ReturnType<typeof useSave>) => () =>
    save.run(
      () => actions.claimDetails(comment.claimId),
      (details) => {
        discussion.detailsLoaded(comment.claimId, details);
        const fresh = details.comments.find((c) => c.id === comment.id);
        if (fresh) setBaseVersion(fresh.version);
      },
    );

  return (
    <li className={depth ? "ml-4 border-l-2 border-stone-200 pl-2" : ""}>
      <article aria-label={`Comment by ${author}`} className="rounded bg-stone-50 p-2 text-sm">
        <p className="text-xs text-stone-600">
          <span className="font-medium text-stone-800">{author}</span> · {new Date(comment.createdAt).toLocaleString()}
          {comment.userId === userId ? " · you" : ""}
          {comment.version > 1 ? " · edited" : ""}
        </p>
        {mode === "edit" ? (
          <CommentForm
            label="Edit comment"
            submitLabel="Save comment"
            initialBody={comment.body}
            isPending={edit.isPending}
            error={edit.error}
            onSubmit={(body) =>
              edit.run(
                () => actions.editComment(comment.id, baseVersion, { body }),
                (change) => {
                  discussion.commentSaved(change);
                  setMode("read");
                },
              )
            }
            onReload={reloadInto(edit)}
            onCancel={() => setMode("read")}
          />
        ) : (
          <CommentBody body={comment.body} />
        )}
        {mode === "read" ? (
          <div className="mt-1 flex gap-3">
            {canReply && depth < maxDepth ? (
              <button type="button" className="text-xs underline" onClick={() => setMode("reply")}>
                Reply
              </button>
            ) : null}
            {comment.permissions.edit ? (
              <button
                type="button"
                className="text-xs underline"
                onClick={() => {
                  setBaseVersion(comment.version);
                  edit.clearError();
                  setMode("edit");
                }}
              >
                Edit
              </button>
            ) : null}
            {comment.permissions.delete ? (
              <button
                type="button"
                className="text-xs text-red-800 underline"
                disabled={remove.isPending}
                onClick={() => {
                  if (!window.confirm("Delete this comment? Its replies stay in the discussion.")) return;
                  remove.run(
                    () => actions.deleteComment(comment.id, comment.version),
                    (change) => discussion.commentDeleted(comment.id, change),
                  );
                }}
              >
                Delete
              </button>
            ) : null}
          </div>
        ) : null}
        <SaveErrorMessage error={remove.error} onReload={reloadInto(remove)} reloadLabel="Reload the comment" />
      </article>
      {mode === "reply" ? (
        <CommentForm
          label={`Reply to ${author}`}
          isPending={reply.isPending}
          error={reply.error}
          onSubmit={(body, clear) =>
            reply.run(
              () => actions.addComment(comment.claimId, { body, parentId: comment.id }),
              (change) => {
                discussion.commentSaved(change);
                clear();
                setMode("read");
              },
            )
          }
          onCancel={() => setMode("read")}
        />
      ) : null}
      {replies.length ? (
        <ul className="mt-1 flex flex-col gap-1">
          {replies.map((r) => (
            <CommentItem
              key={r.id}
              comment={r}
              repliesOf={repliesOf}
              depth={depth + 1}
              canReply={canReply}
              userId={userId}
              actions={actions}
              discussion={discussion}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
