ALTER TABLE `sync_cycles` ADD `cancelled` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sync_cycles` ADD `booked` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sync_cycles` ADD `balances_pulled` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sync_cycles` ADD `still_open` integer DEFAULT 0 NOT NULL;