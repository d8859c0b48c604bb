CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`page_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`kind` text,
	`title` text DEFAULT '' NOT NULL,
	`bylines` text DEFAULT '[]' NOT NULL,
	`dateline` text,
	`why` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `articles_page` ON `articles` (`page_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `edit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`page_id` text,
	`op` text NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`undone` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `edit_log_page` ON `edit_log` (`page_id`,`id`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`label` text NOT NULL,
	`source` text NOT NULL,
	`score` real DEFAULT 1 NOT NULL,
	`state` text DEFAULT 'suggested' NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entities_page` ON `entities` (`page_id`,`start`);--> statement-breakpoint
CREATE TABLE `fragments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fragments_article` ON `fragments` (`article_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `labels` (
	`name` text PRIMARY KEY NOT NULL,
	`color` text NOT NULL,
	`ordinal` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `noise` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `noise_page` ON `noise` (`page_id`,`start`);--> statement-breakpoint
CREATE TABLE `pages` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`sha256` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`segmentation_edited` integer DEFAULT false NOT NULL,
	`entities_edited` integer DEFAULT false NOT NULL,
	`segmenter_version` text,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pages_sha256` ON `pages` (`sha256`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `training_examples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`origin` text NOT NULL,
	`text` text NOT NULL,
	`spans` text NOT NULL
);
