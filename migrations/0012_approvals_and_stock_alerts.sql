CREATE TABLE `allocation_approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`operator_id` text NOT NULL,
	`retailer_code` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`note` text,
	`reason` text NOT NULL,
	`explanation` text NOT NULL,
	`state` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_by_name` text NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_by` text,
	`decided_by_name` text,
	`decided_at` integer,
	`decision_note` text,
	FOREIGN KEY (`retailer_code`) REFERENCES `retailers`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `allocation_approvals_state` ON `allocation_approvals` (`state`,`requested_at`);--> statement-breakpoint
CREATE TABLE `workspace_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `retailers` ADD `low_stock_threshold_minor` integer;--> statement-breakpoint
ALTER TABLE `retailers` ADD `replenishment_json` text;