-- Create "settings" table
CREATE TABLE `settings` (
  `id` integer NULL,
  `retries` int NULL DEFAULT 3,
  `ratio` real NULL DEFAULT 1.5,
  `offset_value` integer NULL DEFAULT -1,
  `label` text NULL DEFAULT 'it''s',
  `quoted` text NULL DEFAULT "dq",
  `enabled` boolean NULL DEFAULT true,
  `created_at` datetime NULL DEFAULT CURRENT_TIMESTAMP,
  `slug` text NULL DEFAULT (lower('ABC') || 'x'),
  `payload` blob NULL DEFAULT x'00ff',
  `note` text NULL DEFAULT NULL,
  `untyped` blob NULL,
  `amount` numeric(10, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);
