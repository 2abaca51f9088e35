"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { PlacedClaim } from "@/lib/claims/queue";
import type { Rating } from "@/lib/ratings";
import { SaveErrorMessage, useSave } from "../workspace/use-save";
import { buttonClass, inputClass } from "../workspace/ui";
import { VerdictComparison } from "./verdict-comparison";

export type AdjudicationActions = {
  adopt: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<null>>;
  resolve: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<null>>;
};

/**
 * One claim to adjudicate: the verdicts side by side, each of which resolves the claim in one
 * action, or a resolution written here. Once resolved, the page moves on to `nextHref`.
 */
export function AdjudicationDesk({
  claim,
  scale,
  actions,
  nextHref,
}: {
  claim: PlacedClaim;
  scale: Rating[];
  actions: AdjudicationActions;
  /** Where to go once this claim is resolved: the next one of the list, or the list. */
  nextHref: string;
}) {
  const id = useId();
  const router = useRouter();
  const save = useSave();
  const base = claim.resolution?.version ?? 0;
  const [rating, setRating] = useState(claim.resolution?.rating ?? "");
  const [rationale, setRationale] = useState(claim.resolution?.rationale ?? "");
  const done = () => {
    router.push(nextHref);
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-4">
      <VerdictComparison
        claim={claim}
        scale={scale}
        isPending={save.isPending}
        onAdopt={(v) => save.run(() => actions.adopt(claim.id, base, { userId: v.userId }), done)}
      />
      <form
        aria-label="Write the resolution"
        className="flex flex-col gap-2 rounded border border-stone-200 bg-white p-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.run(() => actions.resolve(claim.id, base, { rating, rationale }), done);
        }}
      >
        <h3 className="text-sm font-semibold text-stone-700">Or write the resolution</h3>
        <label htmlFor={`${id}-rating`} className="text-xs font-medium text-stone-700">
          Final rating
        </label>
        <select id={`${id}-rating`} className={inputClass} value={rating} onChange={(e) => setRating(e.target.value)}>
          <option value="">Choose a rating…</option>
          {scale
            .filter((r) => !r.isRetired || r.key === claim.resolution?.rating)
            .map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
        </select>
        <label htmlFor={`${id}-rationale`} className="text-xs font-medium text-stone-700">
          Published rationale
        </label>
        <textarea
          id={`${id}-rationale`}
          className={inputClass}
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
        <SaveErrorMessage error={save.error} onReload={() => router.refresh()} reloadLabel="Reload the claim" />
        <div>
          <button type="submit" className={buttonClass} disabled={save.isPending || rating === ""}>
            {save.isPending ? "Saving…" : "Resolve claim"}
          </button>
        </div>
      </form>
    </div>
  );
}
