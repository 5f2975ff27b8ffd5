-- Every construct the MySQL inspector reads, in DDL MariaDB 10.11 and MySQL 8 both accept.
CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT (uuid()),
  `email` varchar(255) NOT NULL COMMENT 'login, unique',
  `name` varchar(100) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `nick` varchar(50) NOT NULL DEFAULT 'it''s me',
  `bio` text,
  `notes` longtext NOT NULL,
  `settings` json DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `score` decimal(10,2) NOT NULL DEFAULT 0.50,
  `ratio` double DEFAULT NULL,
  `level` enum('low','mid','high') NOT NULL DEFAULT 'low',
  `flags` set('a','b') DEFAULT NULL,
  `age` smallint DEFAULT 18,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  `birthday` date DEFAULT NULL,
  `email_domain` varchar(255) GENERATED ALWAYS AS (substring_index(`email`,'@',-1)) VIRTUAL,
  `score_x2` decimal(11,2) AS (`score` * 2) STORED,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email` (`email`),
  KEY `users_name_prefix` (`name`(64)),
  KEY `users_created_desc` (`created_at` DESC, `id`) COMMENT 'newest first',
  KEY `users_level_age` (`level`, `age`),
  FULLTEXT KEY `users_bio` (`bio`),
  CONSTRAINT `age_positive` CHECK (`age` > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='people who log in';

CREATE TABLE `teams` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int DEFAULT NULL,
  `owner_id` bigint unsigned DEFAULT NULL,
  `title` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `teams_parent` FOREIGN KEY (`parent_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL,
  CONSTRAINT `teams_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `memberships` (
  `user_id` bigint unsigned NOT NULL,
  `team_id` int NOT NULL,
  `role` varchar(20) NOT NULL DEFAULT 'member',
  PRIMARY KEY (`team_id`, `user_id`),
  KEY `memberships_user` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
);

CREATE TABLE `places` (
  `id` int NOT NULL,
  `position` point NOT NULL,
  `label` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  SPATIAL KEY `places_position` (`position`)
) ENGINE=MyISAM;

CREATE TABLE `audit log` (
  `id` int NOT NULL,
  `what``s` varchar(10) DEFAULT 'x',
  `at` datetime(6) DEFAULT NULL,
  UNIQUE KEY `audit_id` (`id`)
);
