table "both_options" {
  schema = schema.main
  column "a" {
    null = false
    type = int
  }
  column "b" {
    null = true
    type = sql("any")
  }
  primary_key {
    columns = [column.a]
  }
  without_rowid = true
  strict        = true
}
table "counters" {
  schema = schema.main
  column "id" {
    null           = true
    type           = integer
    auto_increment = true
  }
  column "n" {
    null    = false
    type    = integer
    default = 0
  }
  primary_key {
    columns = [column.id]
  }
}
table "kv" {
  schema = schema.main
  column "k" {
    null = false
    type = text
  }
  column "v" {
    null = true
    type = blob
  }
  primary_key {
    columns = [column.k]
  }
  without_rowid = true
}
table "measurements" {
  schema = schema.main
  column "id" {
    null = true
    type = integer
  }
  column "celsius" {
    null = false
    type = real
  }
  column "fahrenheit" {
    null = true
    type = real
    as {
      expr = "(celsius * 9 / 5 + 32)"
      type = VIRTUAL
    }
  }
  column "label" {
    null = true
    type = text
    as {
      expr = "('t=' || (celsius))"
      type = STORED
    }
  }
  primary_key {
    columns = [column.id]
  }
  strict = true
}
schema "main" {
}
