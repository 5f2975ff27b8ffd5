-- Create "audit log" table
CREATE TABLE `audit log` (
  `id` int NOT NULL,
  `what``s` varchar(10) NULL DEFAULT 'x',
  `at` datetime(6) NULL,
  UNIQUE INDEX `audit_id` (`id`)
) CHARSET utf8mb4 COLLATE utf8mb4_general_ci;
-- Create "places" table
CREATE TABLE `places` (
  `id` int NOT NULL,
  `position` point NOT NULL,
  `label` varchar(40) NULL,
  PRIMARY KEY (`id`),
  SPATIAL INDEX `places_position` (`position`)
) CHARSET utf8mb4 COLLATE utf8mb4_general_ci ENGINE MyISAM;
-- Create "users" table
CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT (uuid()),
  `email` varchar(255) NOT NULL COMMENT "login, unique",
  `name` varchar(100) CHARSET latin1 NULL COLLATE latin1_bin,
  `nick` varchar(50) NOT NULL DEFAULT 'it''s me',
  `bio` text NULL,
  `notes` longtext NOT NULL,
  `settings` json NULL,
  `active` bool NOT NULL DEFAULT 1,
  `score` decimal(10,2) NOT NULL DEFAULT 0.50,
  `ratio` double NULL,
  `level` enum('low','mid','high') NOT NULL DEFAULT 'low',
  `flags` set('a','b') NULL,
  `age` smallint NULL DEFAULT 18,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `birthday` date NULL,
  `email_domain` varchar(255) AS (substring_index(`email`,'@',-1)) VIRTUAL,
  `score_x2` decimal(11,2) AS (`score` * 2) STORED,
  PRIMARY KEY (`id`),
  FULLTEXT INDEX `users_bio` (`bio`),
  INDEX `users_created_desc` (`created_at` DESC, `id`) COMMENT "newest first",
  UNIQUE INDEX `users_email` (`email`),
  INDEX `users_level_age` (`level`, `age`),
  INDEX `users_name_prefix` (`name` (64)),
  CONSTRAINT `age_positive` CHECK (`age` > 0)
) CHARSET utf8mb4 COLLATE utf8mb4_general_ci COMMENT "people who log in";
-- Create "teams" table
CREATE TABLE `teams` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int NULL,
  `owner_id` bigint unsigned NULL,
  `title` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `teams_owner` (`owner_id`),
  INDEX `teams_parent` (`parent_id`),
  CONSTRAINT `teams_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE,
  CONSTRAINT `teams_parent` FOREIGN KEY (`parent_id`) REFERENCES `teams` (`id`) ON UPDATE RESTRICT ON DELETE SET NULL
) CHARSET latin1 COLLATE latin1_swedish_ci;
-- Create "memberships" table
CREATE TABLE `memberships` (
  `user_id` bigint unsigned NOT NULL,
  `team_id` int NOT NULL,
  `role` varchar(20) NOT NULL DEFAULT 'member',
  PRIMARY KEY (`team_id`, `user_id`),
  INDEX `memberships_user` (`user_id`),
  CONSTRAINT `memberships_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `memberships_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE
) CHARSET utf8mb4 COLLATE utf8mb4_general_ci;
