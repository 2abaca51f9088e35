import "server-only";
import { can } from "@/lib/auth/policy";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { ratingOf } from "@/lib/export/claim-rating";
import { threadOrder } from "@/lib/export/project-json";
import { readProjectJson, type CheckedProjectJson } from "@/lib/import/read-project-json";
import type { ProjectJsonImport } from "@/lib/validation/project-json";
import { insertClaim } from "@/db/queries/claims";
import { insertComment } from "@/db/queries/comments";
import { insertDocument, insertRevision } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { insertMember, insertProject } from "@/db/queries/projects";
import { insertClaimSource, insertSource } from "@/db/queries/sources";
import { inTransaction, type Tx } from "@/db/queries/transaction";
import { listUsersByEmails } from "@/db/queries/users";
import { insertRestoredResolution, insertRestoredVerdict } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";

type Person = ProjectJsonImport["people"][number];
type ExportedClaim = CheckedProjectJson["documents"][number]["claims"][number];
type ExportedVerdict = ExportedClaim["verdicts"][number];

/** Where each person of the export went: their own account (found by email), or the importer. */
export type RestoredPerson = { name: string; email: string; userId: string; isMatched: boolean };

export type RestoredProject = {
  id: string;
  name: string;
  documents: { id: string; from: string; title: string; claims: number }[];
  claims: number;
  people: RestoredPerson[];
};

/**
 * Restores a project's `claimdesk/1` export (lib/export/project-json.ts) as a NEW project whose
 * editor is the importer; nothing of the exporting instance is reused but the accounts.
 *
 * - Every object gets a new id; the links between them are kept (claims → documents, verdicts
 *   and citations → claims, citations → sources, replies → parent comments). Dates are kept.
 * - People are matched to accounts by email, when the importer may attribute work to others
 *   (the policy's `project:restore-as-authors`: administrators); otherwise only the importer's
 *   own work is theirs. Work of a person without an account here is given
 *   to the importer and says so: a comment ends with "— <name> (<email>), restored from a
 *   ClaimDesk export"; a verdict that would give the importer two verdicts on one claim is kept
 *   as such a comment (the matched person's, else the latest, stays the verdict); an assignee
 *   without an account is left unassigned. The `project.restored` audit event lists everyone
 *   and the account their work went to, and each claim's `claim.restored` event the names of
 *   those whose work on it went to the importer.
 * - Only the importer becomes a member: people found by email keep their work, but an editor
 *   adds them to the project (an export cannot make anyone a member of anything).
 * - All of it is written in one transaction, or nothing is: a file that does not hold together
 *   is refused (422) with the list of its problems before anything is written.
 */
export function importProject(actor: SessionActor, value: unknown): RestoredProject {
  requirePermission(actor, "project:create", { kind: "instance" });
  const read = readProjectJson(value);
  if (!read.ok) {
    const count = Object.values(read.problems).reduce((n, list) => n + list.length, 0);
    throw new AppError(
      "invalid",
      `The file is not a ClaimDesk export that can be restored (${count} problem${count === 1 ? "" : "s"}).`,
      {
        fields: read.problems,
      },
    );
  }
  return inTransaction((tx) => restore(tx, actor, read.data));
}

function restore(tx: Tx, actor: SessionActor, data: CheckedProjectJson): RestoredProject {
  const mayAttribute = can(actor, "project:restore-as-authors", { kind: "instance" });
  const accounts = new Map(
    listUsersByEmails(tx, { emails: data.people.map((p) => p.email) }).map((u) => [u.email, u.id]),
  );
  const people = new Map<string, { person: Person; userId: string; isMatched: boolean }>();
  for (const person of data.people) {
    // Work is put in another account's name only by someone the policy trusts to do so (an
    // administrator restoring the instance's own export): anyone else's file could otherwise
    // put words in real colleagues' mouths. Their work then goes to the importer, signed.
    const isSelf = person.email === actor.email.toLowerCase();
    const matched = isSelf ? actor.userId : mayAttribute ? accounts.get(person.email) : undefined;
    people.set(person.id, { person, userId: matched ?? actor.userId, isMatched: matched !== undefined });
  }
  /** The account of an author: theirs, the importer's when they have none, null when the export names nobody. */
  const authorOf = (id: string | null): string | null =>
    id === null ? null : (people.get(id)?.userId ?? actor.userId);
  const isMatched = (id: string | null) => id !== null && people.get(id)?.isMatched === true;
  const signature = (id: string | null) => {
    const p = id === null ? undefined : people.get(id)?.person;
    return p ? `${p.name} (${p.email})` : "someone";
  };

  const project = insertProject(tx, {
    id: randomUUID(),
    name: data.project.name,
    ratingScale: data.project.ratingScale,
    isBlindReview: data.project.isBlindReview,
    createdBy: actor.userId,
    organizationName: data.project.organization?.name ?? null,
    organizationUrl: data.project.organization?.url ?? null,
  });
  insertMember(tx, { projectId: project.id, userId: actor.userId, role: "editor" });
  const ids = { actorId: actor.userId, projectId: project.id };

  const sourceIds = new Map<string, string>();
  for (const s of data.sources) {
    const { id: from, createdBy, ...fields } = s;
    const source = insertSource(tx, {
      ...fields,
      id: randomUUID(),
      projectId: project.id,
      createdBy: authorOf(createdBy) ?? actor.userId,
    });
    sourceIds.set(from, source.id);
  }

  const restoredDocuments: RestoredProject["documents"] = [];
  let claimCount = 0;
  for (const doc of data.documents) {
    const createdBy = authorOf(doc.createdBy) ?? actor.userId;
    const document = insertDocument(tx, {
      id: randomUUID(),
      projectId: project.id,
      title: doc.title,
      sourceUrl: doc.sourceUrl,
      publisher: doc.publisher,
      author: doc.author,
      publishedAt: doc.publishedAt,
      language: doc.language,
      createdBy,
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    });
    insertRevision(tx, {
      id: randomUUID(),
      documentId: document.id,
      number: 1,
      content: doc.content,
      text: doc.revision.text,
      createdBy,
      createdAt: doc.revision.createdAt,
    });
    insertEvent(tx, {
      ...ids,
      documentId: document.id,
      entityType: "document",
      entityId: document.id,
      action: "restored",
      after: {
        from: doc.id,
        title: doc.title,
        revision: 1,
        fromRevision: doc.revision.number,
        textLength: doc.revision.text.length,
        claims: doc.claims.length,
      },
    });

    for (const exported of doc.claims) {
      const reassigned = new Set<string>();
      const authored = (id: string | null): string | null => {
        if (id !== null && !isMatched(id)) reassigned.add(signature(id));
        return authorOf(id);
      };
      const claim = insertClaim(tx, {
        id: randomUUID(),
        documentId: document.id,
        revision: 1,
        exact: exported.selector.exact,
        prefix: exported.selector.prefix,
        suffix: exported.selector.suffix,
        start: exported.selector.start,
        end: exported.selector.end,
        anchorStatus: exported.anchorStatus,
        anchorScore: exported.anchorScore,
        claimText: exported.claimText,
        claimant: exported.claimant,
        status: exported.status,
        assigneeId: isMatched(exported.assigneeId) ? authorOf(exported.assigneeId) : null,
        tags: exported.tags,
        importedFrom: exported.importedFrom,
        createdBy: authored(exported.createdBy) ?? actor.userId,
        createdAt: exported.createdAt,
        updatedAt: exported.updatedAt,
      });
      const notes: { body: string; createdAt: string }[] = [];

      // One verdict per account and claim: the matched author's, else the latest, wins.
      const byAccount = new Map<string, ExportedVerdict[]>();
      for (const v of exported.verdicts) {
        const account = authored(v.userId) ?? actor.userId;
        byAccount.set(account, [...(byAccount.get(account) ?? []), v]);
      }
      for (const [userId, candidates] of byAccount) {
        const ranked = [...candidates].sort(
          (a, b) => Number(isMatched(b.userId)) - Number(isMatched(a.userId)) || (a.updatedAt < b.updatedAt ? 1 : -1),
        );
        const [kept, ...others] = ranked as [ExportedVerdict, ...ExportedVerdict[]];
        const { history, ...values } = kept;
        insertRestoredVerdict(
          tx,
          {
            id: randomUUID(),
            claimId: claim.id,
            userId,
            rating: values.rating,
            confidence: values.confidence,
            rationale: values.rationale,
            createdAt: values.createdAt,
            updatedAt: values.updatedAt,
          },
          history,
        );
        for (const other of others) {
          const label = ratingOf(data.project.ratingScale, other.rating).label;
          notes.push({
            body: `Verdict: ${label}${other.rationale ? ` — ${other.rationale}` : ""}\n\n— ${signature(other.userId)}, restored from a ClaimDesk export`,
            createdAt: other.updatedAt,
          });
        }
      }
      if (exported.resolution) {
        const r = exported.resolution;
        insertRestoredResolution(tx, {
          claimId: claim.id,
          userId: authored(r.userId) ?? actor.userId,
          rating: r.rating,
          rationale: r.rationale,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
        });
      }
      for (const citation of exported.citations) {
        insertClaimSource(tx, {
          id: randomUUID(),
          claimId: claim.id,
          sourceId: sourceIds.get(citation.sourceId) as string,
          stance: citation.stance,
          excerpt: citation.excerpt,
          createdBy: authored(citation.createdBy) ?? actor.userId,
          createdAt: citation.createdAt,
          updatedAt: citation.updatedAt,
        });
      }
      const commentIds = new Map<string, string>();
      for (const comment of threadOrder(exported.comments).ordered) {
        const userId = authored(comment.userId);
        const body =
          comment.userId !== null && !isMatched(comment.userId)
            ? `${comment.body}\n\n— ${signature(comment.userId)}, restored from a ClaimDesk export`
            : comment.body;
        const row = insertComment(tx, {
          id: randomUUID(),
          claimId: claim.id,
          parentId: comment.parentId === null ? null : (commentIds.get(comment.parentId) ?? null),
          userId: userId ?? actor.userId,
          body,
          importedFrom: comment.importedFrom,
          createdAt: comment.createdAt,
          updatedAt: comment.updatedAt,
        });
        commentIds.set(comment.id, row.id);
      }
      for (const note of notes)
        insertComment(tx, {
          id: randomUUID(),
          claimId: claim.id,
          parentId: null,
          userId: actor.userId,
          body: note.body,
          createdAt: note.createdAt,
          updatedAt: note.createdAt,
        });

      insertEvent(tx, {
        ...ids,
        documentId: document.id,
        claimId: claim.id,
        entityType: "claim",
        entityId: claim.id,
        action: "restored",
        after: {
          from: exported.id,
          verdicts: exported.verdicts.length,
          resolution: exported.resolution !== null,
          citations: exported.citations.length,
          comments: exported.comments.length,
          givenToImporter: [...reassigned],
        },
      });
      claimCount++;
    }
    restoredDocuments.push({ id: document.id, from: doc.id, title: doc.title, claims: doc.claims.length });
  }

  const restoredPeople: RestoredPerson[] = [...people.values()].map(({ person, userId, isMatched: matched }) => ({
    name: person.name,
    email: person.email,
    userId,
    isMatched: matched,
  }));
  insertEvent(tx, {
    ...ids,
    entityType: "project",
    entityId: project.id,
    action: "restored",
    after: {
      format: data.format,
      from: { projectId: data.project.id, name: data.project.name, scope: data.scope, exportedAt: data.exportedAt },
      documents: restoredDocuments.length,
      claims: claimCount,
      sources: data.sources.length,
      people: restoredPeople.map((p) => ({
        ...p,
        exportedRole: data.people.find((x) => x.email === p.email)?.role ?? null,
      })),
    },
  });
  return {
    id: project.id,
    name: project.name,
    documents: restoredDocuments,
    claims: claimCount,
    people: restoredPeople,
  };
}
