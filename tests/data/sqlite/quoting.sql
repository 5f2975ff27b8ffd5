-- Identifiers quoted every way SQLite accepts: double quotes, backticks, brackets, strings.
CREATE TABLE "my table" (
    "the id" INTEGER PRIMARY KEY,
    `back``tick` TEXT,
    "a""b" TEXT NOT NULL,
    [square col] INTEGER,
    'single' TEXT
);

CREATE TABLE `order items` (
    id INTEGER PRIMARY KEY,
    "table id" INTEGER CONSTRAINT "fk, with comma" REFERENCES "my table" ("the id") ON DELETE CASCADE,
    [amount (€)] REAL CONSTRAINT [positive amount] CHECK ([amount (€)] > 0)
);

CREATE INDEX "idx on ""a""b""" ON "my table" ("a""b" DESC, `back``tick`);
