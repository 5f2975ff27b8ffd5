-- Unique, partial, expression and descending indexes, and a UNIQUE constraint's auto-index.
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL,
    slug TEXT NOT NULL,
    title TEXT,
    published_at DATETIME,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (author_id, slug)
);

CREATE UNIQUE INDEX posts_slug ON posts (slug);
CREATE INDEX posts_recent ON posts (published_at DESC, id);
CREATE INDEX posts_live ON posts (author_id)
    WHERE deleted = 0 AND published_at IS NOT NULL;
CREATE INDEX posts_title_lower ON posts (lower(title), substr(slug, 1, 3) DESC, author_id);
CREATE INDEX "posts, odd" ON posts (coalesce(title, 'a,b'), replace(slug, ')', '(') COLLATE NOCASE ASC);
