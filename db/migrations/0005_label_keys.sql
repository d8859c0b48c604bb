ALTER TABLE `labels` ADD `key` text;--> statement-breakpoint
UPDATE `labels` SET `key` = lower(substr(`name`, 1, 1)) WHERE `key` IS NULL AND lower(substr(`name`, 1, 1)) NOT IN (SELECT `key` FROM `labels` WHERE `key` IS NOT NULL);
