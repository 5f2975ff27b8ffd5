table "Tasks" {
  schema = schema.main
  column "id" {
    null           = true
    type           = integer
    auto_increment = true
  }
  column "complete" {
    null    = true
    type    = tinyint
    default = 0
  }
  column "userID" {
    null = false
    type = integer
  }
  column "createdAt" {
    null = false
    type = datetime
  }
  column "updatedAt" {
    null = false
    type = datetime
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "0" {
    columns     = [column.userID]
    ref_columns = [table.Users.column.id]
    on_update   = CASCADE
    on_delete   = CASCADE
  }
}
table "Users" {
  schema = schema.main
  column "id" {
    null           = true
    type           = integer
    auto_increment = true
  }
  column "name" {
    null = false
    type = varchar(255)
  }
  column "email" {
    null = false
    type = varchar(255)
  }
  column "createdAt" {
    null = false
    type = datetime
  }
  column "updatedAt" {
    null = false
    type = datetime
  }
  primary_key {
    columns = [column.id]
  }
}
schema "main" {
}
