CREATE TABLE `sales_by_quarter_hour` (
	`operator_id` text NOT NULL,
	`quarter_start_ms` integer NOT NULL,
	`classification` text NOT NULL,
	`count` integer NOT NULL,
	`face_value_minor` integer NOT NULL,
	PRIMARY KEY(`quarter_start_ms`, `operator_id`, `classification`)
);
--> statement-breakpoint
INSERT INTO `sales_by_quarter_hour` (`operator_id`, `quarter_start_ms`, `classification`, `count`, `face_value_minor`)
SELECT `operator_id`, (`confirmed_at` / 900000) * 900000, `classification`, count(*), sum(`amount_minor`)
FROM `operator_history`
WHERE `classification` IN ('retail_sale', 'direct_sale') AND `status` = 'completed'
GROUP BY 1, 2, 3;
