CREATE TABLE `replenishment_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`retailer_code` text NOT NULL,
	`outcome` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`action_id` text,
	`message` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `replenishment_events_at` ON `replenishment_events` (`at`);