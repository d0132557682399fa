CREATE TABLE `audit_calls_under_way` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`actor_user_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`actor_roles` text NOT NULL,
	`transport` text NOT NULL,
	`operation` text NOT NULL,
	`subject_kind` text,
	`subject_id` text,
	`input_json` text NOT NULL,
	`before_json` text
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`actor_roles` text NOT NULL,
	`transport` text NOT NULL,
	`operation` text NOT NULL,
	`outcome` text NOT NULL,
	`refusal_code` text,
	`refusal_message` text,
	`subject_kind` text,
	`subject_id` text,
	`summary` text NOT NULL,
	`input_json` text NOT NULL,
	`before_json` text,
	`after_json` text,
	`previous_hash` text NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "audit_events_outcome" CHECK("audit_events"."outcome" IN ('ok', 'refused', 'interrupted'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_events_id_unique` ON `audit_events` (`id`);--> statement-breakpoint
CREATE INDEX `audit_events_at` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_events_actor` ON `audit_events` (`actor_user_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_events_operation` ON `audit_events` (`operation`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_events_subject` ON `audit_events` (`subject_kind`,`subject_id`);--> statement-breakpoint
-- The audit trail is append-only: what was recorded stays as it was recorded.
CREATE TRIGGER `audit_events_refuse_update` BEFORE UPDATE ON `audit_events`
BEGIN SELECT RAISE(ABORT, 'audit events are append-only: they are never changed'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_refuse_delete` BEFORE DELETE ON `audit_events`
BEGIN SELECT RAISE(ABORT, 'audit events are append-only: they are never deleted'); END;
