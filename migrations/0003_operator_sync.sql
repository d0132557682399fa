CREATE TABLE `operator_action_attempts` (
	`client_reference` text PRIMARY KEY NOT NULL,
	`action_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`pending_entry_id` text NOT NULL,
	`outcome` text NOT NULL,
	`operator_action_id` text,
	`ended_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operator_action_attempts_number` ON `operator_action_attempts` (`action_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `operator_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`operator_id` text NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`client_reference` text NOT NULL,
	`attempt` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`source_bucket_id` text,
	`target_bucket_id` text NOT NULL,
	`party_id` text,
	`msisdn` text,
	`note` text,
	`pending_entry_id` text NOT NULL,
	`resolution_entry_id` text,
	`operator_action_id` text,
	`operator_status` text,
	`status_reason` text,
	`checks` integer DEFAULT 0 NOT NULL,
	`next_check_at` integer NOT NULL,
	`requested_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`final_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operator_actions_client_reference_unique` ON `operator_actions` (`client_reference`);--> statement-breakpoint
CREATE INDEX `operator_actions_open` ON `operator_actions` (`next_check_at`) WHERE "operator_actions"."state" NOT IN ('confirmed', 'failed', 'cancelled');--> statement-breakpoint
CREATE INDEX `operator_actions_created` ON `operator_actions` (`created_at`);--> statement-breakpoint
CREATE TABLE `operator_buckets` (
	`operator_id` text NOT NULL,
	`bucket_id` text NOT NULL,
	`role` text NOT NULL,
	`party_id` text NOT NULL,
	`party_name` text NOT NULL,
	`msisdn` text,
	`account_id` text NOT NULL,
	`operator_remaining_minor` integer,
	`operator_reserved_minor` integer,
	`pulled_at` integer,
	PRIMARY KEY(`operator_id`, `bucket_id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operator_buckets_party` ON `operator_buckets` (`operator_id`,`party_id`);--> statement-breakpoint
CREATE TABLE `operator_connections` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`base_url` text NOT NULL,
	`token_url` text NOT NULL,
	`client_id` text NOT NULL,
	`client_secret` text NOT NULL,
	`api_key` text,
	`request_timeout_ms` integer NOT NULL,
	`distributor_party_id` text NOT NULL,
	`party_account_id` text NOT NULL,
	`wholesale_bucket_id` text NOT NULL,
	`units` text NOT NULL,
	`asset_code` text NOT NULL,
	`scale` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `operator_history` (
	`id` text PRIMARY KEY NOT NULL,
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
	`pulled_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `operator_history_confirmed` ON `operator_history` (`confirmed_at`);--> statement-breakpoint
CREATE INDEX `operator_history_requestor` ON `operator_history` (`requestor_party_id`,`confirmed_at`);--> statement-breakpoint
CREATE INDEX `operator_history_waiting` ON `operator_history` (`confirmed_at`) WHERE "operator_history"."posting_state" = 'waiting';--> statement-breakpoint
CREATE TABLE `sync_cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`operator_id` text NOT NULL,
	`trigger` text NOT NULL,
	`outcome` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`sent` integer DEFAULT 0 NOT NULL,
	`confirmed` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`pulled` integer DEFAULT 0 NOT NULL,
	`conflicts` integer DEFAULT 0 NOT NULL,
	`message` text
);
--> statement-breakpoint
CREATE TABLE `sync_feeds` (
	`operator_id` text NOT NULL,
	`feed` text NOT NULL,
	`cursor_at` integer NOT NULL,
	`last_started_at` integer,
	`last_finished_at` integer,
	`last_pulled_count` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	PRIMARY KEY(`operator_id`, `feed`)
);
