table "main" "users" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
}
table "logs" {
  schema = schema.aux
  column "user_id" {
    null = false
    type = integer
  }
  foreign_key "logs_user" {
    columns     = [column.user_id]
    ref_columns = [table.aux.users.column.id]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
}
table "aux" "users" {
  schema = schema.aux
  column "id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
}
schema "main" {
}
schema "aux" {
}
