-- The claims explorer's full-text index (custom migration: drizzle-kit does not model FTS5).
--
-- Blind review decides who may read a verdict's rationale, so the index holds one row per
-- (claim, owner) in `claim_search_rows`, never one row per claim:
--   kind 'claim'       (user_id '')          wording, quote, claimant, comments, source titles
--   kind 'verdict'     (user_id = reviewer)  that reviewer's current rationale
--   kind 'resolution'  (user_id '')          the editor's rationale
-- A search matches rows, and the query keeps only the rows its reader may see (the claim row
-- always, their own verdict row always, the others only where `verdicts:see-others` holds), so
-- a hidden rationale can neither match nor appear in a snippet.
--
-- `claim_search` is an external-content FTS5 table over those rows. The rows are kept in step by
-- the triggers below, inside the transaction of whatever statement changes a claim, verdict,
-- resolution, comment, citation or source title: every write path, present or future, is
-- covered by construction. What each row holds is written once, in the three views.
CREATE TABLE `claim_search_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`kind` text NOT NULL,
	`user_id` text DEFAULT '' NOT NULL,
	`wording` text,
	`quote` text,
	`claimant` text,
	`comments` text,
	`sources` text,
	`rationale` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_search_rows_owner_unique` ON `claim_search_rows` (`claim_id`,`kind`,`user_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `claim_search` USING fts5(
	wording, quote, claimant, comments, sources, rationale,
	content='claim_search_rows', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIEW `claim_search_claim_rows` AS
	SELECT c.id AS claim_id, 'claim' AS kind, '' AS user_id,
		c.claim_text AS wording, c.exact AS quote, c.claimant AS claimant,
		(SELECT group_concat(m.body, char(10)) FROM comments m WHERE m.claim_id = c.id AND m.deleted_at IS NULL) AS comments,
		(SELECT group_concat(s.title, char(10)) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = c.id AND s.title IS NOT NULL) AS sources,
		NULL AS rationale
	FROM claims c
	WHERE c.deleted_at IS NULL;
--> statement-breakpoint
CREATE VIEW `claim_search_verdict_rows` AS
	SELECT v.claim_id AS claim_id, 'verdict' AS kind, v.user_id AS user_id,
		NULL AS wording, NULL AS quote, NULL AS claimant, NULL AS comments, NULL AS sources, v.rationale AS rationale
	FROM verdicts v JOIN claims c ON c.id = v.claim_id
	WHERE c.deleted_at IS NULL AND v.rationale IS NOT NULL AND v.rationale <> '';
--> statement-breakpoint
CREATE VIEW `claim_search_resolution_rows` AS
	SELECT r.claim_id AS claim_id, 'resolution' AS kind, '' AS user_id,
		NULL AS wording, NULL AS quote, NULL AS claimant, NULL AS comments, NULL AS sources, r.rationale AS rationale
	FROM resolutions r JOIN claims c ON c.id = r.claim_id
	WHERE c.deleted_at IS NULL AND r.rationale <> '';
--> statement-breakpoint
-- Rebuild from the data already there.
INSERT INTO `claim_search_rows` (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows
	UNION ALL SELECT * FROM claim_search_verdict_rows
	UNION ALL SELECT * FROM claim_search_resolution_rows;
--> statement-breakpoint
INSERT INTO `claim_search` (claim_search) VALUES ('rebuild');
--> statement-breakpoint
-- The index follows its rows (the external-content pattern of the FTS5 documentation).
CREATE TRIGGER `claim_search_rows_after_insert` AFTER INSERT ON `claim_search_rows` BEGIN
	INSERT INTO claim_search (rowid, wording, quote, claimant, comments, sources, rationale)
	VALUES (new.id, new.wording, new.quote, new.claimant, new.comments, new.sources, new.rationale);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_rows_after_delete` AFTER DELETE ON `claim_search_rows` BEGIN
	INSERT INTO claim_search (claim_search, rowid, wording, quote, claimant, comments, sources, rationale)
	VALUES ('delete', old.id, old.wording, old.quote, old.claimant, old.comments, old.sources, old.rationale);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_rows_after_update` AFTER UPDATE ON `claim_search_rows` BEGIN
	INSERT INTO claim_search (claim_search, rowid, wording, quote, claimant, comments, sources, rationale)
	VALUES ('delete', old.id, old.wording, old.quote, old.claimant, old.comments, old.sources, old.rationale);
	INSERT INTO claim_search (rowid, wording, quote, claimant, comments, sources, rationale)
	VALUES (new.id, new.wording, new.quote, new.claimant, new.comments, new.sources, new.rationale);
END;
--> statement-breakpoint
-- Claims: a new claim, its wording, quote (re-anchoring) or claimant edited, its deletion.
-- A claim deleted for good takes its rows with it (the foreign key's cascade).
CREATE TRIGGER `claim_search_claims_after_insert` AFTER INSERT ON `claims` BEGIN
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_claims_after_update_text` AFTER UPDATE OF claim_text, exact, claimant ON `claims`
WHEN old.claim_text IS NOT new.claim_text OR old.exact IS NOT new.exact OR old.claimant IS NOT new.claimant
BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = new.id AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_claims_after_update_deleted` AFTER UPDATE OF deleted_at ON `claims`
WHEN old.deleted_at IS NOT new.deleted_at
BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = new.id;
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = new.id
	UNION ALL SELECT * FROM claim_search_verdict_rows WHERE claim_id = new.id
	UNION ALL SELECT * FROM claim_search_resolution_rows WHERE claim_id = new.id;
END;
--> statement-breakpoint
-- Verdicts: one row per reviewer's rationale.
CREATE TRIGGER `claim_search_verdicts_after_insert` AFTER INSERT ON `verdicts` BEGIN
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_verdict_rows WHERE claim_id = new.claim_id AND user_id = new.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_verdicts_after_update` AFTER UPDATE OF rationale, claim_id, user_id ON `verdicts`
WHEN old.rationale IS NOT new.rationale OR old.claim_id IS NOT new.claim_id OR old.user_id IS NOT new.user_id
BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = old.claim_id AND kind = 'verdict' AND user_id = old.user_id;
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_verdict_rows WHERE claim_id = new.claim_id AND user_id = new.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_verdicts_after_delete` AFTER DELETE ON `verdicts` BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = old.claim_id AND kind = 'verdict' AND user_id = old.user_id;
END;
--> statement-breakpoint
-- Resolutions: the editor's rationale.
CREATE TRIGGER `claim_search_resolutions_after_insert` AFTER INSERT ON `resolutions` BEGIN
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_resolution_rows WHERE claim_id = new.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_resolutions_after_update` AFTER UPDATE OF rationale, claim_id ON `resolutions`
WHEN old.rationale IS NOT new.rationale OR old.claim_id IS NOT new.claim_id
BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = old.claim_id AND kind = 'resolution';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_resolution_rows WHERE claim_id = new.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_resolutions_after_delete` AFTER DELETE ON `resolutions` BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = old.claim_id AND kind = 'resolution';
END;
--> statement-breakpoint
-- Comments and citations change the claim's own row (its comments and source titles).
CREATE TRIGGER `claim_search_comments_after_insert` AFTER INSERT ON `comments` BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = new.claim_id AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = new.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_comments_after_update` AFTER UPDATE OF body, deleted_at, claim_id ON `comments`
WHEN old.body IS NOT new.body OR old.deleted_at IS NOT new.deleted_at OR old.claim_id IS NOT new.claim_id
BEGIN
	DELETE FROM claim_search_rows WHERE claim_id IN (old.claim_id, new.claim_id) AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id IN (old.claim_id, new.claim_id);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_comments_after_delete` AFTER DELETE ON `comments` BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = old.claim_id AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = old.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_claim_sources_after_insert` AFTER INSERT ON `claim_sources` BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = new.claim_id AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = new.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_claim_sources_after_update` AFTER UPDATE OF claim_id, source_id ON `claim_sources`
WHEN old.claim_id IS NOT new.claim_id OR old.source_id IS NOT new.source_id
BEGIN
	DELETE FROM claim_search_rows WHERE claim_id IN (old.claim_id, new.claim_id) AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id IN (old.claim_id, new.claim_id);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_search_claim_sources_after_delete` AFTER DELETE ON `claim_sources` BEGIN
	DELETE FROM claim_search_rows WHERE claim_id = old.claim_id AND kind = 'claim';
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id = old.claim_id;
END;
--> statement-breakpoint
-- A source's title is shared by every claim citing it.
CREATE TRIGGER `claim_search_sources_after_update_title` AFTER UPDATE OF title ON `sources`
WHEN old.title IS NOT new.title
BEGIN
	DELETE FROM claim_search_rows WHERE kind = 'claim' AND claim_id IN (SELECT claim_id FROM claim_sources WHERE source_id = new.id);
	INSERT INTO claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
	SELECT * FROM claim_search_claim_rows WHERE claim_id IN (SELECT claim_id FROM claim_sources WHERE source_id = new.id);
END;
