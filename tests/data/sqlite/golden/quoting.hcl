table "my table" {
  schema = schema.main
  column "the id" {
    null = true
    type = integer
  }
  column "back`tick" {
    null = true
    type = text
  }
  column "a\"b" {
    null = false
    type = text
  }
  column "square col" {
    null = true
    type = integer
  }
  column "single" {
    null = true
    type = text
  }
  primary_key {
    columns = [column["the id"]]
  }
  index "idx on \"a\"b\"" {
    on {
      desc   = true
      column = column["a\"b"]
    }
    on {
      column = column["back`tick"]
    }
  }
}
table "order items" {
  schema = schema.main
  column "id" {
    null = true
    type = integer
  }
  column "table id" {
    null = true
    type = integer
  }
  column "amount (€)" {
    null = true
    type = real
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "fk, with comma" {
    columns     = [column["table id"]]
    ref_columns = [table["my table"].column["the id"]]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
  check "positive amount" {
    expr = "([amount (€)] > 0)"
  }
}
schema "main" {
}
