-- Create "accounts" table
CREATE TABLE `accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NULL);
-- Create "codes" table
CREATE TABLE `codes` (`a` text NULL, `b` int NOT NULL, UNIQUE (`a`), PRIMARY KEY (`b`));
-- Create "labels" table
CREATE TABLE `labels` (`a` text NULL, `b` int NOT NULL, UNIQUE (`a`), PRIMARY KEY (`b`));
-- Create "memberships" table
CREATE TABLE `memberships` (`user_id` integer NOT NULL, `group_id` integer NOT NULL, `role` text NOT NULL DEFAULT 'member', PRIMARY KEY (`user_id`, `group_id`));
-- Create "tags" table
CREATE TABLE `tags` (`code` text NOT NULL, `label` text NOT NULL, PRIMARY KEY (`code`), UNIQUE (`label`));
