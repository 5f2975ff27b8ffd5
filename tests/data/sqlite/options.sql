-- Table options, generated columns and a table-level AUTOINCREMENT.
CREATE TABLE kv (
    k TEXT PRIMARY KEY,
    v BLOB
) WITHOUT ROWID;

CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    celsius REAL NOT NULL,
    fahrenheit REAL GENERATED ALWAYS AS (celsius * 9 / 5 + 32) VIRTUAL,
    label TEXT AS ('t=' || (celsius)) STORED
) STRICT;

CREATE TABLE both_options (a INT PRIMARY KEY, b ANY) STRICT, WITHOUT ROWID;

CREATE TABLE counters (
    id INTEGER,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id AUTOINCREMENT)
);
