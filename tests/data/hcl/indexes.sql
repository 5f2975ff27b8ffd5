-- Create "people" table
CREATE TABLE `people` (`id` integer NOT NULL, `first_name` text NOT NULL, `last_name` text NOT NULL, `email` text NULL, `active` boolean NULL, PRIMARY KEY (`id`));
-- Create index "people_active_email" to table: "people"
CREATE INDEX `people_active_email` ON `people` (`email`) WHERE active = 1;
-- Create index "people_email" to table: "people"
CREATE UNIQUE INDEX `people_email` ON `people` (`email`);
-- Create index "people_full_name" to table: "people"
CREATE INDEX `people_full_name` ON `people` (lower(first_name), `last_name`);
-- Create index "people_last_desc" to table: "people"
CREATE INDEX `people_last_desc` ON `people` (`last_name` DESC, `first_name`);
-- Create index "people_lower_email" to table: "people"
CREATE UNIQUE INDEX `people_lower_email` ON `people` (lower(email) DESC) WHERE email IS NOT NULL;
