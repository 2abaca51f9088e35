ALTER TABLE `claims` ADD `assigned_at` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `is_flagged` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `claims_assignee_id_assigned_at_idx` ON `claims` (`assignee_id`,`assigned_at`);