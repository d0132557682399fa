-- No backfill here: the catch-up (src/core/reports/customerLines.ts) counts the register from rowid 0
-- at the first sync or report after this migration, in bounded batches, with the code that keeps them.
CREATE TABLE `customer_lines` (
	`operator_id` text NOT NULL,
	`msisdn` text NOT NULL,
	`first_at` integer,
	`first_party_id` text NOT NULL,
	`first_sale_id` text,
	`last_at` integer,
	`topups_count` integer NOT NULL,
	`topups_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	PRIMARY KEY(`operator_id`, `msisdn`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `customer_lines_last_topup` ON `customer_lines` (`last_at`,`first_party_id`,`first_at`);--> statement-breakpoint
CREATE TABLE `customer_lines_progress` (
	`id` integer PRIMARY KEY NOT NULL,
	`register_rowid` integer NOT NULL,
	`register_operator_id` text,
	`register_id` text,
	`active_as_of` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `report_customer_cohorts` (
	`day` text NOT NULL,
	`operator_id` text NOT NULL,
	`party_id` text NOT NULL,
	`lines` integer NOT NULL,
	`topups_count` integer NOT NULL,
	`topups_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	`active_30` integer NOT NULL,
	`active_90` integer NOT NULL,
	PRIMARY KEY(`day`, `operator_id`, `party_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `report_customer_cohorts_party` ON `report_customer_cohorts` (`party_id`,`day`);--> statement-breakpoint
CREATE TABLE `report_customer_days` (
	`day` text NOT NULL,
	`operator_id` text NOT NULL,
	`acquired_by` text NOT NULL,
	`lines` integer NOT NULL,
	`topups_count` integer NOT NULL,
	`topups_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	`active_30` integer NOT NULL,
	`active_90` integer NOT NULL,
	PRIMARY KEY(`day`, `operator_id`, `acquired_by`)
) WITHOUT ROWID;
