CREATE TABLE `report_retailer_daily` (
	`day` text NOT NULL,
	`operator_id` text NOT NULL,
	`party_id` text NOT NULL,
	`sales_count` integer NOT NULL,
	`sales_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	PRIMARY KEY(`day`, `operator_id`, `party_id`)
);
--> statement-breakpoint
CREATE INDEX `report_retailer_daily_party` ON `report_retailer_daily` (`party_id`,`day`);--> statement-breakpoint
CREATE TABLE `report_retailer_monthly` (
	`month` text NOT NULL,
	`operator_id` text NOT NULL,
	`party_id` text NOT NULL,
	`denomination_minor` integer NOT NULL,
	`sales_count` integer NOT NULL,
	`sales_minor` integer NOT NULL,
	`reversals_count` integer NOT NULL,
	`reversals_minor` integer NOT NULL,
	PRIMARY KEY(`month`, `operator_id`, `party_id`, `denomination_minor`)
);
--> statement-breakpoint
CREATE INDEX `report_retailer_monthly_party` ON `report_retailer_monthly` (`party_id`,`month`);--> statement-breakpoint
CREATE TABLE `report_sales_daily` (
	`day` text NOT NULL,
	`operator_id` text NOT NULL,
	`classification` text NOT NULL,
	`channel` text NOT NULL,
	`denomination_minor` integer NOT NULL,
	`count` integer NOT NULL,
	`face_value_minor` integer NOT NULL,
	PRIMARY KEY(`day`, `operator_id`, `classification`, `channel`, `denomination_minor`)
);
--> statement-breakpoint
CREATE INDEX `operator_history_direct_sales` ON `operator_history` (`confirmed_at`) WHERE "operator_history"."classification" = 'direct_sale' OR ("operator_history"."classification" = 'own_action' AND "operator_history"."type" = 'TopupBalance' AND substr("operator_history"."bucket_id", 1, 4) = 'SUB-');--> statement-breakpoint
INSERT INTO `report_sales_daily` (`day`, `operator_id`, `classification`, `channel`, `denomination_minor`, `count`, `face_value_minor`)
SELECT strftime('%Y-%m-%d', `confirmed_at` / 1000, 'unixepoch'), `operator_id`,
  CASE WHEN `classification` = 'retail_sale' THEN 'retail_sale' ELSE 'direct_sale' END,
  coalesce(`channel`, CASE WHEN `classification` = 'own_action' THEN 'desk' ELSE '' END),
  `amount_minor`, count(*), sum(`amount_minor`)
FROM `operator_history`
WHERE `status` = 'completed'
  AND (`classification` IN ('retail_sale', 'direct_sale') OR (`classification` = 'own_action' AND `type` = 'TopupBalance'
    AND `bucket_id` NOT IN (SELECT `wholesale_bucket_id` FROM `operator_connections` WHERE `id` = `operator_history`.`operator_id`)))
GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO `report_retailer_daily` (`day`, `operator_id`, `party_id`, `sales_count`, `sales_minor`, `reversals_count`, `reversals_minor`)
SELECT strftime('%Y-%m-%d', `confirmed_at` / 1000, 'unixepoch'), `operator_id`, `requestor_party_id`,
  sum(`classification` = 'retail_sale'), sum(CASE WHEN `classification` = 'retail_sale' THEN `amount_minor` ELSE 0 END),
  sum(`classification` = 'sale_reversal'), sum(CASE WHEN `classification` = 'sale_reversal' THEN `amount_minor` ELSE 0 END)
FROM `operator_history`
WHERE `status` = 'completed' AND `classification` IN ('retail_sale', 'sale_reversal') AND `requestor_party_id` IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO `report_retailer_monthly` (`month`, `operator_id`, `party_id`, `denomination_minor`, `sales_count`, `sales_minor`, `reversals_count`, `reversals_minor`)
SELECT strftime('%Y-%m', `confirmed_at` / 1000, 'unixepoch'), `operator_id`, `requestor_party_id`, `amount_minor`,
  sum(`classification` = 'retail_sale'), sum(CASE WHEN `classification` = 'retail_sale' THEN `amount_minor` ELSE 0 END),
  sum(`classification` = 'sale_reversal'), sum(CASE WHEN `classification` = 'sale_reversal' THEN `amount_minor` ELSE 0 END)
FROM `operator_history`
WHERE `status` = 'completed' AND `classification` IN ('retail_sale', 'sale_reversal') AND `requestor_party_id` IS NOT NULL
GROUP BY 1, 2, 3, 4;
