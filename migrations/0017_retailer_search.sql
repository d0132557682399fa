-- Retailer search by words: a full-text index over the code, the folded name, the wallet MSISDN and the
-- phone, kept by triggers, so a search on 100,000 retailers reads the index instead of every row.
CREATE VIRTUAL TABLE `retailers_search` USING fts5(
  `code`, `name_key`, `wallet_msisdn`, `phone`,
  content='retailers', content_rowid='seq', tokenize='unicode61'
);--> statement-breakpoint
INSERT INTO `retailers_search`(`retailers_search`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `retailers_search_insert` AFTER INSERT ON `retailers` BEGIN
  INSERT INTO `retailers_search`(rowid, `code`, `name_key`, `wallet_msisdn`, `phone`)
  VALUES (new.`seq`, new.`code`, new.`name_key`, new.`wallet_msisdn`, new.`phone`);
END;--> statement-breakpoint
CREATE TRIGGER `retailers_search_update` AFTER UPDATE OF `code`, `name_key`, `wallet_msisdn`, `phone` ON `retailers` BEGIN
  INSERT INTO `retailers_search`(`retailers_search`, rowid, `code`, `name_key`, `wallet_msisdn`, `phone`)
  VALUES ('delete', old.`seq`, old.`code`, old.`name_key`, old.`wallet_msisdn`, old.`phone`);
  INSERT INTO `retailers_search`(rowid, `code`, `name_key`, `wallet_msisdn`, `phone`)
  VALUES (new.`seq`, new.`code`, new.`name_key`, new.`wallet_msisdn`, new.`phone`);
END;
