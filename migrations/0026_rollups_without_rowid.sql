-- The report rollups are small rows found and summed by their primary key: stored WITHOUT ROWID,
-- the key is the table, so an upsert at each pull touches one b-tree instead of two and a report's
-- range read needs no lookup from the key index back to the row. Same columns and keys as 0023.
CREATE TABLE `report_retailer_daily_keyed` (
	`day` text NOT NULL,
	`operator_id` text NOT NULL,
	`party_id` text NOT NULL,
	`sales_count` integer NOT NULL,
	`sales_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	PRIMARY KEY(`day`, `operator_id`, `party_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `report_retailer_daily_keyed` SELECT `day`, `operator_id`, `party_id`, `sales_count`, `sales_minor`, `reversals_count`, `reversals_minor` FROM `report_retailer_daily`;
--> statement-breakpoint
DROP TABLE `report_retailer_daily`;
--> statement-breakpoint
ALTER TABLE `report_retailer_daily_keyed` RENAME TO `report_retailer_daily`;
--> statement-breakpoint
CREATE INDEX `report_retailer_daily_party` ON `report_retailer_daily` (`party_id`,`day`);
--> statement-breakpoint
CREATE TABLE `report_retailer_monthly_keyed` (
	`month` text NOT NULL,
	`operator_id` text NOT NULL,
	`party_id` text NOT NULL,
	`denomination_minor` integer NOT NULL,
	`sales_count` integer NOT NULL,
	`sales_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	PRIMARY KEY(`month`, `operator_id`, `party_id`, `denomination_minor`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `report_retailer_monthly_keyed` SELECT `month`, `operator_id`, `party_id`, `denomination_minor`, `sales_count`, `sales_minor`, `reversals_count`, `reversals_minor` FROM `report_retailer_monthly`;
--> statement-breakpoint
DROP TABLE `report_retailer_monthly`;
--> statement-breakpoint
ALTER TABLE `report_retailer_monthly_keyed` RENAME TO `report_retailer_monthly`;
--> statement-breakpoint
CREATE INDEX `report_retailer_monthly_party` ON `report_retailer_monthly` (`party_id`,`month`);
--> statement-breakpoint
CREATE TABLE `report_sales_daily_keyed` (
	`day` text NOT NULL,
	`operator_id` text NOT NULL,
	`classification` text NOT NULL,
	`channel` text NOT NULL,
	`denomination_minor` integer NOT NULL,
	`count` integer NOT NULL,
	`face_value_minor` integer NOT NULL,
	PRIMARY KEY(`day`, `operator_id`, `classification`, `channel`, `denomination_minor`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `report_sales_daily_keyed` SELECT `day`, `operator_id`, `classification`, `channel`, `denomination_minor`, `count`, `face_value_minor` FROM `report_sales_daily`;
--> statement-breakpoint
DROP TABLE `report_sales_daily`;
--> statement-breakpoint
ALTER TABLE `report_sales_daily_keyed` RENAME TO `report_sales_daily`;
