-- Create "other table" table
CREATE TABLE `other table` (`id col` integer NOT NULL, PRIMARY KEY (`id col`));
-- Create "my table" table
CREATE TABLE `my table` (`first name` text NOT NULL, `a``b` int NULL, `a"b` int NULL, `${x}` text NULL, PRIMARY KEY (`first name`), CONSTRAINT `fk "q"` FOREIGN KEY (`a"b`) REFERENCES `other table` (`id col`) ON UPDATE NO ACTION ON DELETE CASCADE);
-- Create index "my index" to table: "my table"
CREATE INDEX `my index` ON `my table` (`a``b`);
-- Create "q\"t" table
CREATE TABLE `q"t` (`x` int NULL);
