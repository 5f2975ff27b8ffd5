table "accounts" {
  schema = schema.main
  column "id" {
    null           = false
    type           = integer
    auto_increment = true
  }
  column "name" {
    null = true
    type = text
  }
  primary_key {
    columns = [column.id]
  }
}
table "codes" {
  schema = schema.main
  column "a" {
    null = true
    type = text
  }
  column "b" {
    null = false
    type = int
  }
  primary_key {
    columns = [column.b]
  }
  index "sqlite_autoindex_codes_1" {
    unique  = true
    columns = [column.a]
  }
  index "sqlite_autoindex_codes_2" {
    unique  = true
    columns = [column.b]
  }
}
table "labels" {
  schema = schema.main
  column "a" {
    null = true
    type = text
  }
  column "b" {
    null = false
    type = int
  }
  primary_key {
    columns = [column.b]
  }
  index "sqlite_autoindex_labels_1" {
    unique  = true
    columns = [column.a]
  }
}
table "memberships" {
  schema = schema.main
  column "user_id" {
    null = false
    type = integer
  }
  column "group_id" {
    null = false
    type = integer
  }
  column "role" {
    null    = false
    type    = text
    default = "member"
  }
  primary_key {
    columns = [column.user_id, column.group_id]
  }
}
table "tags" {
  schema = schema.main
  column "code" {
    null = false
    type = text
  }
  column "label" {
    null = false
    type = text
  }
  primary_key {
    columns = [column.code]
  }
  index "sqlite_autoindex_tags_2" {
    unique  = true
    columns = [column.label]
  }
}
schema "main" {
}
