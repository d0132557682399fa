CREATE TABLE `ledger_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`asset_code` text NOT NULL,
	`type` text NOT NULL,
	`normal_side` text NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`debits_must_not_exceed_credits` integer NOT NULL,
	`credits_must_not_exceed_debits` integer NOT NULL,
	`balance_upper_bound_minor` integer,
	`closed` integer DEFAULT false NOT NULL,
	`debits_pending_minor` integer DEFAULT 0 NOT NULL,
	`debits_posted_minor` integer DEFAULT 0 NOT NULL,
	`credits_pending_minor` integer DEFAULT 0 NOT NULL,
	`credits_posted_minor` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`asset_code`) REFERENCES `ledger_assets`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_accounts_balances_not_negative" CHECK("ledger_accounts"."debits_pending_minor" >= 0 AND "ledger_accounts"."debits_posted_minor" >= 0 AND "ledger_accounts"."credits_pending_minor" >= 0 AND "ledger_accounts"."credits_posted_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_accounts_code_unique` ON `ledger_accounts` (`code`);--> statement-breakpoint
CREATE INDEX `ledger_accounts_owner` ON `ledger_accounts` (`owner_kind`,`owner_id`);--> statement-breakpoint
CREATE TABLE `ledger_assets` (
	`code` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`currency` text NOT NULL,
	`scale` integer NOT NULL,
	`name` text NOT NULL,
	`operator_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "ledger_assets_scale" CHECK("ledger_assets"."scale" BETWEEN 0 AND 9)
);
--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`description` text,
	`effective_at` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`pending_expires_at` integer,
	`resolves_entry_id` text,
	`reverses_entry_id` text,
	`transfer_seq_first` integer NOT NULL,
	`transfer_count` integer NOT NULL,
	`request_hash` text NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "ledger_entries_transfer_count" CHECK("ledger_entries"."transfer_count" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_id_unique` ON `ledger_entries` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_resolves_entry` ON `ledger_entries` (`resolves_entry_id`) WHERE "ledger_entries"."resolves_entry_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_reverses_entry` ON `ledger_entries` (`reverses_entry_id`) WHERE "ledger_entries"."reverses_entry_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ledger_entries_pending_expiry` ON `ledger_entries` (`pending_expires_at`) WHERE "ledger_entries"."pending_expires_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `ledger_pending_open` (
	`entry_seq` integer PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ledger_pending_open_expiry` ON `ledger_pending_open` (`expires_at`);--> statement-breakpoint
CREATE TABLE `ledger_transfers` (
	`seq` integer PRIMARY KEY NOT NULL,
	`entry_seq` integer NOT NULL,
	`kind` text NOT NULL,
	`debit_account_id` text NOT NULL,
	`credit_account_id` text NOT NULL,
	`asset_code` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`code` text NOT NULL,
	`reference_kind` text,
	`reference_id` text,
	`operator_reference` text,
	`recorded_at` integer NOT NULL,
	`effective_at` integer NOT NULL,
	`debit_account_debits_posted_after` integer NOT NULL,
	`debit_account_credits_posted_after` integer NOT NULL,
	`credit_account_debits_posted_after` integer NOT NULL,
	`credit_account_credits_posted_after` integer NOT NULL,
	FOREIGN KEY (`debit_account_id`) REFERENCES `ledger_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credit_account_id`) REFERENCES `ledger_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_transfers_amount_positive" CHECK("ledger_transfers"."amount_minor" > 0),
	CONSTRAINT "ledger_transfers_distinct_accounts" CHECK("ledger_transfers"."debit_account_id" <> "ledger_transfers"."credit_account_id")
);
--> statement-breakpoint
CREATE INDEX `ledger_transfers_debit_account` ON `ledger_transfers` (`debit_account_id`,`seq`);--> statement-breakpoint
CREATE INDEX `ledger_transfers_credit_account` ON `ledger_transfers` (`credit_account_id`,`seq`);