table "t1" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  without_rowid = true
  strict        = true
}
table "t2" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  strict = true
}
table "t3" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  without_rowid = true
}
schema "main" {
}
