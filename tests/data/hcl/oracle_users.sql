-- Create "users" table
CREATE TABLE `users` (`id` int NOT NULL, `a` int NOT NULL, `b` int NOT NULL, `ab` int NOT NULL);
