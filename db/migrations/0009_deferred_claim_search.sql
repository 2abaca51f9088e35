DROP INDEX `claims_assignee_id_idx`;--> statement-breakpoint
-- A new claim is no longer put in the full-text index in the transaction that makes it: the
-- index costs about as much to write as the claim itself, one claim at a time. Its id is queued
-- here instead, and the queue is indexed in batches (db/queries/claim-search.ts,
-- indexPendingClaims): soon after, in the background, and always before a search reads the index.
CREATE TABLE `claim_search_pending` (
	`claim_id` text PRIMARY KEY NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
DROP TRIGGER `claim_search_claims_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `claim_search_claims_after_insert` AFTER INSERT ON `claims` BEGIN
	INSERT OR IGNORE INTO claim_search_pending (claim_id) VALUES (new.id);
END;
