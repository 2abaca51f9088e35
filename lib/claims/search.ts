import type { ClaimView } from "./types";

/**
 * Snippets mark the words a search matched with two characters from Unicode's private use
 * area, which no text of ours means anything by: pages split on them and draw `<mark>`
 * elements, so no markup ever travels inside a string.
 */
export const SNIPPET_MATCH_START = "\uE000";
export const SNIPPET_MATCH_END = "\uE001";

/** A claim found by the explorer: the claim object as the reader may see it, and where it is. */
export type ClaimSearchHit = ClaimView & {
  documentTitle: string;
  projectId: string;
  /**
   * With a search: a passage of the best matching text the reader may see, the matched words
   * between SNIPPET_MATCH_START and SNIPPET_MATCH_END.
   */
  snippet?: string;
};

/** A page of the explorer; `nextCursor` asks for the page after it (null on the last page). */
export type ClaimSearchResult = { claims: ClaimSearchHit[]; nextCursor: string | null };

export type SnippetPart = { text: string; isMatch: boolean };

/** A snippet as runs of plain and matched text, its markers removed (a stray marker is dropped). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let isMatch = false;
  let text = "";
  const flush = () => {
    if (text !== "") parts.push({ text, isMatch });
    text = "";
  };
  for (const ch of snippet) {
    if (ch === SNIPPET_MATCH_START || ch === SNIPPET_MATCH_END) {
      flush();
      isMatch = ch === SNIPPET_MATCH_START;
    } else {
      text += ch;
    }
  }
  flush();
  return parts;
}
