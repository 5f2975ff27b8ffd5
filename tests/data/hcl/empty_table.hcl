table "nothing" {
  schema = schema.main
}
schema "main" {
}
