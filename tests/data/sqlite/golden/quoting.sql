-- Create "my table" table
CREATE TABLE `my table` (
  `the id` integer NULL,
  `back``tick` text NULL,
  `a"b` text NOT NULL,
  `square col` integer NULL,
  `single` text NULL,
  PRIMARY KEY (`the id`)
);
-- Create index "idx on \"a\"b\"" to table: "my table"
CREATE INDEX `idx on "a"b"` ON `my table` (`a"b` DESC, `back``tick`);
-- Create "order items" table
CREATE TABLE `order items` (
  `id` integer NULL,
  `table id` integer NULL,
  `amount (€)` real NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk, with comma` FOREIGN KEY (`table id`) REFERENCES `my table` (`the id`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `positive amount` CHECK ([amount (€)] > 0)
);
