import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { anchorStatuses, type AnchorAlternative } from "../lib/anchoring/types";
import { instanceRoles, projectRoles } from "../lib/auth/policy";
import { claimStatuses, confidences, credibilities, sourceKinds, stances } from "../lib/claims/types";
import type { Rating } from "../lib/ratings";
import type { DocNode } from "../lib/text/doc-node";

// Timestamps are ISO-8601 strings in UTC (sortable, readable in the file, portable to
// PostgreSQL's timestamptz). Every mutable row carries `version`, bumped by each write; the
// API exposes it as the ETag.
/** The current time as such a string: the default of every timestamp and what writes set. */
export const nowSql = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const timestamps = {
  createdAt: text("created_at").notNull().default(nowSql),
  updatedAt: text("updated_at").notNull().default(nowSql),
};
const version = { version: integer("version").notNull().default(1) };

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: instanceRoles }).notNull().default("member"),
    /** When an admin disabled the account: it cannot sign in, and its sessions and tokens stop. */
    disabledAt: text("disabled_at"),
    /** Set by an admin's reset (a temporary password): the next sign-in must choose a new one. */
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    /** SHA-256 of the cookie's token: the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull().default(nowSql),
    /** The absolute end of the session. */
    expiresAt: text("expires_at").notNull(),
    /**
     * The last request seen with it (null: none since it began, so `createdAt`): past the idle
     * timeout after this, it has ended.
     */
    lastSeenAt: text("last_seen_at"),
  },
  (t) => [uniqueIndex("sessions_token_hash_unique").on(t.tokenHash), index("sessions_user_id_idx").on(t.userId)],
);

export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    label: text("label"),
    createdAt: text("created_at").notNull().default(nowSql),
    lastUsedAt: text("last_used_at"),
    /** Chosen at creation (90 days by default); null for tokens made before tokens expired. */
    expiresAt: text("expires_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_token_hash_unique").on(t.tokenHash), index("api_tokens_user_id_idx").on(t.userId)],
);

/**
 * Failed sign-ins (and attempts still being checked), kept to throttle guessing per account and
 * per client address. `deviceId` is the trusted-device cookie's id when the attempt carried a
 * valid one (such failures count against that device only, not against the account's owner).
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    /** The client address, as lib/http/client-address.ts reads it; null when unknown. */
    address: text("address"),
    deviceId: text("device_id"),
    createdAt: text("created_at").notNull().default(nowSql),
  },
  (t) => [
    index("sign_in_failures_email_created_idx").on(t.email, t.createdAt),
    index("sign_in_failures_address_created_idx").on(t.address, t.createdAt),
  ],
);

export const projects = sqliteTable("projects", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  ratingScale: text("rating_scale", { mode: "json" }).$type<Rating[]>().notNull(),
  isBlindReview: integer("is_blind_review", { mode: "boolean" }).notNull().default(true),
  isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
  /** The desk that publishes the project's verdicts: ClaimReview's `author`. Null until set. */
  organizationName: text("organization_name"),
  /** Its website (http/https), only with a name. */
  organizationUrl: text("organization_url"),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
  ...version,
});

export const projectMembers = sqliteTable(
  "project_members",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: projectRoles }).notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("project_members_user_id_idx").on(t.userId)],
);

export const documents = sqliteTable(
  "documents",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    sourceUrl: text("source_url"),
    publisher: text("publisher"),
    author: text("author"),
    /** ISO date (YYYY-MM-DD) or date-time as given. */
    publishedAt: text("published_at"),
    language: text("language"),
    /** Number of the current revision (1-based). */
    revision: integer("revision").notNull().default(1),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
    ...version,
  },
  (t) => [index("documents_project_id_idx").on(t.projectId, t.createdAt)],
);

export const documentRevisions = sqliteTable(
  "document_revisions",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** Tiptap JSON of the document. */
    content: text("content", { mode: "json" }).$type<DocNode>().notNull(),
    /** The canonical text derived from `content`; every selector refers to it. */
    text: text("text").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull().default(nowSql),
  },
  (t) => [uniqueIndex("document_revisions_document_number_unique").on(t.documentId, t.number)],
);

export const claims = sqliteTable(
  "claims",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** Revision number the anchor below refers to. */
    revision: integer("revision").notNull(),
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    /** Code point offsets into the revision's canonical text; null when orphaned. */
    start: integer("start"),
    end: integer("end"),
    anchorStatus: text("anchor_status", { enum: anchorStatuses }).notNull().default("exact"),
    anchorScore: real("anchor_score"),
    /**
     * Places a fuzzy claim could equally be attached to, best first (code points into this
     * revision's text), for a person to choose from; null when there is no choice to make.
     */
    anchorAlternatives: text("anchor_alternatives", { mode: "json" }).$type<AnchorAlternative[]>(),
    claimText: text("claim_text").notNull(),
    claimant: text("claimant"),
    status: text("status", { enum: claimStatuses }).notNull().default("open"),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    /** When it was given to its assignee (null when unassigned, or assigned before this was kept). */
    assignedAt: text("assigned_at"),
    /**
     * A verdict given after the resolution disagrees with it: the claim waits for an editor, who
     * clears the flag by resolving it again (the status stays resolved meanwhile).
     */
    isFlagged: integer("is_flagged", { mode: "boolean" }).notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Labels kept from an imported annotation (Hypothesis tags, Web Annotation tagging bodies), in their order. */
    tags: text("tags", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /**
     * `<format>:<id>` of the annotation the claim was imported from (`hypothesis:…`,
     * `webannotation:…`), null for a claim marked here: importing the same file twice finds it.
     */
    importedFrom: text("imported_from"),
    deletedAt: text("deleted_at"),
    ...timestamps,
    ...version,
  },
  (t) => [
    index("claims_document_id_start_idx").on(t.documentId, t.start),
    uniqueIndex("claims_document_id_imported_from_unique").on(t.documentId, t.importedFrom),
    // My queue: a person's assignments, oldest first.
    index("claims_assignee_id_assigned_at_idx").on(t.assigneeId, t.assignedAt),
    // The claims explorer's filters, within the documents of the projects searched.
    index("claims_document_id_status_idx").on(t.documentId, t.status),
    index("claims_document_id_anchor_status_idx").on(t.documentId, t.anchorStatus),
    index("claims_document_id_created_at_idx").on(t.documentId, t.createdAt),
  ],
);

export const verdicts = sqliteTable(
  "verdicts",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: text("rating").notNull(),
    confidence: text("confidence", { enum: confidences }),
    rationale: text("rationale"),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex("verdicts_claim_user_unique").on(t.claimId, t.userId),
    index("verdicts_user_id_idx").on(t.userId),
  ],
);

/** Every version a verdict has had, oldest first; the current one is in `verdicts`. */
export const verdictHistory = sqliteTable(
  "verdict_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    verdictId: text("verdict_id")
      .notNull()
      .references(() => verdicts.id, { onDelete: "cascade" }),
    claimId: text("claim_id").notNull(),
    userId: text("user_id").notNull(),
    rating: text("rating").notNull(),
    confidence: text("confidence", { enum: confidences }),
    rationale: text("rationale"),
    version: integer("version").notNull(),
    createdAt: text("created_at").notNull().default(nowSql),
  },
  (t) => [index("verdict_history_verdict_id_idx").on(t.verdictId)],
);

export const resolutions = sqliteTable("resolutions", {
  claimId: text("claim_id")
    .primaryKey()
    .references(() => claims.id, { onDelete: "cascade" }),
  userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
  rating: text("rating").notNull(),
  rationale: text("rationale").notNull(),
  ...timestamps,
  ...version,
});

export const sources = sqliteTable(
  "sources",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title"),
    publisher: text("publisher"),
    author: text("author"),
    publishedAt: text("published_at"),
    accessedAt: text("accessed_at"),
    kind: text("kind", { enum: sourceKinds }).notNull(),
    credibility: text("credibility", { enum: credibilities }).notNull().default("undetermined"),
    archivedUrl: text("archived_url"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex("sources_project_url_unique").on(t.projectId, t.url)],
);

export const claimSources = sqliteTable(
  "claim_sources",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    stance: text("stance", { enum: stances }).notNull(),
    excerpt: text("excerpt"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex("claim_sources_claim_source_unique").on(t.claimId, t.sourceId),
    index("claim_sources_source_id_idx").on(t.sourceId),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    parentId: text("parent_id"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** `<format>:<id>` of the imported annotation (or reply) this comment holds the text of; null otherwise. */
    importedFrom: text("imported_from"),
    deletedAt: text("deleted_at"),
    ...timestamps,
    ...version,
  },
  (t) => [
    index("comments_claim_id_idx").on(t.claimId, t.createdAt),
    uniqueIndex("comments_claim_id_imported_from_unique").on(t.claimId, t.importedFrom),
  ],
);

/**
 * Check-worthiness suggestions someone dismissed, per document and for everyone in it. A
 * dismissal is matched by the sentence's exact text, not its position, so it outlives a
 * revision that moves the sentence (and covers every occurrence of the same sentence).
 */
export const dismissedSuggestions = sqliteTable(
  "dismissed_suggestions",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** Where the sentence was when dismissed: the revision, and code point offsets into its text. */
    revision: integer("revision").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    exact: text("exact").notNull(),
    dismissedBy: text("dismissed_by").references(() => users.id, { onDelete: "set null" }),
    dismissedAt: text("dismissed_at").notNull().default(nowSql),
  },
  (t) => [uniqueIndex("dismissed_suggestions_document_id_exact_unique").on(t.documentId, t.exact)],
);

export const notificationKinds = ["mention", "assignment", "resolution", "reply"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * What someone should know of: a mention of them in a comment, a claim assigned to them, the
 * resolution of a claim they rated, a reply to their comment. Read when `readAt` is set.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    documentId: text("document_id").references(() => documents.id, { onDelete: "cascade" }),
    claimId: text("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    commentId: text("comment_id").references(() => comments.id, { onDelete: "set null" }),
    /** Who caused it. */
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull().default(nowSql),
    readAt: text("read_at"),
  },
  (t) => [
    index("notifications_user_id_idx").on(t.userId, t.createdAt),
    index("notifications_claim_id_idx").on(t.claimId),
  ],
);

/** The audit log: append-only, written in the same transaction as the change it records. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id"),
    projectId: text("project_id"),
    documentId: text("document_id"),
    /** The claim the change belongs to (the claim itself, or its verdict, source or comment). */
    claimId: text("claim_id"),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown>>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: text("created_at").notNull().default(nowSql),
  },
  (t) => [
    index("events_entity_idx").on(t.entityType, t.entityId, t.id),
    index("events_document_id_idx").on(t.documentId, t.id),
    index("events_claim_id_idx").on(t.claimId, t.id),
    index("events_project_id_idx").on(t.projectId, t.id),
  ],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type ProjectMember = typeof projectMembers.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type DocumentRevision = typeof documentRevisions.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type Verdict = typeof verdicts.$inferSelect;
export type Resolution = typeof resolutions.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type ClaimSource = typeof claimSources.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Event = typeof events.$inferSelect;
export type DismissedSuggestion = typeof dismissedSuggestions.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
