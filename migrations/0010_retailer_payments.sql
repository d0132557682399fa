CREATE TABLE `payment_applications` (
	`payment_id` text NOT NULL,
	`action_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	PRIMARY KEY(`payment_id`, `action_id`),
	FOREIGN KEY (`payment_id`) REFERENCES `retailer_payments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_applications_amount_positive" CHECK("payment_applications"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `payment_applications_action` ON `payment_applications` (`action_id`);--> statement-breakpoint
CREATE TABLE `retailer_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`receipt_number` text NOT NULL,
	`retailer_code` text NOT NULL,
	`method` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`asset_code` text NOT NULL,
	`reference` text,
	`received_at` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`note` text,
	`entry_id` text NOT NULL,
	FOREIGN KEY (`retailer_code`) REFERENCES `retailers`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "retailer_payments_amount_positive" CHECK("retailer_payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `retailer_payments_receipt` ON `retailer_payments` (`receipt_number`);--> statement-breakpoint
CREATE INDEX `retailer_payments_retailer` ON `retailer_payments` (`retailer_code`,`received_at`);--> statement-breakpoint
CREATE INDEX `operator_actions_party` ON `operator_actions` (`party_id`,`created_at`);
--> statement-breakpoint
CREATE TRIGGER `retailer_payments_refuse_update` BEFORE UPDATE ON `retailer_payments`
BEGIN SELECT RAISE(ABORT, 'a recorded payment is never changed: correct it by a reversal'); END;
--> statement-breakpoint
CREATE TRIGGER `retailer_payments_refuse_delete` BEFORE DELETE ON `retailer_payments`
BEGIN SELECT RAISE(ABORT, 'a recorded payment is never deleted: correct it by a reversal'); END;
--> statement-breakpoint
CREATE TRIGGER `payment_applications_refuse_update` BEFORE UPDATE ON `payment_applications`
BEGIN SELECT RAISE(ABORT, 'how a payment was applied is never changed'); END;
--> statement-breakpoint
CREATE TRIGGER `payment_applications_refuse_delete` BEFORE DELETE ON `payment_applications`
BEGIN SELECT RAISE(ABORT, 'how a payment was applied is never deleted'); END;
