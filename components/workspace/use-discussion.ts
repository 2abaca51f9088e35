"use client";

import { useCallback, useEffect, useMemo } from "react";
import type { ClaimView, CommentView, DiscussionChange, HistoryEntry, SavedComment } from "@/lib/claims/types";
import type { HeldDiscussion } from "./known-change";
import { useFetch } from "./use-fetch";
import { useSnapshotReducer } from "./use-snapshot-reducer";
import type { WorkspaceActions } from "./workspace-actions";

export type DiscussionState = HeldDiscussion & { history: HistoryEntry[] };

export type DiscussionAction =
  | { type: "loaded"; claimId: string; comments: CommentView[]; history: HistoryEntry[] }
  | { type: "comment-saved"; comment: CommentView; history: HistoryEntry[] }
  | { type: "comment-deleted"; claimId: string; commentId: string; history: HistoryEntry[] };

const empty: DiscussionState = { claimId: null, comments: [], history: [] };

export function discussionReducer(state: DiscussionState, action: DiscussionAction): DiscussionState {
  switch (action.type) {
    case "loaded":
      return { claimId: action.claimId, comments: action.comments, history: action.history };
    case "comment-saved": {
      const { comment } = action;
      // An answer for a claim that is no longer open has nothing to update.
      if (state.claimId !== comment.claimId) return state;
      const known = state.comments.some((c) => c.id === comment.id);
      const comments = known
        ? state.comments.map((c) => (c.id === comment.id && c.version <= comment.version ? comment : c))
        : [...state.comments, comment];
      return { ...state, comments, history: action.history };
    }
    case "comment-deleted":
      if (state.claimId !== action.claimId) return state;
      return { ...state, comments: state.comments.filter((c) => c.id !== action.commentId), history: action.history };
  }
}

/** What of a claim the history reflects, besides its discussion: when it changes, the history has news. */
function historyKey(claim: ClaimView): string {
  return JSON.stringify([
    claim.version,
    claim.status,
    claim.verdicts.map((v) => v.updatedAt),
    claim.resolution?.version ?? null,
    claim.sources.map((s) => [s.id, s.version]),
  ]);
}

/**
 * The open claim's discussion and history. They load when the claim opens and again when
 * the claim changes (a verdict, a source…). A comment written here needs no reload: the
 * action answers with the comment, the claim and the history, and `onClaim` takes the claim.
 */
export function useDiscussion(claim: ClaimView | null, actions: WorkspaceActions, onClaim: (claim: ClaimView) => void) {
  const [state, dispatch, snapshot] = useSnapshotReducer(discussionReducer, empty);
  const { failures, fetch } = useFetch();
  const claimId = claim?.id ?? null;
  const key = claim ? historyKey(claim) : null;

  const load = useCallback(
    (id: string) =>
      void fetch("details", () => actions.claimDetails(id), {
        what: "The discussion",
        onData: (details) => dispatch({ type: "loaded", claimId: id, ...details }),
      }),
    [fetch, actions, dispatch],
  );

  useEffect(() => {
    if (claimId) load(claimId);
  }, [claimId, key, load]);

  const isCurrent = claimId !== null && state.claimId === claimId;
  return useMemo(
    () => ({
      /** Null while the open claim's discussion is loading. */
      comments: isCurrent ? state.comments : null,
      history: isCurrent ? state.history : null,
      failures,
      snapshot,
      reload: () => {
        if (claimId) load(claimId);
      },
      /** Details loaded by a form of the discussion (its reload after a 412). */
      detailsLoaded: (id: string, details: { comments: CommentView[]; history: HistoryEntry[] }) =>
        dispatch({ type: "loaded", claimId: id, ...details }),
      commentSaved: (change: SavedComment) => {
        dispatch({ type: "comment-saved", comment: change.comment, history: change.history });
        onClaim(change.claim);
      },
      commentDeleted: (commentId: string, change: DiscussionChange) => {
        dispatch({ type: "comment-deleted", claimId: change.claim.id, commentId, history: change.history });
        onClaim(change.claim);
      },
    }),
    [isCurrent, state, failures, snapshot, claimId, load, dispatch, onClaim],
  );
}

export type Discussion = ReturnType<typeof useDiscussion>;
