CREATE TABLE `commission_plans` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rules_json` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `retailers` (
	`seq` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`ancestry` text NOT NULL,
	`contact_name` text,
	`phone` text,
	`email` text,
	`region` text,
	`wallet_msisdn` text,
	`operator_party_id` text NOT NULL,
	`status` text NOT NULL,
	`status_reason` text,
	`status_changed_at` integer,
	`status_changed_by` text,
	`terms` text NOT NULL,
	`credit_limit_minor` integer DEFAULT 0 NOT NULL,
	`daily_allocation_limit_minor` integer,
	`commission_plan_code` text,
	`receivable_account_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`commission_plan_code`) REFERENCES `commission_plans`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "retailers_credit_limit_not_negative" CHECK("retailers"."credit_limit_minor" >= 0),
	CONSTRAINT "retailers_closed_has_reason" CHECK("retailers"."status" <> 'closed' OR ("retailers"."status_reason" IS NOT NULL AND length("retailers"."status_reason") > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `retailers_code_unique` ON `retailers` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `retailers_operator_party_unique` ON `retailers` (`operator_party_id`);--> statement-breakpoint
CREATE INDEX `retailers_name` ON `retailers` (`name_key`);--> statement-breakpoint
CREATE INDEX `retailers_region` ON `retailers` (`region`,`name_key`);--> statement-breakpoint
CREATE INDEX `retailers_ancestry` ON `retailers` (`ancestry`);--> statement-breakpoint
CREATE INDEX `retailers_status` ON `retailers` (`status`,`name_key`);--> statement-breakpoint
CREATE INDEX `retailers_wallet_msisdn` ON `retailers` (`wallet_msisdn`);