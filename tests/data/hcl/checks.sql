-- Create "products" table
CREATE TABLE `products` (`id` integer NOT NULL, `name` text NOT NULL, `price` real NOT NULL, `qty` integer NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `price_positive` CHECK (price > 0), CHECK (qty >= 0), CONSTRAINT `qty_max` CHECK (qty < 1000), CONSTRAINT `name_set` CHECK (name <> ''
  AND name IS NOT NULL));
