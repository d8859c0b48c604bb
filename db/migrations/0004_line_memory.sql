CREATE TABLE `line_memory` (
	`key` text PRIMARY KEY NOT NULL,
	`pages` integer DEFAULT 0 NOT NULL,
	`noise_role` text
);
