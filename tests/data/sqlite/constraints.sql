-- Primary keys, foreign keys with every action, a self reference, named and unnamed checks.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(255) NOT NULL UNIQUE,
    manager_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    age INT CHECK (age >= 0),
    CONSTRAINT email_has_at CHECK (email LIKE '%@%' AND email <> 'CHECK (x)')
);

CREATE TABLE teams (
    org_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT,
    PRIMARY KEY (org_id, code)
);

CREATE TABLE memberships (
    user_id INTEGER NOT NULL CONSTRAINT membership_user REFERENCES users (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    org_id INTEGER NOT NULL DEFAULT 0,
    team_code TEXT DEFAULT 'none',
    approver_id INTEGER,
    backup_id INTEGER,
    PRIMARY KEY (team_code, user_id),
    CONSTRAINT membership_team FOREIGN KEY (org_id, team_code) REFERENCES teams (org_id, code)
        ON DELETE SET DEFAULT ON UPDATE CASCADE,
    FOREIGN KEY (approver_id) REFERENCES users (id) ON DELETE RESTRICT ON UPDATE NO ACTION,
    FOREIGN KEY (backup_id) REFERENCES users ON DELETE NO ACTION
    CONSTRAINT distinct_people CHECK (approver_id IS NULL OR approver_id <> user_id)
);
