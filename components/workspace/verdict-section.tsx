"use client";

import { useId, useState } from "react";
import { confidences, type ClaimView, type VerdictView } from "@/lib/claims/types";
import { findRating, type Rating } from "@/lib/ratings";
import { VerdictComparison } from "../adjudication/verdict-comparison";
import { ratingLabel } from "./tones";
import { Labeled, Section, buttonClass, inputClass } from "./ui";
import { SaveErrorMessage, useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

export function VerdictSection({
  claim,
  scale,
  userId,
  canReview,
  canResolve,
  actions,
  onChanged,
}: {
  claim: ClaimView;
  scale: Rating[];
  userId: string;
  canReview: boolean;
  canResolve: boolean;
  actions: WorkspaceActions;
  onChanged: (claim: ClaimView) => void;
}) {
  const id = useId();
  const own = claim.verdicts.find((v) => v.userId === userId);
  const others = claim.verdicts.filter((v) => v.userId !== userId);
  const [rating, setRating] = useState(own?.rating ?? "");
  const [confidence, setConfidence] = useState<string>(own?.confidence ?? "");
  const [rationale, setRationale] = useState(own?.rationale ?? "");
  const verdictSave = useSave();

  const [resolutionRating, setResolutionRating] = useState(claim.resolution?.rating ?? own?.rating ?? "");
  const [resolutionRationale, setResolutionRationale] = useState(claim.resolution?.rationale ?? "");
  // The resolution this form was filled from: saving over a newer one is refused (412).
  const [resolutionBase, setResolutionBase] = useState(claim.resolution?.version ?? 0);
  const resolutionSave = useSave();
  const reloadResolution = () =>
    resolutionSave.run(
      () => actions.getClaim(claim.id),
      (fresh) => {
        setResolutionBase(fresh.resolution?.version ?? 0);
        onChanged(fresh);
      },
    );

  // Retired ratings are not offered for new ratings; one already given stays selectable where it is kept.
  const ratingOptions = (current: string | null) => (
    <>
      <option value="">Choose a rating…</option>
      {scale
        .filter((r) => !r.isRetired || r.key === current)
        .map((r) => (
          <option key={r.key} value={r.key}>
            {r.isRetired ? `${r.label} (retired)` : r.label}
          </option>
        ))}
    </>
  );
  const describe = (key: string) => findRating(scale, key)?.description;
  const adopt = (verdict: VerdictView) =>
    resolutionSave.run(
      () => actions.adoptVerdict(claim.id, resolutionBase, { userId: verdict.userId }),
      (updated) => {
        setResolutionBase(updated.resolution?.version ?? resolutionBase + 1);
        setResolutionRating(updated.resolution?.rating ?? resolutionRating);
        setResolutionRationale(updated.resolution?.rationale ?? resolutionRationale);
        onChanged(updated);
      },
    );

  return (
    <>
      {canReview ? (
        <Section title="Your verdict">
          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              verdictSave.run(
                () => actions.giveVerdict(claim.id, { rating, confidence: confidence || null, rationale }),
                onChanged,
              );
            }}
          >
            <Labeled label="Rating" htmlFor={`${id}-rating`}>
              <select
                id={`${id}-rating`}
                className={inputClass}
                value={rating}
                aria-describedby={describe(rating) ? `${id}-rating-description` : undefined}
                onChange={(e) => setRating(e.target.value)}
              >
                {ratingOptions(own?.rating ?? null)}
              </select>
              {describe(rating) ? (
                <p id={`${id}-rating-description`} className="text-xs text-stone-600">
                  {describe(rating)}
                </p>
              ) : null}
            </Labeled>
            <Labeled label="Confidence" htmlFor={`${id}-confidence`}>
              <select
                id={`${id}-confidence`}
                className={inputClass}
                value={confidence}
                onChange={(e) => setConfidence(e.target.value)}
              >
                <option value="">Not stated</option>
                {confidences.map((c) => (
                  <option key={c} value={c}>
                    {c[0]?.toUpperCase()}
                    {c.slice(1)}
                  </option>
                ))}
              </select>
            </Labeled>
            <Labeled label="Rationale" htmlFor={`${id}-rationale`}>
              <textarea
                id={`${id}-rationale`}
                className={inputClass}
                rows={3}
                value={rationale}
                onChange={(e) => setRationale(e.target.value)}
              />
            </Labeled>
            <SaveErrorMessage error={verdictSave.error} />
            <div className="flex items-center gap-3">
              <button type="submit" className={buttonClass} disabled={verdictSave.isPending || rating === ""}>
                {verdictSave.isPending ? "Saving…" : own ? "Update verdict" : "Save verdict"}
              </button>
              {own ? (
                <span className="text-xs text-stone-600">Saved {new Date(own.updatedAt).toLocaleString()}</span>
              ) : null}
            </div>
          </form>
        </Section>
      ) : null}

      <Section title="Reviewers’ verdicts">
        {canResolve ? (
          <VerdictComparison claim={claim} scale={scale} isPending={resolutionSave.isPending} onAdopt={adopt} />
        ) : claim.verdictsHidden ? (
          <p className="text-sm text-stone-700">
            Blind review: the other reviewers’ verdicts show once you have given yours.
          </p>
        ) : others.length === 0 ? (
          <p className="text-sm text-stone-600">
            {own ? "No other reviewer has rated this claim yet." : "No verdicts yet."}
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {others.map((v) => (
              <li key={v.userId} className="rounded bg-stone-50 p-2 text-sm">
                <span className="font-medium">{v.userName}</span>: {ratingLabel(scale, v.rating)}
                {v.confidence ? ` (${v.confidence} confidence)` : ""}
                {v.rationale ? <p className="mt-1 whitespace-pre-wrap text-stone-700">{v.rationale}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Resolution">
        {claim.isFlagged && canResolve ? (
          <p className="mb-2 text-sm text-amber-900">
            A verdict given since the resolution disagrees with it: resolve it again, as it stands or otherwise, to
            clear the flag.
          </p>
        ) : null}
        {claim.resolution ? (
          <p className="mb-2 text-sm" data-testid="resolution">
            <span className="font-medium">{ratingLabel(scale, claim.resolution.rating)}</span> —{" "}
            <span className="whitespace-pre-wrap">{claim.resolution.rationale}</span>
          </p>
        ) : claim.verdictsHidden && claim.status === "resolved" ? (
          <p className="mb-2 text-sm text-stone-700">
            Blind review: the editor’s resolution shows once you have given your verdict.
          </p>
        ) : (
          <p className="mb-2 text-sm text-stone-600">Not resolved yet.</p>
        )}
        {canResolve ? (
          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              resolutionSave.run(
                () =>
                  actions.resolveClaim(claim.id, resolutionBase, {
                    rating: resolutionRating,
                    rationale: resolutionRationale,
                  }),
                (updated) => {
                  setResolutionBase(updated.resolution?.version ?? resolutionBase + 1);
                  onChanged(updated);
                },
              );
            }}
          >
            <Labeled label="Final rating" htmlFor={`${id}-resolution-rating`}>
              <select
                id={`${id}-resolution-rating`}
                className={inputClass}
                value={resolutionRating}
                onChange={(e) => setResolutionRating(e.target.value)}
              >
                {ratingOptions(claim.resolution?.rating ?? null)}
              </select>
            </Labeled>
            <Labeled label="Published rationale" htmlFor={`${id}-resolution-rationale`}>
              <textarea
                id={`${id}-resolution-rationale`}
                className={inputClass}
                rows={3}
                value={resolutionRationale}
                onChange={(e) => setResolutionRationale(e.target.value)}
              />
            </Labeled>
            <SaveErrorMessage error={resolutionSave.error} onReload={reloadResolution} />
            <div>
              <button
                type="submit"
                className={buttonClass}
                disabled={resolutionSave.isPending || resolutionRating === ""}
              >
                {resolutionSave.isPending ? "Saving…" : claim.resolution ? "Update resolution" : "Resolve claim"}
              </button>
            </div>
          </form>
        ) : null}
      </Section>
    </>
  );
}
