-- Every construct the MySQL DDL parser models, in DDL MariaDB 10.11 accepts. The equivalence
-- test runs it on a server and compares the inspection with the parse-only model.
# a hash comment
/* a block comment; with a semicolon */
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
SET sql_notes = 0;

CREATE TABLE IF NOT EXISTS `accounts` (
  `id` BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  `uuid` CHAR(36) BINARY NOT NULL DEFAULT (uuid()),
  `email` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `handle` varchar(40) NULL DEFAULT NULL,
  `name` varchar(100) CHARSET latin1 DEFAULT 'it''s \\ me',
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  `verified` BOOL DEFAULT false,
  `age` INTEGER DEFAULT '18',
  `small` smallint(5) unsigned zerofill DEFAULT 7,
  `tiny` tinyint unsigned DEFAULT NULL,
  `medium` mediumint DEFAULT -3,
  `score` decimal(10,2) NOT NULL DEFAULT 0.5,
  `amount` numeric DEFAULT '12',
  `ratio` double DEFAULT 1e3,
  `fraction` float(30) DEFAULT NULL,
  `real_value` real DEFAULT 2.5,
  `bits` bit(4) DEFAULT b'0101',
  `flag` bit DEFAULT 1,
  `level` enum('low','mid','high') NOT NULL DEFAULT 'low',
  `tags` set('a','b''c') DEFAULT NULL,
  `bio` text,
  `short_bio` text(100),
  `avatar` mediumblob,
  `settings` json DEFAULT NULL,
  `born` date DEFAULT '2000-01-01',
  `wake` time(3) DEFAULT NULL,
  `year_joined` year DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  `seen_at` datetime DEFAULT now() ON UPDATE now(),
  `deleted_at` timestamp NULL,
  `starts` datetime DEFAULT '2020-01-01',
  `email_domain` varchar(255) GENERATED ALWAYS AS (substring_index(`email`, '@', -1)) VIRTUAL,
  `score_x2` decimal(11,2) AS (score * 2) STORED,
  `score_p` decimal(11,2) AS (`score` + 1) PERSISTENT,
  `code` varchar(10) UNIQUE KEY,
  `nick` varchar(20) NOT NULL DEFAULT '' UNIQUE,
  `pin` int CHECK (pin > 0),
  `calc` int DEFAULT (1 + 2),
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_email` (`email`),
  KEY `accounts_name_prefix` (`name`(64)),
  KEY `accounts_created_desc` (`created_at` DESC, `id`) COMMENT 'newest first',
  INDEX (`level`, `age`),
  KEY (`level`),
  FULLTEXT KEY `accounts_bio` (`bio`),
  CONSTRAINT `age_positive` CHECK (`age` > 0),
  CHECK (`score` >= 0 AND `score` < 1000),
  CONSTRAINT CHECK (`level` IN ('low', 'mid', 'high'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='people who log in' AUTO_INCREMENT=100 ROW_FORMAT=DYNAMIC;

CREATE TABLE teams (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id int DEFAULT NULL,
  owner_id bigint unsigned,
  title varchar(80) NOT NULL,
  motto varchar(80) CHARACTER SET utf8mb4,
  CONSTRAINT teams_parent FOREIGN KEY (parent_id) REFERENCES teams (id) ON DELETE SET NULL,
  CONSTRAINT `teams_owner` FOREIGN KEY (`owner_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARACTER SET latin1;

CREATE TABLE `memberships` (
  `account_id` bigint unsigned NOT NULL,
  `team_id` int NOT NULL,
  `role` varchar(20) NOT NULL DEFAULT 'member',
  `invited_by` bigint unsigned REFERENCES accounts (id),
  PRIMARY KEY (`team_id`, `account_id`),
  KEY `memberships_account` (`account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
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
  `team` int,
  `account` bigint unsigned,
  UNIQUE KEY `audit_id` (`id`),
  CONSTRAINT `audit_team` FOREIGN KEY `audit_team_idx` (`team`) REFERENCES `teams` (`id`),
  FOREIGN KEY `audit_account` (`account`) REFERENCES `accounts` (`id`)
) COLLATE utf8mb4_bin;

/*!50001 CREATE VIEW `active_accounts` AS SELECT id, email FROM accounts WHERE active = 1 */;
INSERT INTO teams (id, title) VALUES (1, 'core; team');

CREATE TABLE `scratch` (`id` int);
DROP TABLE IF EXISTS `scratch`, `never_existed`;

CREATE TABLE `projects` (
  `id` int NOT NULL,
  `team_id` int NOT NULL,
  `name` varchar(50) NOT NULL,
  `old` int,
  `budget` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE UNIQUE INDEX `projects_name` ON `projects` (`name`);
CREATE INDEX projects_team_budget ON projects (team_id, budget);
CREATE FULLTEXT INDEX `projects_name_ft` ON `projects` (`name`);
ALTER TABLE `projects`
  ADD COLUMN `owner_id` bigint unsigned AFTER `team_id`,
  ADD `note` text FIRST,
  ADD COLUMN (`extra1` int, `extra2` int DEFAULT 0),
  DROP COLUMN `old`,
  MODIFY COLUMN `budget` bigint NOT NULL DEFAULT 0,
  CHANGE `name` `title` varchar(80) NOT NULL,
  ADD CONSTRAINT `projects_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  ADD FOREIGN KEY (`owner_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL,
  ADD INDEX `projects_extra` (`extra1`),
  ADD UNIQUE (`extra2`),
  ADD CONSTRAINT `projects_budget` CHECK (`budget` >= 0);
ALTER TABLE projects ALTER COLUMN extra1 SET DEFAULT 5, ALTER extra2 DROP DEFAULT;
ALTER TABLE projects DROP INDEX projects_extra, RENAME INDEX projects_name TO projects_title;
ALTER TABLE projects ADD COLUMN tmp int, ADD KEY tmp_key (tmp);
ALTER TABLE projects DROP FOREIGN KEY projects_ibfk_1, DROP KEY tmp_key, DROP tmp;
ALTER TABLE projects ADD FOREIGN KEY (owner_id) REFERENCES accounts (id);
ALTER TABLE projects COMMENT = 'work', ENGINE = InnoDB;

CREATE TABLE `renamed_from` (`id` int PRIMARY KEY, `val` varchar(5) DEFAULT 'v');
RENAME TABLE `renamed_from` TO `renamed_to`;
ALTER TABLE `renamed_to` RENAME TO `renamed_twice`, ADD COLUMN `more` int;
ALTER TABLE `renamed_twice` RENAME COLUMN `more` TO `most`;
ALTER TABLE `renamed_twice` CONVERT TO CHARACTER SET latin1;

CREATE TABLE `pk_later` (`a` int, `b` int, `c` varchar(5));
ALTER TABLE `pk_later` ADD PRIMARY KEY (`a`, `b`);
ALTER TABLE `pk_later` DROP PRIMARY KEY, ADD PRIMARY KEY (`a`);
ALTER TABLE `pk_later` ADD INDEX (`c`), ADD INDEX `c_b` (`c`, `b`);
DROP INDEX `c` ON `pk_later`;
