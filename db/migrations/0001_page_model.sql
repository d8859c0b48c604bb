DROP TABLE `edit_log`;--> statement-breakpoint
ALTER TABLE `articles` ADD `meta` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `pages` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `pages` ADD `next_article` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
UPDATE `pages` SET `next_article` = (SELECT count(*) + 1 FROM `articles` WHERE `articles`.`page_id` = `pages`.`id`);
