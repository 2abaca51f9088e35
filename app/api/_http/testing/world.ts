/**
 * A small instance for the route-walking tests: the desk of services/testing/desk.ts (an
 * admin who is no member, an editor, two reviewers, a viewer) and a second project whose editor
 * is the desk's outsider, each with a document, a claim, a comment and a cited source; an API
 * token for every kind of caller, one of them revoked; and fresh objects on demand, so that a
 * request that deletes or changes one leaves the next request its own.
 */
import { addSourceSchema, commentSchema } from "@/lib/validation/claims";
import { addComment } from "@/services/add-comment";
import { citeSource } from "@/services/cite-source";
import { createApiToken } from "@/services/create-api-token";
import { createDocument } from "@/services/create-document";
import { createProject } from "@/services/create-project";
import { createUser } from "@/services/create-user";
import { getClaim } from "@/services/get-claim";
import { revokeApiToken } from "@/services/revoke-api-token";
import type { SessionActor } from "@/services/support/actor";
import { desk, mark, quote, type Desk } from "@/services/testing/desk";

export const TEXT = "The treaty binds neither side. It was signed in January by both presidents.";
export const FIRST_SENTENCE = "The treaty binds neither side.";

export const callers = ["admin", "editor", "reviewer", "viewer", "otherProject", "signedOut", "revokedToken"] as const;
export type Caller = (typeof callers)[number];

const meta = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

/** A claim with a comment and a cited source, all by `by`. */
export type Targets = { projectId: string; documentId: string; claimId: string; commentId: string; sourceId: string };

export type World = {
  desk: Desk;
  /** The other project, whose editor is the desk's outsider. */
  elsewhere: Targets;
  /** Signed in as: a Bearer token per caller (none for `signedOut`). */
  tokens: Record<Caller, string | null>;
  actors: Record<Exclude<Caller, "signedOut" | "revokedToken">, SessionActor>;
  /** An account nobody has added anywhere, to add as a member. */
  newcomerId: string;
  /** New targets in the desk's project: a claim on its document, by `by` (the editor unless told). */
  fresh(by?: SessionActor): Targets;
  /** A new document in the desk's project. */
  freshDocument(): string;
};

function targets(actor: SessionActor, projectId: string, documentId: string): Targets {
  const claim = mark(actor, documentId, quote(FIRST_SENTENCE));
  const comment = addComment(actor, claim.id, commentSchema.parse({ body: "A first thought." }));
  const { source } = citeSource(
    actor,
    claim.id,
    addSourceSchema.parse({ url: "https://example.org/treaty", kind: "news-report", stance: "context" }),
  );
  return { projectId, documentId, claimId: claim.id, commentId: comment.id, sourceId: source.id };
}

async function tokenOf(actor: SessionActor): Promise<string> {
  const name = actor.name;
  return (await createApiToken({ email: actor.email, password: `${name}'s long password` })).token;
}

export async function buildWorld(): Promise<World> {
  const d = await desk(TEXT);
  const other = createProject(d.outsider, { name: "Elsewhere", blindReview: false });
  const otherDoc = createDocument(d.outsider, other.id, { title: "Elsewhere's article", text: TEXT, ...meta });
  const elsewhere = targets(d.outsider, other.id, otherDoc.id);

  const adminToken = (await createApiToken({ email: d.admin.email, password: "a long enough password" })).token;
  const revoked = await createApiToken({ email: d.alice.email, password: "Alice's long password" });
  revokeApiToken(d.alice, revoked.id);
  const newcomer = await createUser(d.admin, {
    name: "Nina Newcomer",
    email: "nina@example.org",
    password: "Nina's long password",
    role: "member",
  });

  return {
    desk: d,
    elsewhere,
    tokens: {
      admin: adminToken,
      editor: await tokenOf(d.editor),
      reviewer: await tokenOf(d.alice),
      viewer: await tokenOf(d.viewer),
      otherProject: await tokenOf(d.outsider),
      signedOut: null,
      revokedToken: revoked.token,
    },
    actors: { admin: d.admin, editor: d.editor, reviewer: d.alice, viewer: d.viewer, otherProject: d.outsider },
    newcomerId: newcomer.id,
    fresh: (by = d.editor) => targets(by, d.projectId, d.documentId),
    freshDocument: () => createDocument(d.editor, d.projectId, { title: "Fresh article", text: TEXT, ...meta }).id,
  };
}

/** The headers that sign `caller` in. */
export function authHeaders(world: World, caller: Caller): Record<string, string> {
  const token = world.tokens[caller];
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** `If-Match` for a claim as it is now. */
export function claimTag(world: World, claimId: string): string {
  return `"${claimId}.${getClaim(world.desk.editor, claimId).version}"`;
}
