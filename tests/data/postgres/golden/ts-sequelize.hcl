table "Tasks" {
  schema = schema.public
  column "id" {
    null = false
    type = serial
  }
  column "complete" {
    null    = true
    type    = boolean
    default = false
  }
  column "userID" {
    null = false
    type = integer
  }
  column "createdAt" {
    null = false
    type = timestamptz
  }
  column "updatedAt" {
    null = false
    type = timestamptz
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "Tasks_userID_fkey" {
    columns     = [column.userID]
    ref_columns = [table.Users.column.id]
    on_update   = CASCADE
    on_delete   = CASCADE
  }
}
table "Users" {
  schema = schema.public
  column "id" {
    null = false
    type = serial
  }
  column "name" {
    null = false
    type = character_varying(255)
  }
  column "email" {
    null = false
    type = character_varying(255)
  }
  column "createdAt" {
    null = false
    type = timestamptz
  }
  column "updatedAt" {
    null = false
    type = timestamptz
  }
  primary_key {
    columns = [column.id]
  }
}
schema "public" {
  comment = "standard public schema"
}
