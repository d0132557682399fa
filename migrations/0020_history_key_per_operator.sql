PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_operator_history` (
	`id` text NOT NULL,
	`operator_id` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`classification` text NOT NULL,
	`channel` text,
	`requestor_party_id` text,
	`bucket_id` text,
	`receiver_bucket_id` text,
	`msisdn` text,
	`amount_minor` integer NOT NULL,
	`client_reference` text,
	`reverses_action_id` text,
	`requested_at` integer,
	`confirmed_at` integer NOT NULL,
	`posting_state` text NOT NULL,
	`entry_id` text,
	`waiting_reason` text,
	`pulled_at` integer NOT NULL,
	PRIMARY KEY(`operator_id`, `id`)
);
--> statement-breakpoint
INSERT INTO `__new_operator_history`("id", "operator_id", "type", "status", "classification", "channel", "requestor_party_id", "bucket_id", "receiver_bucket_id", "msisdn", "amount_minor", "client_reference", "reverses_action_id", "requested_at", "confirmed_at", "posting_state", "entry_id", "waiting_reason", "pulled_at") SELECT "id", "operator_id", "type", "status", "classification", "channel", "requestor_party_id", "bucket_id", "receiver_bucket_id", "msisdn", "amount_minor", "client_reference", "reverses_action_id", "requested_at", "confirmed_at", "posting_state", "entry_id", "waiting_reason", "pulled_at" FROM `operator_history`;--> statement-breakpoint
DROP TABLE `operator_history`;--> statement-breakpoint
ALTER TABLE `__new_operator_history` RENAME TO `operator_history`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `operator_history_waiting` ON `operator_history` (`confirmed_at`) WHERE "operator_history"."posting_state" = 'waiting';--> statement-breakpoint
CREATE INDEX `operator_history_retail_sales` ON `operator_history` (`requestor_party_id`,`confirmed_at`) WHERE "operator_history"."classification" = 'retail_sale';--> statement-breakpoint
CREATE INDEX `operator_history_own_reference` ON `operator_history` (`client_reference`) WHERE "operator_history"."client_reference" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `operator_history_foreign` ON `operator_history` (`bucket_id`) WHERE "operator_history"."classification" IN ('foreign_movement', 'direct_sale');