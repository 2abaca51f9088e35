CREATE INDEX `claims_document_id_status_idx` ON `claims` (`document_id`,`status`);--> statement-breakpoint
CREATE INDEX `claims_document_id_anchor_status_idx` ON `claims` (`document_id`,`anchor_status`);--> statement-breakpoint
CREATE INDEX `claims_document_id_created_at_idx` ON `claims` (`document_id`,`created_at`);