import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/exports/export-links";
import { AnnotationImportForm } from "@/components/imports/annotation-import-form";
import { DocumentWorkspace } from "@/components/workspace/document-workspace";
import { MentionMembersProvider } from "@/components/workspace/mention-members";
import { PresenceBar } from "@/components/workspace/presence-bar";
import type { WorkspaceActions } from "@/components/workspace/workspace-actions";
import { directionOfLanguage } from "@/lib/text/direction";
import { openDocument } from "@/services/open-document";
import { load } from "../../_lib/load";
import { requireSessionActor } from "../../_lib/session";
import * as a from "./actions";
import { importAnnotationsAction } from "./annotation-actions";

export const metadata: Metadata = { title: "Document" };

const actions: WorkspaceActions = {
  markClaim: a.markClaimAction,
  listClaims: a.listClaimsAction,
  getClaim: a.getClaimAction,
  editClaim: a.editClaimAction,
  reattachClaim: a.reattachClaimAction,
  deleteClaim: a.deleteClaimAction,
  giveVerdict: a.giveVerdictAction,
  resolveClaim: a.resolveClaimAction,
  adoptVerdict: a.adoptVerdictAction,
  citeSource: a.citeSourceAction,
  editCitation: a.editCitationAction,
  removeCitation: a.removeCitationAction,
  claimDetails: a.claimDetailsAction,
  addComment: a.addCommentAction,
  editComment: a.editCommentAction,
  deleteComment: a.deleteCommentAction,
  saveRevision: a.saveRevisionAction,
  getDocumentContent: a.getDocumentContentAction,
  listSuggestions: a.listSuggestionsAction,
  dismissSuggestion: a.dismissSuggestionAction,
};

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/documents/${id}`);
  const { document, project, members, assignees, permissions, firstClaims, claimCount, eventsAfter } = load(() =>
    openDocument(actor, id),
  );
  // Only the first screens' claims are in the page: the workspace loads the rest once it has
  // drawn the text (use-page-claims.ts).
  // Its links are not prefetched: their pages would be made on the server while it makes the claims.
  const meta = [document.publisher, document.author, document.publishedAt].filter(Boolean);
  return (
    <div>
      <p className="text-sm text-stone-500">
        <Link href={`/projects/${project.id}`} prefetch={false} className="hover:underline">
          {project.name}
        </Link>{" "}
        /
      </p>
      <h1 className="mb-1 text-3xl font-semibold leading-tight">{document.title}</h1>
      <p className="mb-4 text-sm text-stone-600">
        {meta.join(" · ")}
        {document.sourceUrl ? (
          <>
            {meta.length ? " · " : ""}
            <a
              href={document.sourceUrl}
              rel="noopener noreferrer nofollow"
              target="_blank"
              className="text-sky-800 underline"
            >
              original
            </a>
          </>
        ) : null}
        {meta.length || document.sourceUrl ? " · " : ""}
        <Link href={`/documents/${document.id}/report`} prefetch={false} className="text-sky-800 underline">
          Verdict report
        </Link>
      </p>
      <div className="mb-4">
        <ExportLinks exportPath={`/api/v1/documents/${document.id}/export`} />
      </div>
      <PresenceBar documentId={document.id} />
      <MentionMembersProvider members={members.map((m) => ({ userId: m.userId, name: m.name }))} userId={actor.userId}>
        <DocumentWorkspace
          document={{
            id: document.id,
            content: document.content,
            revision: document.revision,
            version: document.version,
            dir: directionOfLanguage(document.language),
            language: document.language,
          }}
          initialClaims={firstClaims}
          claimCount={claimCount}
          eventsAfter={eventsAfter}
          scale={project.ratingScale}
          members={assignees}
          userId={actor.userId}
          permissions={permissions}
          actions={actions}
        />
      </MentionMembersProvider>
      {permissions.importAnnotations ? (
        <AnnotationImportForm action={importAnnotationsAction.bind(null, document.id)} />
      ) : null}
    </div>
  );
}
