-- The schema the --format '{{ json . }}' and '{{ mermaid . }}' tests inspect: two tables, a named
-- foreign key, a unique index and a descending one.
CREATE TABLE users (
  id integer PRIMARY KEY,
  email varchar(255) NOT NULL,
  name text
);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE TABLE posts (
  id integer PRIMARY KEY,
  author_id integer NOT NULL,
  title text NOT NULL,
  published_at datetime,
  CONSTRAINT author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX posts_author ON posts (author_id DESC);
