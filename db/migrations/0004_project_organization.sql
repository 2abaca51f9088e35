ALTER TABLE `projects` ADD `organization_name` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `organization_url` text;