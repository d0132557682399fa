CREATE TABLE `operator_payment_applications` (
	`payment_id` text NOT NULL,
	`purchase_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	PRIMARY KEY(`payment_id`, `purchase_id`),
	FOREIGN KEY (`payment_id`) REFERENCES `operator_payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`purchase_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "operator_payment_applications_amount_positive" CHECK("operator_payment_applications"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `operator_payment_applications_purchase` ON `operator_payment_applications` (`purchase_id`);--> statement-breakpoint
CREATE TABLE `operator_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`operator_id` text NOT NULL,
	`method` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`asset_code` text NOT NULL,
	`reference` text,
	`paid_at` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`entry_id` text NOT NULL,
	CONSTRAINT "operator_payments_amount_positive" CHECK("operator_payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operator_payments_number` ON `operator_payments` (`number`);--> statement-breakpoint
CREATE INDEX `operator_payments_operator` ON `operator_payments` (`operator_id`,`paid_at`);--> statement-breakpoint
CREATE TRIGGER `operator_payments_refuse_update` BEFORE UPDATE ON `operator_payments`
BEGIN SELECT RAISE(ABORT, 'a payment to an operator is never changed'); END;
--> statement-breakpoint
CREATE TRIGGER `operator_payments_refuse_delete` BEFORE DELETE ON `operator_payments`
BEGIN SELECT RAISE(ABORT, 'a payment to an operator is never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `operator_payment_applications_refuse_change` BEFORE UPDATE ON `operator_payment_applications`
BEGIN SELECT RAISE(ABORT, 'how a payment to an operator was applied is never changed'); END;
--> statement-breakpoint
CREATE TRIGGER `operator_payment_applications_refuse_delete` BEFORE DELETE ON `operator_payment_applications`
BEGIN SELECT RAISE(ABORT, 'how a payment to an operator was applied is never deleted'); END;
