table "Tasks" {
  schema = schema[""]
  column "id" {
    null           = false
    type           = int
    auto_increment = true
  }
  column "complete" {
    null    = true
    type    = bool
    default = 0
  }
  column "createdAt" {
    null = false
    type = datetime
  }
  column "updatedAt" {
    null = false
    type = datetime
  }
  column "userID" {
    null = false
    type = int
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "Tasks_ibfk_1" {
    columns     = [column.userID]
    ref_columns = [table.Users.column.id]
    on_update   = CASCADE
    on_delete   = CASCADE
  }
  index "userID" {
    columns = [column.userID]
  }
}
table "Users" {
  schema = schema[""]
  column "id" {
    null           = false
    type           = int
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
schema "" {
  charset = "utf8mb4"
  collate = "utf8mb4_0900_ai_ci"
}
