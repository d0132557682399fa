CREATE TABLE `settlement_operator_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`period_id` text NOT NULL,
	`operator_id` text NOT NULL,
	`as_of_seq` integer NOT NULL,
	`figures_json` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_by_name` text NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `settlement_periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `settlement_operator_statements_period` ON `settlement_operator_statements` (`period_id`,`operator_id`);