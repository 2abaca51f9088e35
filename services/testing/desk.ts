/**
 * A small fact-checking desk for service tests, on the temporary database the test file opens
 * (`useTemporaryDatabase`): an instance admin who is not a member of the project, its editor,
 * two reviewers, a viewer and an outsider, and one document.
 */
import type { ProjectRole } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { createClaimSchema, resolutionSchema, verdictSchema } from "@/lib/validation/claims";
import type { SessionActor } from "../support/actor";
import { addProjectMember } from "../add-project-member";
import { createDocument } from "../create-document";
import { createProject } from "../create-project";
import { createUser } from "../create-user";
import { giveVerdict } from "../give-verdict";
import { markClaim } from "../mark-claim";
import { resolveClaim } from "../resolve-claim";
import { setUpInstance } from "../set-up-instance";

/** The AppError `fn` is refused with; fails the test when it succeeds or throws anything else. */
export async function rejection(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function setUpAdmin(): Promise<SessionActor> {
  const { user } = await setUpInstance(
    { name: "Ada", email: "ada@example.org", password: "a long enough password" },
    { withDemo: false },
  );
  return { userId: user.id, instanceRole: "admin", name: user.name, email: user.email };
}

async function member(admin: SessionActor, name: string): Promise<SessionActor> {
  const email = `${name.toLowerCase()}@example.org`;
  const user = await createUser(admin, { name, email, password: `${name}'s long password`, role: "member" });
  return { userId: user.id, instanceRole: "member", name: user.name, email: user.email };
}

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

export type Desk = {
  admin: SessionActor;
  editor: SessionActor;
  alice: SessionActor;
  bob: SessionActor;
  viewer: SessionActor;
  outsider: SessionActor;
  projectId: string;
  documentId: string;
};

/** A project (blind review unless told) with an editor, two reviewers and a viewer, and one document. */
export async function desk(text: string, options: { blindReview?: boolean } = {}): Promise<Desk> {
  const admin = await setUpAdmin();
  const editor = await member(admin, "Edith");
  const alice = await member(admin, "Alice");
  const bob = await member(admin, "Bob");
  const viewer = await member(admin, "Victor");
  const outsider = await member(admin, "Olga");
  const project = createProject(editor, { name: "Desk", blindReview: options.blindReview ?? true });
  const roles: [SessionActor, ProjectRole][] = [
    [alice, "reviewer"],
    [bob, "reviewer"],
    [viewer, "viewer"],
  ];
  for (const [who, role] of roles) addProjectMember(editor, project.id, { userId: who.userId, role });
  const doc = createDocument(editor, project.id, { title: "Article", text, ...docFields });
  return { admin, editor, alice, bob, viewer, outsider, projectId: project.id, documentId: doc.id };
}

export function mark(actor: SessionActor, documentId: string, body: unknown) {
  return markClaim(actor, documentId, createClaimSchema.parse(body));
}

export function quote(exact: string) {
  return { selector: { type: "TextQuoteSelector", exact } };
}

export function rate(actor: SessionActor, claimId: string, rating: string, rationale = "Because.") {
  return giveVerdict(actor, claimId, verdictSchema.parse({ rating, rationale }), undefined).claim;
}

export function resolve(actor: SessionActor, claimId: string, rating: string) {
  return resolveClaim(actor, claimId, resolutionSchema.parse({ rating, rationale: "Final." }), undefined).claim;
}
