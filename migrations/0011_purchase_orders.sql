CREATE TABLE `operator_terms` (
	`operator_id` text PRIMARY KEY NOT NULL,
	`wholesale_discount_basis_points` integer NOT NULL,
	`payment_terms` text NOT NULL,
	`credit_limit_minor` integer NOT NULL,
	`due_days` integer NOT NULL,
	`catalogue_json` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `purchase_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`operator_id` text NOT NULL,
	`face_value_minor` integer NOT NULL,
	`discount_basis_points` integer NOT NULL,
	`cost_minor` integer,
	`discount_minor` integer,
	`currency` text NOT NULL,
	`payment_method` text NOT NULL,
	`payment_reference` text,
	`due_days` integer,
	`note` text,
	`state` text NOT NULL,
	`cancel_reason` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	`cancelled_at` integer,
	CONSTRAINT "purchase_orders_face_value_positive" CHECK("purchase_orders"."face_value_minor" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_orders_number` ON `purchase_orders` (`number`);--> statement-breakpoint
CREATE INDEX `purchase_orders_created` ON `purchase_orders` (`created_at`);--> statement-breakpoint
CREATE INDEX `purchase_orders_operator` ON `purchase_orders` (`operator_id`,`created_at`);