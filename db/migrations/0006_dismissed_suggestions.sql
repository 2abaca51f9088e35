CREATE TABLE `dismissed_suggestions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`revision` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`exact` text NOT NULL,
	`dismissed_by` text,
	`dismissed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dismissed_suggestions_document_id_exact_unique` ON `dismissed_suggestions` (`document_id`,`exact`);