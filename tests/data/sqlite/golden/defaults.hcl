table "settings" {
  schema = schema.main
  column "id" {
    null = true
    type = integer
  }
  column "retries" {
    null    = true
    type    = int
    default = 3
  }
  column "ratio" {
    null    = true
    type    = real
    default = 1.5
  }
  column "offset_value" {
    null    = true
    type    = integer
    default = -1
  }
  column "label" {
    null    = true
    type    = text
    default = "it's"
  }
  column "quoted" {
    null    = true
    type    = text
    default = "dq"
  }
  column "enabled" {
    null    = true
    type    = boolean
    default = true
  }
  column "created_at" {
    null    = true
    type    = datetime
    default = sql("CURRENT_TIMESTAMP")
  }
  column "slug" {
    null    = true
    type    = text
    default = sql("lower('ABC') || 'x'")
  }
  column "payload" {
    null    = true
    type    = blob
    default = sql("x'00ff'")
  }
  column "note" {
    null    = true
    type    = text
    default = sql("NULL")
  }
  column "untyped" {
    null = true
    type = blob
  }
  column "amount" {
    null    = false
    type    = numeric(10,2)
    default = 0
  }
  primary_key {
    columns = [column.id]
  }
}
schema "main" {
}
