-- More expressions whose printed form depends on the server's type resolution.
CREATE TABLE more_exprs (
  i integer CHECK (i::text <> '') CHECK (i > 1.5) CHECK (i IN (1, 2, 3)),
  b bigint CHECK (b IN (1, 2)),
  price numeric CHECK (price > 0.5) CHECK (price BETWEEN 0 AND 100),
  d double precision CHECK (d > 0.5),
  email varchar(100) DEFAULT 'x'::text CHECK (email ~* '^.+@.+$') CHECK (lower(email) = email),
  tags text[] CHECK (tags <> '{}'),
  start_at timestamptz,
  end_at timestamptz DEFAULT (now() + interval '1 day'),
  c integer CHECK (coalesce(c, 0) >= 0) CHECK (NOT (c = 1)),
  owner text DEFAULT CURRENT_USER,
  lname text GENERATED ALWAYS AS (lower(email)) STORED,
  ok boolean CHECK (ok IS TRUE),
  wait interval DEFAULT '1 day',
  day date DEFAULT '2020-01-01',
  initial char(1) DEFAULT 'a' CHECK (initial <> 'z'),
  name varchar(20) CHECK (length(name) BETWEEN 1 AND 10),
  f integer DEFAULT 1.5,
  CHECK (start_at < end_at)
);
