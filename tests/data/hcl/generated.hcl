table "boxes" {
  schema = schema.main
  column "w" {
    null = false
    type = int
  }
  column "h" {
    null = false
    type = int
  }
  column "area" {
    null = true
    type = int
    as {
      expr = "(w * h)"
      type = STORED
    }
  }
  column "perimeter" {
    null = true
    type = int
    as {
      expr = "2 * (w + h)"
      type = VIRTUAL
    }
  }
}
schema "main" {
}
