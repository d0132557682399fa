CREATE TABLE `settlement_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`cycle_json` text NOT NULL,
	`closed_at` integer NOT NULL,
	`closed_by` text NOT NULL,
	`closed_by_name` text NOT NULL,
	`closed_seq` integer NOT NULL,
	CONSTRAINT "settlement_periods_order" CHECK("settlement_periods"."ends_at" > "settlement_periods"."starts_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `settlement_periods_key` ON `settlement_periods` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `settlement_periods_start` ON `settlement_periods` (`starts_at`);--> statement-breakpoint
CREATE TABLE `settlement_statement_steps` (
	`statement_id` text NOT NULL,
	`version` integer NOT NULL,
	`step` text NOT NULL,
	`at` integer NOT NULL,
	`by` text NOT NULL,
	`by_name` text NOT NULL,
	`note` text,
	`payment_json` text
);
--> statement-breakpoint
CREATE INDEX `settlement_statement_steps_statement` ON `settlement_statement_steps` (`statement_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `settlement_statement_steps_once` ON `settlement_statement_steps` (`statement_id`,`version`,`step`);--> statement-breakpoint
CREATE TABLE `settlement_statements` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`period_id` text NOT NULL,
	`retailer_code` text NOT NULL,
	`state` text NOT NULL,
	`correction_reason` text,
	`as_of_seq` integer NOT NULL,
	`figures_json` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_by_name` text NOT NULL,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`period_id`) REFERENCES `settlement_periods`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "settlement_statements_version" CHECK("settlement_statements"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `settlement_statements_period` ON `settlement_statements` (`period_id`,`retailer_code`);--> statement-breakpoint
CREATE INDEX `operator_history_sale_reversals` ON `operator_history` (`requestor_party_id`,`confirmed_at`) WHERE "operator_history"."classification" = 'sale_reversal';