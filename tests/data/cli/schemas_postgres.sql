-- Three schemas besides public, for --schema and --exclude on a realm (parsed as --dialect
-- postgres, no server needed).
CREATE SCHEMA a;
CREATE TABLE a.t (id integer);
CREATE SCHEMA b;
CREATE TABLE b.t (id integer);
CREATE SCHEMA c;
CREATE TABLE c.t (id integer);
CREATE TABLE c.tmp_t (id integer);
