table "my table" {
  schema = schema.main
  column "first name" {
    null = false
    type = text
  }
  column "a`b" {
    null = true
    type = int
  }
  column "a\"b" {
    null = true
    type = int
  }
  column "$${x}" {
    null = true
    type = text
  }
  primary_key {
    columns = [column["first name"]]
  }
  foreign_key "fk \"q\"" {
    columns     = [column["a\"b"]]
    ref_columns = [table["other table"].column["id col"]]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
  index "my index" {
    columns = [column["a`b"]]
  }
}
table "other table" {
  schema = schema.main
  column "id col" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column["id col"]]
  }
}
table "q\"t" {
  schema = schema.main
  column "x" {
    null = true
    type = int
  }
}
schema "main" {
}
