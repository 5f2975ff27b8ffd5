-- Create "Users" table
CREATE TABLE `Users` (
  `id` integer NULL PRIMARY KEY AUTOINCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL
);
-- Create "Tasks" table
CREATE TABLE `Tasks` (
  `id` integer NULL PRIMARY KEY AUTOINCREMENT,
  `complete` tinyint NULL DEFAULT 0,
  `userID` integer NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  CONSTRAINT `0` FOREIGN KEY (`userID`) REFERENCES `Users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);
