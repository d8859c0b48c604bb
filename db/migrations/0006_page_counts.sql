ALTER TABLE `pages` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `pages` ADD `entity_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `pages` SET `article_count` = (SELECT count(*) FROM `articles` WHERE `articles`.`page_id` = `pages`.`id`), `entity_count` = (SELECT count(*) FROM `entities` WHERE `entities`.`page_id` = `pages`.`id` AND `entities`.`state` != 'rejected');
