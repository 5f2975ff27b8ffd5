table "memberships" {
  schema = schema.main
  column "user_id" {
    null = false
    type = integer
  }
  column "org_id" {
    null    = false
    type    = integer
    default = 0
  }
  column "team_code" {
    null    = true
    type    = text
    default = "none"
  }
  column "approver_id" {
    null = true
    type = integer
  }
  column "backup_id" {
    null = true
    type = integer
  }
  primary_key {
    columns = [column.team_code, column.user_id]
  }
  foreign_key "0" {
    columns     = [column.backup_id]
    ref_columns = [table.users.column.id]
    on_update   = NO_ACTION
    on_delete   = NO_ACTION
  }
  foreign_key "1" {
    columns     = [column.approver_id]
    ref_columns = [table.users.column.id]
    on_update   = NO_ACTION
    on_delete   = RESTRICT
  }
  foreign_key "membership_team" {
    columns     = [column.org_id, column.team_code]
    ref_columns = [table.teams.column.org_id, table.teams.column.code]
    on_update   = CASCADE
    on_delete   = SET_DEFAULT
  }
  foreign_key "membership_user" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
    on_update   = RESTRICT
    on_delete   = CASCADE
  }
  check "distinct_people" {
    expr = "(approver_id IS NULL OR approver_id <> user_id)"
  }
}
table "teams" {
  schema = schema.main
  column "org_id" {
    null = false
    type = integer
  }
  column "code" {
    null = false
    type = text
  }
  column "name" {
    null = true
    type = text
  }
  primary_key {
    columns = [column.org_id, column.code]
  }
}
table "users" {
  schema = schema.main
  column "id" {
    null           = true
    type           = integer
    auto_increment = true
  }
  column "email" {
    null = false
    type = varchar(255)
  }
  column "manager_id" {
    null = true
    type = integer
  }
  column "age" {
    null = true
    type = int
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "0" {
    columns     = [column.manager_id]
    ref_columns = [column.id]
    on_update   = NO_ACTION
    on_delete   = SET_NULL
  }
  index "sqlite_autoindex_users_1" {
    unique  = true
    columns = [column.email]
  }
  check {
    expr = "(age >= 0)"
  }
  check "email_has_at" {
    expr = "(email LIKE '%@%' AND email <> 'CHECK (x)')"
  }
}
schema "main" {
}
