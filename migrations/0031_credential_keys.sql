CREATE TABLE `credential_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`derivation` text NOT NULL,
	`salt` text NOT NULL,
	`wrapped_key` text NOT NULL,
	`created_at` integer NOT NULL
);
