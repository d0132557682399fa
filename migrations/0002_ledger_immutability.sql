-- Posted entries and transfers are immutable: corrections are reversing entries.
CREATE TRIGGER `ledger_entries_refuse_update` BEFORE UPDATE ON `ledger_entries`
BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable: correct them with a reversing entry'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_refuse_delete` BEFORE DELETE ON `ledger_entries`
BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable: correct them with a reversing entry'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_transfers_refuse_update` BEFORE UPDATE ON `ledger_transfers`
BEGIN SELECT RAISE(ABORT, 'ledger transfers are immutable: correct them with a reversing entry'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_transfers_refuse_delete` BEFORE DELETE ON `ledger_transfers`
BEGIN SELECT RAISE(ABORT, 'ledger transfers are immutable: correct them with a reversing entry'); END;
--> statement-breakpoint
-- An asset's scale and currency give every amount in it its meaning: they never change.
CREATE TRIGGER `ledger_assets_refuse_update` BEFORE UPDATE ON `ledger_assets`
BEGIN SELECT RAISE(ABORT, 'ledger assets are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_assets_refuse_delete` BEFORE DELETE ON `ledger_assets`
BEGIN SELECT RAISE(ABORT, 'ledger assets are immutable'); END;
--> statement-breakpoint
-- Accounts keep their identity; only balances, name and the closed flag change.
CREATE TRIGGER `ledger_accounts_refuse_identity_update`
BEFORE UPDATE OF `id`, `code`, `asset_code`, `type`, `normal_side`, `owner_kind`, `owner_id` ON `ledger_accounts`
BEGIN SELECT RAISE(ABORT, 'a ledger account keeps its identity, asset and owner'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_accounts_refuse_delete` BEFORE DELETE ON `ledger_accounts`
BEGIN SELECT RAISE(ABORT, 'ledger accounts are never deleted: close them'); END;
