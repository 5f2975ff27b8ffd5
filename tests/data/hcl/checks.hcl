table "products" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "name" {
    null = false
    type = text
  }
  column "price" {
    null = false
    type = real
  }
  column "qty" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  check "price_positive" {
    expr = "(price > 0)"
  }
  check {
    expr = "(qty >= 0)"
  }
  check "qty_max" {
    expr = "qty < 1000"
  }
  check "name_set" {
    expr = "(name <> ''\n  AND name IS NOT NULL)"
  }
}
schema "main" {
}
