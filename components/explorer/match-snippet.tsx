import { Fragment } from "react";
import { snippetParts } from "@/lib/claims/search";

/**
 * A search snippet with its matched words in `<mark>`: the snippet is split on its marker
 * characters and each run rendered as text, so nothing in it is ever read as markup.
 */
export function MatchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="text-sm text-stone-700">
      {snippetParts(snippet).map((part, i) =>
        part.isMatch ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
