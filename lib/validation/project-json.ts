import { z } from "zod";
import { anchorStatuses } from "../anchoring/types";
import { projectRoles } from "../auth/policy";
import { claimStatuses, confidences, credibilities, sourceKinds, stances } from "../claims/types";
import { PROJECT_JSON_FORMAT } from "../export/project-json";
import { ratingScaleSchema } from "./ratings";
import { httpUrl, isoDate } from "./common";
import { MAX_DOCUMENT_SOURCE_CHARS } from "./documents";

/**
 * The shape of a `claimdesk/1` export (lib/export/project-json.ts) as a restore reads it. Keys
 * it does not know are ignored; fields later versions of /1 added have defaults. How the objects
 * refer to one another is checked after (lib/import/read-project-json.ts).
 */

const id = z.string().min(1).max(200);
const timestamp = isoDate;
const text = (max: number) => z.string().max(max).nullable();
const rating = z.string().trim().min(1).max(40);

const personSchema = z.object({
  id,
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().min(3).max(254),
  role: z.enum(projectRoles).nullable(),
});

const sourceSchema = z.object({
  id,
  url: httpUrl,
  title: text(500).default(null),
  publisher: text(300).default(null),
  author: text(300).default(null),
  publishedAt: isoDate.nullable().default(null),
  accessedAt: isoDate.nullable().default(null),
  kind: z.enum(sourceKinds),
  credibility: z.enum(credibilities).default("undetermined"),
  archivedUrl: httpUrl.nullable().default(null),
  createdBy: id.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const verdictVersionSchema = z.object({
  rating,
  confidence: z.enum(confidences).nullable().default(null),
  rationale: text(20_000).default(null),
  createdAt: timestamp,
});

const verdictSchema = z.object({
  id,
  userId: id,
  rating,
  confidence: z.enum(confidences).nullable().default(null),
  rationale: text(20_000).default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
  history: z.array(verdictVersionSchema).max(1000).default([]),
});

const resolutionSchema = z.object({
  userId: id.nullable(),
  rating,
  rationale: z.string().trim().min(1).max(20_000),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const citationSchema = z.object({
  id,
  sourceId: id,
  stance: z.enum(stances),
  excerpt: text(10_000).default(null),
  createdBy: id.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const commentSchema = z.object({
  id,
  parentId: id.nullable().default(null),
  userId: id.nullable(),
  body: z.string().trim().min(1).max(25_000),
  importedFrom: z.string().min(1).max(1000).nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const claimSchema = z.object({
  id,
  selector: z.object({
    exact: z.string().min(1).max(20_000),
    prefix: z.string().max(1000).default(""),
    suffix: z.string().max(1000).default(""),
    start: z.number().int().min(0).nullable(),
    end: z.number().int().min(0).nullable(),
  }),
  anchorStatus: z.enum(anchorStatuses),
  anchorScore: z.number().min(0).max(1).nullable().default(null),
  claimText: z.string().trim().min(1).max(5000),
  claimant: text(300).default(null),
  status: z.enum(claimStatuses),
  assigneeId: id.nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  importedFrom: z.string().min(1).max(1000).nullable().default(null),
  createdBy: id.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
  verdicts: z.array(verdictSchema).default([]),
  verdictsWithheld: z.boolean().default(false),
  resolution: resolutionSchema.nullable().default(null),
  citations: z.array(citationSchema).default([]),
  comments: z.array(commentSchema).default([]),
});

const documentSchema = z.object({
  id,
  title: z.string().trim().min(1).max(300),
  sourceUrl: httpUrl.nullable().default(null),
  publisher: text(200).default(null),
  author: text(200).default(null),
  publishedAt: isoDate.nullable().default(null),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .nullable()
    .default(null),
  createdBy: id.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
  revision: z.object({
    number: z.number().int().min(1),
    text: z.string().max(MAX_DOCUMENT_SOURCE_CHARS),
    content: z.record(z.string(), z.unknown()),
    createdAt: timestamp,
  }),
  claims: z.array(claimSchema).default([]),
});

export const projectJsonSchema = z.object({
  format: z.literal(PROJECT_JSON_FORMAT, { message: `must be "${PROJECT_JSON_FORMAT}" (a ClaimDesk JSON export)` }),
  exportedAt: timestamp,
  scope: z.enum(["project", "document"]),
  project: z.object({
    id,
    name: z.string().trim().min(1).max(200),
    organization: z
      .object({ name: z.string().trim().min(1).max(200), url: httpUrl.nullable().default(null) })
      .nullable()
      .default(null),
    ratingScale: ratingScaleSchema,
    isBlindReview: z.boolean().default(true),
    createdAt: timestamp,
  }),
  people: z.array(personSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  documents: z.array(documentSchema).max(10_000),
});
export type ProjectJsonImport = z.output<typeof projectJsonSchema>;
