-- Corner cases of MariaDB's implicit normalization that the parser must reproduce.
CREATE TABLE `base` (
  `id` int NOT NULL,
  `a` int,
  `b` varchar(20),
  `c` varchar(20) COLLATE utf8mb4_bin,
  `d` decimal(6,2) DEFAULT -1.555,
  `e` decimal(6,2) DEFAULT '3.14159',
  `f` float DEFAULT 0.1,
  `g` double DEFAULT -2.5e-3,
  `h` tinyint(1) unsigned DEFAULT 1,
  `i` int(5) zerofill,
  `j` datetime(3) DEFAULT '2020-01-01 10:00:00',
  `k` text DEFAULT '',
  `l` varchar(5) DEFAULT (lower('X')),
  `m` int DEFAULT (-1),
  `n` varchar(5) DEFAULT ('x'),
  `o` datetime DEFAULT (CURRENT_TIMESTAMP),
  `p` varchar(41) AS (concat(`b`, ' ', `c`)) VIRTUAL,
  `q` int AS (a + id) STORED,
  `r` varchar(20) AS (upper(b)),
  `s` timestamp NOT NULL,
  `t` bigint DEFAULT 9007199254740993,
  `u` char(2) DEFAULT 5,
  `v` int DEFAULT TRUE,
  PRIMARY KEY (`id`),
  INDEX (`a`),
  INDEX (`a`, `b`),
  UNIQUE (`a`),
  KEY `prefix_full` (`b`(20)),
  CHECK (`a` <> 0),
  CHECK (a != 1),
  CHECK (b LIKE 'x%'),
  CHECK (char_length(b) > 2),
  CHECK (a BETWEEN 1 AND 10),
  CHECK (a IS NOT NULL),
  CHECK (a IN (1, 2, 3)),
  CHECK (a > 0 OR b = 'y')
) ENGINE=InnoDB;

CREATE TABLE `memo` (`id` int, `body` varchar(10)) ENGINE=MEMORY DEFAULT CHARSET=ascii;

CREATE TABLE `child` (
  `id` int NOT NULL AUTO_INCREMENT,
  `base_id` int NOT NULL UNIQUE,
  `other_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`base_id`) REFERENCES `base` (`id`),
  FOREIGN KEY (`other_id`) REFERENCES `base` (`id`),
  FOREIGN KEY (`other_id`) REFERENCES `base` (`id`) ON DELETE CASCADE
);

CREATE TABLE `child_copy` LIKE `child`;

ALTER TABLE `child` MODIFY `id` bigint NOT NULL AUTO_INCREMENT, ADD `note` varchar(9);
ALTER TABLE `child` CHANGE `note` `remark` varchar(12) FIRST;
ALTER TABLE `child_copy` ADD COLUMN `code` varchar(8) UNIQUE, ADD COLUMN `code2` varchar(8) NULL;
ALTER TABLE `child_copy` MODIFY `id` int NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (`code2`, `id`);

CREATE TABLE `named_uniques` (`x` int, `y` int, CONSTRAINT `c` UNIQUE KEY `k` (`x`), CONSTRAINT `c2` UNIQUE (`y`));
CREATE TABLE `myisam_fk` (`id` int, `base_id` int, FOREIGN KEY (`base_id`) REFERENCES `base` (`id`)) ENGINE=MyISAM;
-- explicit_defaults_for_timestamp is ON on MariaDB 10.10+ and MySQL 8: no implicit defaults.
CREATE TABLE `stamps` (`t` timestamp, `t2` timestamp NOT NULL, `t3` timestamp NULL DEFAULT NULL);
