import type { Gap } from "@/lib/gaps/gap-kinds";
import { gapKinds } from "@/lib/gaps/gap-kinds";

const labelOf = new Map<string, string>(gapKinds.map((k) => [k.kind, k.label]));

/**
 * A claim's sourcing gaps as small labelled chips, in the order the gaps page lists them. The
 * compact form (the claim list) shows the labels, with each gap's detail on hover; the full
 * form (the claim panel) writes the detail out.
 */
export function GapChips({ gaps, isCompact = false }: { gaps: Gap[]; isCompact?: boolean }) {
  if (gaps.length === 0) return null;
  const chip = (gap: Gap) => (
    <span className="inline-block rounded border border-amber-400 bg-amber-50 px-1.5 text-xs font-medium text-amber-900">
      {labelOf.get(gap.kind) ?? gap.kind}
    </span>
  );
  if (isCompact) {
    // Inside the claim list's buttons only phrasing content is allowed: spans, not a list.
    return (
      <span className="mt-1 flex flex-wrap gap-1" data-gaps>
        <span className="sr-only">Sourcing gaps:</span>
        {gaps.map((gap) => (
          <span key={gap.kind} data-gap={gap.kind} title={gap.detail}>
            {chip(gap)}
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul aria-label="Sourcing gaps" className="mt-2 flex flex-col gap-1">
      {gaps.map((gap) => (
        <li key={gap.kind} data-gap={gap.kind}>
          {chip(gap)}
          <span className="ml-2 text-xs text-stone-700">{gap.detail}</span>
        </li>
      ))}
    </ul>
  );
}
