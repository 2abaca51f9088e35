import type Database from "better-sqlite3";

export interface GeneratedDesk {
  documents: number;
  claims: number;
  /** Seconds the generation took. */
  seconds: number;
}

/**
 * Fills a project of a throwaway database with `documents` documents and `claims` claims,
 * straight in SQL (recursive CTEs): a day's work through the services would take hours at this
 * size. Claims get wording of 8 words of `vocabulary`, a status, an anchor status and a date in
 * the past year; two thirds have a verdict (a third a second reviewer's), a fifth a
 * resolution, half a source (a sixth two), a tenth a comment. The full-text index is built once
 * at the end, as migration 0001 does, with its triggers set aside meanwhile.
 */
export function generateDesk(
  sqlite: Database.Database,
  options: {
    projectId: string;
    editorId: string;
    reviewerIds: [string, string];
    documents: number;
    claims: number;
    vocabulary: string[];
  },
): GeneratedDesk {
  const started = performance.now();
  const { projectId, editorId, reviewerIds, documents, claims } = options;
  const words = [...new Set(options.vocabulary.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "")))].filter(
    (w) => w.length > 2,
  );
  const triggers = sqlite
    .prepare("select name, sql from sqlite_master where type = 'trigger' and name like 'claim_search_%'")
    .all() as { name: string; sql: string }[];

  sqlite.transaction(() => {
    for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
    sqlite.exec("create temp table bench_words (i integer primary key, w text not null)");
    const insertWord = sqlite.prepare("insert into bench_words (i, w) values (?, ?)");
    words.forEach((w, i) => insertWord.run(i, w));
    const nw = words.length;
    const word = (k: number) =>
      `(select w from bench_words where i = (n.i * ${7919 + k * 104729} + ${k * 31}) % ${nw})`;
    const wording = Array.from({ length: 8 }, (_, k) => word(k)).join(" || ' ' || ");

    sqlite
      .prepare(
        `with recursive n(i) as (select 0 union all select i + 1 from n where i < ? - 1)
         insert into documents (id, project_id, title, revision, created_by, created_at, updated_at)
         select printf('doc-%06d', i), ?, 'Document ' || i, 1, ?,
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (i % 365) || ' days'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         from n`,
      )
      .run(documents, projectId, editorId);
    sqlite
      .prepare(
        `insert into document_revisions (id, document_id, number, content, text, created_by)
         select 'rev-' || id, id, 1, '{"type":"doc","content":[{"type":"paragraph"}]}', '', ? from documents
         where project_id = ?`,
      )
      .run(editorId, projectId);
    sqlite
      .prepare(
        `with recursive n(i) as (select 0 union all select i + 1 from n where i < ? - 1),
         w(i, q) as (select i, ${wording} from n)
         insert into claims (id, document_id, revision, exact, prefix, suffix, start, "end", anchor_status, anchor_score,
                             claim_text, claimant, status, created_by, created_at, updated_at)
         select printf('c-%07d', w.i), printf('doc-%06d', w.i % ?), 1, q, '', '',
                case when w.i % 97 = 3 then null else 0 end, case when w.i % 97 = 3 then null else length(q) end,
                case when w.i % 97 = 3 then 'orphaned' when w.i % 41 = 5 then 'fuzzy' when w.i % 13 = 2 then 'moved' else 'exact' end,
                case when w.i % 97 = 3 then null when w.i % 41 = 5 then 0.85 else 1 end,
                q, case when w.i % 4 = 0 then 'Minister ' || (w.i % 50) end,
                case w.i % 3 when 0 then 'open' when 1 then 'in-review' else 'resolved' end, ?,
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || ((w.i * 7) % 365) || ' days'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         from w`,
      )
      .run(claims, documents, editorId);
    const ratings =
      "case (c.i % 7) when 0 then 'true' when 1 then 'mostly-true' when 2 then 'mixed' when 3 then 'mostly-false' when 4 then 'false' when 5 then 'misleading' else 'unproven' end";
    const numbered = `(select cast(substr(id, 3) as integer) as i, id from claims where id like 'c-%')`;
    sqlite
      .prepare(
        `insert into verdicts (id, claim_id, user_id, rating, confidence, rationale)
         select 'v1-' || c.id, c.id, ?, ${ratings}, 'medium', 'Checked against the record, ' || (c.i % 1000)
         from ${numbered} c where c.i % 3 <> 0`,
      )
      .run(reviewerIds[0]);
    sqlite
      .prepare(
        `insert into verdicts (id, claim_id, user_id, rating, confidence, rationale)
         select 'v2-' || c.id, c.id, ?, case when c.i % 5 = 0 then 'false' else ${ratings} end, 'high', 'Second look ' || (c.i % 1000)
         from ${numbered} c where c.i % 3 = 1`,
      )
      .run(reviewerIds[1]);
    sqlite
      .prepare(
        `insert into resolutions (claim_id, user_id, rating, rationale)
         select c.id, ?, ${ratings}, 'Resolved on the evidence ' || (c.i % 1000) from ${numbered} c where c.i % 5 = 0`,
      )
      .run(editorId);
    sqlite
      .prepare(
        `with recursive n(i) as (select 0 union all select i + 1 from n where i < 1999)
         insert into sources (id, project_id, url, title, publisher, kind, credibility, created_by)
         select 's-' || i, ?, 'https://example.org/source/' || i, 'Source ' || i, 'Publisher ' || (i % 40),
                case i % 7 when 0 then 'primary-document' when 1 then 'official-statement' when 2 then 'news-report'
                           when 3 then 'expert' when 4 then 'dataset' when 5 then 'social-media' else 'anonymous' end,
                case i % 4 when 0 then 'credible' when 1 then 'mixed' when 2 then 'not-credible' else 'undetermined' end, ?
         from n`,
      )
      .run(projectId, editorId);
    sqlite
      .prepare(
        `insert into claim_sources (id, claim_id, source_id, stance, created_by)
         select 'cs1-' || c.id, c.id, 's-' || (c.i % 2000), case c.i % 3 when 0 then 'supports' when 1 then 'refutes' else 'context' end, ?
         from ${numbered} c where c.i % 2 = 0`,
      )
      .run(editorId);
    sqlite
      .prepare(
        `insert into claim_sources (id, claim_id, source_id, stance, created_by)
         select 'cs2-' || c.id, c.id, 's-' || ((c.i + 1000) % 2000), 'supports', ?
         from ${numbered} c where c.i % 6 = 0`,
      )
      .run(editorId);
    sqlite
      .prepare(
        `insert into comments (id, claim_id, user_id, body)
         select 'm-' || c.id, c.id, ?, 'Worth a second source, see item ' || (c.i % 500) from ${numbered} c where c.i % 10 = 0`,
      )
      .run(reviewerIds[0]);

    // The full-text index, as migration 0001 builds it, then its triggers back.
    sqlite.exec(`insert into claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
      select * from claim_search_claim_rows
      union all select * from claim_search_verdict_rows
      union all select * from claim_search_resolution_rows`);
    sqlite.exec("insert into claim_search (claim_search) values ('rebuild')");
    sqlite.exec("drop table bench_words");
    for (const t of triggers) sqlite.exec(t.sql);
  })();
  return { documents, claims, seconds: (performance.now() - started) / 1000 };
}
