import type { FieldErrors } from "../errors";
import { threadOrder } from "../export/project-json";
import { canonicalText } from "../text/canonical-text";
import type { DocNode } from "../text/doc-node";
import { OffsetIndex } from "../text/offsets";
import { projectJsonSchema, type ProjectJsonImport } from "../validation/project-json";
import { Problems } from "./problems";
import { docFromTiptapJson, InvalidContentError } from "./tiptap-json-to-doc";

/** A document of a checked export, its content as the editor's schema normalises it. */
export type CheckedDocument = ProjectJsonImport["documents"][number] & { content: DocNode };
export type CheckedProjectJson = Omit<ProjectJsonImport, "documents"> & { documents: CheckedDocument[] };

export type ReadProjectJsonResult = { ok: true; data: CheckedProjectJson } | { ok: false; problems: FieldErrors };

function checkUnique<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: (i: number) => string,
  what: string,
  problems: Problems,
  seen = new Map<string, string>(),
): void {
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) problems.add(path(i), `repeats the ${what} of ${first}`);
    else seen.set(k, path(i));
  });
}

/**
 * Reads a `claimdesk/1` export for a restore: its shape (lib/validation/project-json.ts), then
 * that it holds together: ids unique, every id it refers to present (people, sources, parent
 * comments of the same claim, without cycles), one verdict per person per claim,
 * each document's text the canonical text of its content, and each anchored claim's quote at
 * its code point offsets in that text. Problems are keyed by the dotted path of what is wrong.
 */
export function readProjectJson(value: unknown): ReadProjectJsonResult {
  const parsed = projectJsonSchema.safeParse(value);
  const problems = new Problems();
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.add(issue.path.length > 0 ? issue.path.join(".") : "_", issue.message);
    return { ok: false, problems: problems.fields };
  }
  const data = parsed.data;
  const people = new Set(data.people.map((p) => p.id));
  const sources = new Set(data.sources.map((s) => s.id));
  const person = (path: string, userId: string | null) => {
    if (userId !== null && !people.has(userId)) problems.add(path, "names nobody of people");
  };

  checkUnique(
    data.people,
    (p) => p.id,
    (i) => `people.${i}.id`,
    "id",
    problems,
  );
  checkUnique(
    data.people,
    (p) => p.email,
    (i) => `people.${i}.email`,
    "email",
    problems,
  );
  checkUnique(
    data.sources,
    (s) => s.id,
    (i) => `sources.${i}.id`,
    "id",
    problems,
  );
  checkUnique(
    data.sources,
    (s) => s.url,
    (i) => `sources.${i}.url`,
    "url",
    problems,
  );
  checkUnique(
    data.documents,
    (d) => d.id,
    (i) => `documents.${i}.id`,
    "id",
    problems,
  );
  data.sources.forEach((s, i) => person(`sources.${i}.createdBy`, s.createdBy));

  const claimIds = new Map<string, string>();
  const verdictIds = new Map<string, string>();
  const citationIds = new Map<string, string>();
  const commentIds = new Map<string, string>();
  const documents: CheckedDocument[] = [];

  data.documents.forEach((doc, d) => {
    const at = `documents.${d}`;
    person(`${at}.createdBy`, doc.createdBy);
    let content: DocNode;
    try {
      content = docFromTiptapJson(doc.revision.content);
    } catch (error) {
      if (!(error instanceof InvalidContentError)) throw error;
      problems.add(`${at}.revision.content`, error.message);
      return;
    }
    if (canonicalText(content) !== doc.revision.text) {
      problems.add(`${at}.revision.text`, "is not the canonical text of the revision's content");
      return;
    }
    const text = doc.revision.text;
    const index = new OffsetIndex(text);
    checkUnique(
      doc.claims,
      (c) => c.id,
      (i) => `${at}.claims.${i}.id`,
      "id",
      problems,
      claimIds,
    );
    doc.claims.forEach((claim, c) => {
      const cat = `${at}.claims.${c}`;
      person(`${cat}.createdBy`, claim.createdBy);
      person(`${cat}.assigneeId`, claim.assigneeId);
      const { start, end, exact } = claim.selector;
      if (claim.anchorStatus === "orphaned") {
        if (start !== null || end !== null) problems.add(`${cat}.selector`, "an orphaned claim has no start or end");
      } else if (start === null || end === null) {
        problems.add(`${cat}.selector`, `a claim anchored ${claim.anchorStatus} needs its start and end`);
      } else if (end <= start || end > index.codePointLength) {
        problems.add(`${cat}.selector`, "start and end are not a span of the document's text");
      } else if (text.slice(index.toUtf16(start), index.toUtf16(end)) !== exact) {
        problems.add(`${cat}.selector.exact`, "is not the text at start and end");
      }
      checkUnique(
        claim.verdicts,
        (v) => v.id,
        (i) => `${cat}.verdicts.${i}.id`,
        "id",
        problems,
        verdictIds,
      );
      checkUnique(
        claim.verdicts,
        (v) => v.userId,
        (i) => `${cat}.verdicts.${i}.userId`,
        "author (one verdict per person)",
        problems,
      );
      claim.verdicts.forEach((v, i) => person(`${cat}.verdicts.${i}.userId`, v.userId));
      if (claim.resolution) person(`${cat}.resolution.userId`, claim.resolution.userId);
      checkUnique(
        claim.citations,
        (x) => x.id,
        (i) => `${cat}.citations.${i}.id`,
        "id",
        problems,
        citationIds,
      );
      checkUnique(
        claim.citations,
        (x) => x.sourceId,
        (i) => `${cat}.citations.${i}.sourceId`,
        "source (one citation per source)",
        problems,
      );
      claim.citations.forEach((x, i) => {
        if (!sources.has(x.sourceId)) problems.add(`${cat}.citations.${i}.sourceId`, "names no source of sources");
        person(`${cat}.citations.${i}.createdBy`, x.createdBy);
      });
      checkUnique(
        claim.comments,
        (x) => x.id,
        (i) => `${cat}.comments.${i}.id`,
        "id",
        problems,
        commentIds,
      );
      const inDiscussion = new Set(claim.comments.map((x) => x.id));
      const { orphans } = threadOrder(claim.comments);
      claim.comments.forEach((x, i) => {
        if (x.parentId !== null && !inDiscussion.has(x.parentId))
          problems.add(`${cat}.comments.${i}.parentId`, "names no comment of this claim's discussion");
        else if (orphans.includes(x)) problems.add(`${cat}.comments.${i}.parentId`, "is part of a cycle of replies");
        person(`${cat}.comments.${i}.userId`, x.userId);
      });
    });
    documents.push({ ...doc, content });
  });

  if (problems.count > 0) return { ok: false, problems: problems.fields };
  return { ok: true, data: { ...data, documents } };
}
