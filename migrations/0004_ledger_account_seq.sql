-- Transfers refer to their accounts by an integer key instead of the text id: smaller transfer rows
-- and account indexes, and rowid lookups for the foreign keys. The old tables are renamed aside
-- (which repoints the old transfers' foreign keys at the renamed accounts), copied into the new
-- layout with every account keeping its rowid as `seq`, then dropped. Foreign keys stay on
-- throughout: every copied transfer must name an existing account.
DROP TRIGGER `ledger_transfers_refuse_update`;--> statement-breakpoint
DROP TRIGGER `ledger_transfers_refuse_delete`;--> statement-breakpoint
DROP TRIGGER `ledger_accounts_refuse_identity_update`;--> statement-breakpoint
DROP TRIGGER `ledger_accounts_refuse_delete`;--> statement-breakpoint
DROP INDEX `ledger_transfers_debit_account`;--> statement-breakpoint
DROP INDEX `ledger_transfers_credit_account`;--> statement-breakpoint
DROP INDEX `ledger_accounts_code_unique`;--> statement-breakpoint
DROP INDEX `ledger_accounts_owner`;--> statement-breakpoint
ALTER TABLE `ledger_transfers` RENAME TO `__old_ledger_transfers`;--> statement-breakpoint
ALTER TABLE `ledger_accounts` RENAME TO `__old_ledger_accounts`;--> statement-breakpoint
CREATE TABLE `ledger_accounts` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
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
INSERT INTO `ledger_accounts` (`seq`, `id`, `code`, `name`, `asset_code`, `type`, `normal_side`, `owner_kind`,
  `owner_id`, `debits_must_not_exceed_credits`, `credits_must_not_exceed_debits`, `balance_upper_bound_minor`,
  `closed`, `debits_pending_minor`, `debits_posted_minor`, `credits_pending_minor`, `credits_posted_minor`,
  `created_at`)
SELECT rowid, `id`, `code`, `name`, `asset_code`, `type`, `normal_side`, `owner_kind`, `owner_id`,
  `debits_must_not_exceed_credits`, `credits_must_not_exceed_debits`, `balance_upper_bound_minor`, `closed`,
  `debits_pending_minor`, `debits_posted_minor`, `credits_pending_minor`, `credits_posted_minor`, `created_at`
FROM `__old_ledger_accounts` ORDER BY rowid;--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_accounts_id_unique` ON `ledger_accounts` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_accounts_code_unique` ON `ledger_accounts` (`code`);--> statement-breakpoint
CREATE INDEX `ledger_accounts_owner` ON `ledger_accounts` (`owner_kind`,`owner_id`);--> statement-breakpoint
CREATE TABLE `ledger_transfers` (
	`seq` integer PRIMARY KEY NOT NULL,
	`entry_seq` integer NOT NULL,
	`kind` text NOT NULL,
	`debit_account_seq` integer NOT NULL,
	`credit_account_seq` integer NOT NULL,
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
	FOREIGN KEY (`debit_account_seq`) REFERENCES `ledger_accounts`(`seq`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credit_account_seq`) REFERENCES `ledger_accounts`(`seq`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_transfers_amount_positive" CHECK("ledger_transfers"."amount_minor" > 0),
	CONSTRAINT "ledger_transfers_distinct_accounts" CHECK("ledger_transfers"."debit_account_seq" <> "ledger_transfers"."credit_account_seq")
);
--> statement-breakpoint
INSERT INTO `ledger_transfers` (`seq`, `entry_seq`, `kind`, `debit_account_seq`, `credit_account_seq`, `asset_code`,
  `amount_minor`, `code`, `reference_kind`, `reference_id`, `operator_reference`, `recorded_at`, `effective_at`,
  `debit_account_debits_posted_after`, `debit_account_credits_posted_after`, `credit_account_debits_posted_after`,
  `credit_account_credits_posted_after`)
SELECT t.`seq`, t.`entry_seq`, t.`kind`, d.`seq`, c.`seq`, t.`asset_code`, t.`amount_minor`, t.`code`,
  t.`reference_kind`, t.`reference_id`, t.`operator_reference`, t.`recorded_at`, t.`effective_at`,
  t.`debit_account_debits_posted_after`, t.`debit_account_credits_posted_after`,
  t.`credit_account_debits_posted_after`, t.`credit_account_credits_posted_after`
FROM `__old_ledger_transfers` t
JOIN `ledger_accounts` d ON d.`id` = t.`debit_account_id`
JOIN `ledger_accounts` c ON c.`id` = t.`credit_account_id`
ORDER BY t.`seq`;--> statement-breakpoint
CREATE INDEX `ledger_transfers_debit_account` ON `ledger_transfers` (`debit_account_seq`,`seq`);--> statement-breakpoint
CREATE INDEX `ledger_transfers_credit_account` ON `ledger_transfers` (`credit_account_seq`,`seq`);--> statement-breakpoint
-- Every transfer found both its accounts: a dropped row would break the hash chain, so refuse instead.
CREATE TEMP TABLE `__ledger_migration_check` (`ok` integer NOT NULL CHECK (`ok` = 1));--> statement-breakpoint
INSERT INTO `__ledger_migration_check`
SELECT (SELECT count(*) FROM `ledger_transfers`) = (SELECT count(*) FROM `__old_ledger_transfers`);--> statement-breakpoint
DROP TABLE `__ledger_migration_check`;--> statement-breakpoint
DROP TABLE `__old_ledger_transfers`;--> statement-breakpoint
DROP TABLE `__old_ledger_accounts`;--> statement-breakpoint
-- The immutability triggers of 0002, on the new tables.
CREATE TRIGGER `ledger_transfers_refuse_update` BEFORE UPDATE ON `ledger_transfers`
BEGIN SELECT RAISE(ABORT, 'ledger transfers are immutable: correct them with a reversing entry'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_transfers_refuse_delete` BEFORE DELETE ON `ledger_transfers`
BEGIN SELECT RAISE(ABORT, 'ledger transfers are immutable: correct them with a reversing entry'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_accounts_refuse_identity_update`
BEFORE UPDATE OF `seq`, `id`, `code`, `asset_code`, `type`, `normal_side`, `owner_kind`, `owner_id` ON `ledger_accounts`
BEGIN SELECT RAISE(ABORT, 'a ledger account keeps its identity, asset and owner'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_accounts_refuse_delete` BEFORE DELETE ON `ledger_accounts`
BEGIN SELECT RAISE(ABORT, 'ledger accounts are never deleted: close them'); END;
