import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import {
  claims,
  documentRevisions,
  documents,
  nowSql,
  resolutions,
  verdicts,
  type Document,
  type DocumentRevision,
} from "../schema";
import type { DocNode } from "@/lib/text/doc-node";
import { prepared } from "./prepared";
import type { Executor } from "./transaction";

export type NewDocument = {
  id: string;
  projectId: string;
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  createdBy: string;
} & Partial<Pick<Document, "createdAt" | "updatedAt">>;

export function insertDocument(q: Executor, values: NewDocument): Document {
  return q
    .insert(documents)
    .values({ ...values, revision: 1 })
    .returning()
    .get();
}

export function insertRevision(
  q: Executor,
  values: {
    id: string;
    documentId: string;
    number: number;
    content: DocNode;
    text: string;
    createdBy: string;
    createdAt?: string;
  },
) {
  return q.insert(documentRevisions).values(values).returning().get();
}

export function getDocumentById(q: Executor, options: { id: string }): Document | undefined {
  return prepared(q, "getDocumentById", (q) =>
    q
      .select()
      .from(documents)
      .where(eq(documents.id, sql.placeholder("id")))
      .prepare(),
  ).get({ id: options.id });
}

export type RevisionRow = Pick<DocumentRevision, "number" | "content" | "text" | "createdAt">;

export function getRevision(q: Executor, options: { documentId: string; number: number }): RevisionRow | undefined {
  return q
    .select({
      number: documentRevisions.number,
      content: documentRevisions.content,
      text: documentRevisions.text,
      createdAt: documentRevisions.createdAt,
    })
    .from(documentRevisions)
    .where(and(eq(documentRevisions.documentId, options.documentId), eq(documentRevisions.number, options.number)))
    .get();
}

export type DocumentSummary = Pick<
  Document,
  | "id"
  | "projectId"
  | "title"
  | "sourceUrl"
  | "publisher"
  | "author"
  | "publishedAt"
  | "language"
  | "revision"
  | "createdAt"
  | "updatedAt"
  | "version"
> & {
  claimCount: number;
  verdicts: Record<string, number>;
  resolutions: Record<string, number>;
};

/**
 * Documents of a project, newest first, with their claim, verdict and resolution counts. With
 * `blindReaderId` (a reviewer under blind review) ratings count only on claims that reader has
 * rated, so the counts cannot reveal others' ratings.
 */
export function listDocumentsByProjectId(
  q: Executor,
  options: { projectId: string; blindReaderId?: string },
): DocumentSummary[] {
  const ratedByReader = (claimId: typeof claims.id) =>
    options.blindReaderId
      ? sql`exists (select 1 from verdicts own where own.claim_id = ${claimId} and own.user_id = ${options.blindReaderId})`
      : undefined;
  const rows = q
    .select({
      id: documents.id,
      projectId: documents.projectId,
      title: documents.title,
      sourceUrl: documents.sourceUrl,
      publisher: documents.publisher,
      author: documents.author,
      publishedAt: documents.publishedAt,
      language: documents.language,
      revision: documents.revision,
      createdAt: documents.createdAt,
      updatedAt: documents.updatedAt,
      version: documents.version,
      // Qualified by hand: drizzle leaves columns unqualified in a one-table select.
      claimCount: sql<number>`(select count(*) from claims c where c.document_id = "documents"."id" and c.deleted_at is null)`,
    })
    .from(documents)
    .where(eq(documents.projectId, options.projectId))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all();

  const verdictCounts = q
    .select({ documentId: claims.documentId, rating: verdicts.rating, n: sql<number>`count(*)` })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(eq(documents.projectId, options.projectId), isNull(claims.deletedAt), ratedByReader(claims.id)))
    .groupBy(claims.documentId, verdicts.rating)
    .all();
  const resolutionCounts = q
    .select({ documentId: claims.documentId, rating: resolutions.rating, n: sql<number>`count(*)` })
    .from(resolutions)
    .innerJoin(claims, eq(claims.id, resolutions.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(eq(documents.projectId, options.projectId), isNull(claims.deletedAt), ratedByReader(claims.id)))
    .groupBy(claims.documentId, resolutions.rating)
    .all();

  const byDoc = new Map(
    rows.map((r) => [
      r.id,
      { ...r, verdicts: {} as Record<string, number>, resolutions: {} as Record<string, number> },
    ]),
  );
  for (const c of verdictCounts) {
    const doc = byDoc.get(c.documentId);
    if (doc) doc.verdicts[c.rating] = c.n;
  }
  for (const c of resolutionCounts) {
    const doc = byDoc.get(c.documentId);
    if (doc) doc.resolutions[c.rating] = c.n;
  }
  return [...byDoc.values()];
}

/** The id and title of each document of a project, newest first (as the project page lists them). */
export function listDocumentTitlesByProjectId(
  q: Executor,
  options: { projectId: string },
): Pick<Document, "id" | "title">[] {
  return q
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(eq(documents.projectId, options.projectId))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all();
}

/** Every document of a project, newest first (the project page's order). */
export function listDocumentRowsByProjectId(q: Executor, options: { projectId: string }): Document[] {
  return q
    .select()
    .from(documents)
    .where(eq(documents.projectId, options.projectId))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all();
}

/**
 * The canonical text of the current revision of one document, or of every document of a
 * project, keyed by document id: one query however many documents.
 */
export function listCurrentRevisionTexts(
  q: Executor,
  scope: { documentId: string } | { projectId: string },
): Map<string, string> {
  const rows = q
    .select({ documentId: documentRevisions.documentId, text: documentRevisions.text })
    .from(documentRevisions)
    .innerJoin(
      documents,
      and(eq(documents.id, documentRevisions.documentId), eq(documents.revision, documentRevisions.number)),
    )
    .where("documentId" in scope ? eq(documents.id, scope.documentId) : eq(documents.projectId, scope.projectId))
    .all();
  return new Map(rows.map((r) => [r.documentId, r.text]));
}

/** Moves the document to revision `revision`, bumping its version. */
export function setDocumentRevision(q: Executor, options: { id: string; revision: number }): Document {
  return q
    .update(documents)
    .set({ revision: options.revision, version: sql`${documents.version} + 1`, updatedAt: nowSql })
    .where(eq(documents.id, options.id))
    .returning()
    .get();
}

/** Only the canonical text of a revision (not its editor JSON): what anchoring needs. */
export function getRevisionText(q: Executor, options: { documentId: string; number: number }): string | undefined {
  return q
    .select({ text: documentRevisions.text })
    .from(documentRevisions)
    .where(and(eq(documentRevisions.documentId, options.documentId), eq(documentRevisions.number, options.number)))
    .get()?.text;
}
