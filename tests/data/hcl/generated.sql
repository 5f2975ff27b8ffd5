-- Create "boxes" table
CREATE TABLE `boxes` (`w` int NOT NULL, `h` int NOT NULL, `area` int NULL AS (w * h) STORED, `perimeter` int NULL AS (2 * (w + h)) VIRTUAL);
