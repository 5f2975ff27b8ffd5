-- Column defaults: literals Atlas prints as values, and expressions it prints as sql("...").
CREATE TABLE settings (
    id INTEGER PRIMARY KEY,
    retries INT DEFAULT 3,
    ratio REAL DEFAULT 1.5,
    offset_value INTEGER DEFAULT -1,
    label TEXT DEFAULT 'it''s',
    quoted TEXT DEFAULT "dq",
    enabled BOOLEAN DEFAULT true,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    slug TEXT DEFAULT (lower('ABC') || 'x'),
    payload BLOB DEFAULT x'00ff',
    note TEXT DEFAULT NULL,
    untyped,
    amount Numeric(10,   2) NOT NULL DEFAULT 0
);
