-- Create "t1" table
CREATE TABLE `t1` (
  `id` integer NOT NULL,
  PRIMARY KEY (`id`)
) WITHOUT ROWID, STRICT;
-- Create "t2" table
CREATE TABLE `t2` (
  `id` integer NOT NULL,
  PRIMARY KEY (`id`)
) STRICT;
-- Create "t3" table
CREATE TABLE `t3` (
  `id` integer NOT NULL,
  PRIMARY KEY (`id`)
) WITHOUT ROWID;
