CREATE INDEX `pages_source` ON `pages` (`source`,`id`);--> statement-breakpoint
CREATE INDEX `pages_status` ON `pages` (`status`,`source`,`id`);