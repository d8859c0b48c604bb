CREATE TABLE `page_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page_id` text NOT NULL,
	`revision` integer NOT NULL,
	`actor` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`ops` text NOT NULL,
	`change` text,
	`v` integer DEFAULT 1 NOT NULL,
	`undone` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `page_log_page` ON `page_log` (`page_id`,`id`);--> statement-breakpoint
INSERT INTO `page_log` (`page_id`, `revision`, `actor`, `ops`, `change`) SELECT `id`, 0, 'system', '[{"op":"import"}]', NULL FROM `pages`;
