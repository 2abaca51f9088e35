import "server-only";
import { eq } from "drizzle-orm";
import { dismissedSuggestions, type DismissedSuggestion } from "../schema";
import type { Executor } from "./transaction";

export type NewDismissedSuggestion = {
  id: string;
  documentId: string;
  revision: number;
  start: number;
  end: number;
  exact: string;
  dismissedBy: string;
};

/** The exact texts of a document's dismissed suggestions. */
export function listDismissedSuggestionTextsByDocumentId(q: Executor, options: { documentId: string }): Set<string> {
  const rows = q
    .select({ exact: dismissedSuggestions.exact })
    .from(dismissedSuggestions)
    .where(eq(dismissedSuggestions.documentId, options.documentId))
    .all();
  return new Set(rows.map((r) => r.exact));
}

/** Records a dismissal; undefined when that sentence of the document was dismissed already. */
export function insertDismissedSuggestion(q: Executor, row: NewDismissedSuggestion): DismissedSuggestion | undefined {
  return q.insert(dismissedSuggestions).values(row).onConflictDoNothing().returning().get();
}
