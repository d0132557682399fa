CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`roles` text NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer NOT NULL,
	`password_changed_at` integer NOT NULL,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`last_sign_in_at` integer,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`disabled_at` integer,
	`disabled_by` text,
	CONSTRAINT "users_username_lower_case" CHECK("users"."username" = lower("users"."username")),
	CONSTRAINT "users_roles_named" CHECK(length("users"."roles") > 0),
	CONSTRAINT "users_failed_sign_ins_not_negative" CHECK("users"."failed_sign_ins" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username` ON `users` (`username`);