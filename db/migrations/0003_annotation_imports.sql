ALTER TABLE `claims` ADD `tags` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `imported_from` text;--> statement-breakpoint
CREATE UNIQUE INDEX `claims_document_id_imported_from_unique` ON `claims` (`document_id`,`imported_from`);--> statement-breakpoint
ALTER TABLE `comments` ADD `imported_from` text;--> statement-breakpoint
CREATE UNIQUE INDEX `comments_claim_id_imported_from_unique` ON `comments` (`claim_id`,`imported_from`);