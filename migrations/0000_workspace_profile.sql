CREATE TABLE `workspace_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`distributor_name` text NOT NULL,
	`base_currency` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_app_version` text NOT NULL
);
