-- Create "order_lines" table
CREATE TABLE `order_lines` (`order_id` integer NOT NULL, `line_no` integer NOT NULL, PRIMARY KEY (`order_id`, `line_no`));
-- Create "shipments" table
CREATE TABLE `shipments` (`order_id` integer NOT NULL, `line_no` integer NOT NULL, CONSTRAINT `shipments_line` FOREIGN KEY (`order_id`, `line_no`) REFERENCES `order_lines` (`order_id`, `line_no`) ON UPDATE CASCADE ON DELETE CASCADE);
-- Create "users" table
CREATE TABLE `users` (`id` integer NOT NULL, PRIMARY KEY (`id`));
-- Create "posts" table
CREATE TABLE `posts` (`id` integer NOT NULL, `author_id` integer NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `posts_author` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE RESTRICT);
-- Create "comments" table
CREATE TABLE `comments` (`id` integer NOT NULL, `post_id` integer NOT NULL, `author_id` integer NULL, `parent_id` integer NULL, PRIMARY KEY (`id`), CONSTRAINT `0` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON UPDATE RESTRICT ON DELETE SET DEFAULT, CONSTRAINT `comments_parent` FOREIGN KEY (`parent_id`) REFERENCES `comments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE, CONSTRAINT `comments_author` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE SET NULL);
-- Create "a_cycle" table
CREATE TABLE `a_cycle` (`id` integer NOT NULL, `b_id` integer NULL, PRIMARY KEY (`id`), CONSTRAINT `a_b` FOREIGN KEY (`b_id`) REFERENCES `b_cycle` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create "b_cycle" table
CREATE TABLE `b_cycle` (`id` integer NOT NULL, `a_id` integer NULL, PRIMARY KEY (`id`), CONSTRAINT `b_a` FOREIGN KEY (`a_id`) REFERENCES `a_cycle` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION);
