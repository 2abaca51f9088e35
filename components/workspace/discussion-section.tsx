"use client";

import type { ClaimView, CommentView } from "@/lib/claims/types";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";
import { FetchFailures } from "./fetch-failures";
import { Section } from "./ui";
import type { Discussion } from "./use-discussion";
import { useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

/** The claim's discussion (comments with replies) and its history from the audit log. */
export function DiscussionSection({
  claim,
  userId,
  canComment,
  actions,
  discussion,
}: {
  claim: ClaimView;
  userId: string;
  canComment: boolean;
  actions: WorkspaceActions;
  discussion: Discussion;
}) {
  const post = useSave();
  const { comments, history } = discussion;

  // A reply whose comment was deleted stays in the discussion, at the top level.
  const ids = new Set((comments ?? []).map((c) => c.id));
  const roots = (comments ?? []).filter((c) => !c.parentId || !ids.has(c.parentId));
  const repliesOf = (id: string): CommentView[] => (comments ?? []).filter((c) => c.parentId === id);

  return (
    <>
      <Section title="Discussion">
        <FetchFailures failures={discussion.failures} />
        {comments === null ? <p className="text-sm text-stone-500">Loading…</p> : null}
        {comments?.length === 0 ? <p className="mb-2 text-sm text-stone-600">No comments yet.</p> : null}
        <ul className="mb-2 flex flex-col gap-2">
          {roots.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              repliesOf={repliesOf}
              depth={0}
              canReply={canComment}
              userId={userId}
              actions={actions}
              discussion={discussion}
            />
          ))}
        </ul>
        {canComment ? (
          <CommentForm
            label="Add a comment"
            isPending={post.isPending}
            error={post.error}
            onSubmit={(body, clear) =>
              post.run(
                () => actions.addComment(claim.id, { body, parentId: null }),
                (change) => {
                  discussion.commentSaved(change);
                  clear();
                },
              )
            }
          />
        ) : null}
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
