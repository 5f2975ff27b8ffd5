-- Defaults, checks, generated columns and index expressions whose printed form depends on the
-- server's type resolution: implicit casts, literal labels, operator families.
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE exprs (
  i integer DEFAULT 42 CHECK (i <> 7),
  b bigint DEFAULT 3000000000 CHECK (b > 0 AND b < 10000000000),
  s smallint DEFAULT '5' CHECK (s BETWEEN -3 AND 3),
  n numeric(8, 3) DEFAULT '1.50' CHECK (n > 0.5 OR n IS NULL),
  n2 numeric DEFAULT 7 CHECK (n2 NOT BETWEEN 1 AND 2),
  d double precision DEFAULT 2 CHECK (d >= 0),
  r real DEFAULT '2.5' CHECK (r < 100),
  v varchar(10) DEFAULT 'v' CHECK (v LIKE 'a%' AND v NOT IN ('x', 'y')),
  v2 varchar(10) CHECK (v2 IN ('only')),
  c char(2) DEFAULT 'ab' CHECK (c IN ('ab', 'cd')),
  t text DEFAULT lower('ABC') CHECK (upper(t) <> t AND length(t) < 10 AND t ILIKE '%x%'),
  t2 text DEFAULT 'a' || 'b',
  e color DEFAULT 'red' CHECK (e <> 'green'),
  e2 color CHECK (e2 IN ('red', 'green')),
  flag boolean DEFAULT 'yes' CHECK (flag OR NOT flag),
  ts timestamptz DEFAULT CURRENT_TIMESTAMP CHECK (ts > '2000-01-01'),
  ts2 timestamp DEFAULT LOCALTIMESTAMP,
  dt date DEFAULT CURRENT_DATE CHECK (dt >= '2000-01-01'::date),
  j jsonb DEFAULT '[]' CHECK (j IS NOT NULL),
  arr integer[] DEFAULT ARRAY[1, 2],
  tarr text[] DEFAULT ARRAY['a', 'b']::text[],
  u uuid DEFAULT md5(random()::text)::uuid,
  co text DEFAULT coalesce(NULL, 'x'),
  nn text DEFAULT NULL,
  sum_g numeric GENERATED ALWAYS AS (n + n2) STORED,
  i_g bigint GENERATED ALWAYS AS (i + b) STORED,
  v_g text GENERATED ALWAYS AS (v || '-' || t) STORED,
  CHECK (i < b),
  CHECK (char_length(v) <= char_length(t)),
  CONSTRAINT both_null CHECK ((i IS NULL) = (b IS NULL))
);
CREATE INDEX exprs_lower_v ON exprs (lower(v));
CREATE INDEX exprs_sum ON exprs ((i + s));
CREATE INDEX exprs_part ON exprs (i) WHERE v IN ('a', 'b') AND n > 0;
CREATE INDEX exprs_coalesce ON exprs (coalesce(t, ''));
CREATE INDEX exprs_cast ON exprs ((v::text));
CREATE INDEX ON exprs (i, s DESC);
CREATE INDEX ON exprs (lower(t));
CREATE TABLE "Exprs" ("x" SERIAL, "Y" integer UNIQUE, PRIMARY KEY ("x"));
