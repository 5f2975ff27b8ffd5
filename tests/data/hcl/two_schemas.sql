-- Create "users" table
CREATE TABLE `main`.`users` (`id` integer NOT NULL, PRIMARY KEY (`id`));
-- Create "users" table
CREATE TABLE `aux`.`users` (`id` integer NOT NULL, PRIMARY KEY (`id`));
-- Create "logs" table
CREATE TABLE `aux`.`logs` (`user_id` integer NOT NULL, CONSTRAINT `logs_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE CASCADE);
