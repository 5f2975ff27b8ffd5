-- Create "both_options" table
CREATE TABLE `both_options` (
  `a` int NOT NULL,
  `b` any NULL,
  PRIMARY KEY (`a`)
) WITHOUT ROWID, STRICT;
-- Create "counters" table
CREATE TABLE `counters` (
  `id` integer NULL PRIMARY KEY AUTOINCREMENT,
  `n` integer NOT NULL DEFAULT 0
);
-- Create "kv" table
CREATE TABLE `kv` (
  `k` text NOT NULL,
  `v` blob NULL,
  PRIMARY KEY (`k`)
) WITHOUT ROWID;
-- Create "measurements" table
CREATE TABLE `measurements` (
  `id` integer NULL,
  `celsius` real NOT NULL,
  `fahrenheit` real NULL AS (celsius * 9 / 5 + 32) VIRTUAL,
  `label` text NULL AS ('t=' || (celsius)) STORED,
  PRIMARY KEY (`id`)
) STRICT;
