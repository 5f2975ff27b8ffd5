-- Create "teams" table
CREATE TABLE `teams` (
  `org_id` integer NOT NULL,
  `code` text NOT NULL,
  `name` text NULL,
  PRIMARY KEY (`org_id`, `code`)
);
-- Create "users" table
CREATE TABLE `users` (
  `id` integer NULL PRIMARY KEY AUTOINCREMENT,
  `email` varchar(255) NOT NULL,
  `manager_id` integer NULL,
  `age` int NULL,
  UNIQUE (`email`),
  CONSTRAINT `0` FOREIGN KEY (`manager_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE SET NULL,
  CHECK (age >= 0),
  CONSTRAINT `email_has_at` CHECK (email LIKE '%@%' AND email <> 'CHECK (x)')
);
-- Create "memberships" table
CREATE TABLE `memberships` (
  `user_id` integer NOT NULL,
  `org_id` integer NOT NULL DEFAULT 0,
  `team_code` text NULL DEFAULT 'none',
  `approver_id` integer NULL,
  `backup_id` integer NULL,
  PRIMARY KEY (`team_code`, `user_id`),
  CONSTRAINT `membership_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE,
  CONSTRAINT `membership_team` FOREIGN KEY (`org_id`, `team_code`) REFERENCES `teams` (`org_id`, `code`) ON UPDATE CASCADE ON DELETE SET DEFAULT,
  CONSTRAINT `1` FOREIGN KEY (`approver_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE RESTRICT,
  CONSTRAINT `0` FOREIGN KEY (`backup_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `distinct_people` CHECK (approver_id IS NULL OR approver_id <> user_id)
);
