-- Create "posts" table
CREATE TABLE `posts` (
  `id` integer NULL,
  `author_id` integer NOT NULL,
  `slug` text NOT NULL,
  `title` text NULL,
  `published_at` datetime NULL,
  `deleted` integer NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE (`author_id`, `slug`)
);
-- Create index "posts, odd" to table: "posts"
CREATE INDEX `posts, odd` ON `posts` (coalesce(title, 'a,b'), replace(slug, ')', '(') COLLATE NOCASE);
-- Create index "posts_live" to table: "posts"
CREATE INDEX `posts_live` ON `posts` (`author_id`) WHERE deleted = 0 AND published_at IS NOT NULL;
-- Create index "posts_recent" to table: "posts"
CREATE INDEX `posts_recent` ON `posts` (`published_at` DESC, `id`);
-- Create index "posts_slug" to table: "posts"
CREATE UNIQUE INDEX `posts_slug` ON `posts` (`slug`);
-- Create index "posts_title_lower" to table: "posts"
CREATE INDEX `posts_title_lower` ON `posts` (lower(title), substr(slug, 1, 3) DESC, `author_id`);
