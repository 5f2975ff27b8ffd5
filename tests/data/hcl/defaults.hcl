table "settings" {
  schema = schema.main
  column "n_int" {
    null    = false
    type    = integer
    default = 0
  }
  column "n_neg" {
    null    = false
    type    = integer
    default = -5
  }
  column "n_dec" {
    null    = false
    type    = real
    default = 1.5
  }
  column "n_plus" {
    null    = true
    type    = real
    default = 2
  }
  column "n_long" {
    null    = true
    type    = numeric
    default = 12345678901234567.25
  }
  column "s_quote" {
    null    = false
    type    = text
    default = "it's"
  }
  column "s_escape" {
    null    = false
    type    = text
    default = "a\\b \"c\" $${x} %%{y} $z"
  }
  column "s_newline" {
    null    = true
    type    = text
    default = "line1\nline2"
  }
  column "s_empty" {
    null    = true
    type    = text
    default = ""
  }
  column "s_double" {
    null    = true
    type    = text
    default = "q"
  }
  column "ts" {
    null    = false
    type    = datetime
    default = sql("CURRENT_TIMESTAMP")
  }
  column "expr" {
    null    = true
    type    = text
    default = sql("lower('X')")
  }
  column "expr_paren" {
    null    = true
    type    = text
    default = sql("(upper('y'))")
  }
  column "flag_t" {
    null    = false
    type    = boolean
    default = true
  }
  column "flag_f" {
    null    = false
    type    = boolean
    default = false
  }
  column "nothing" {
    null    = true
    type    = text
    default = sql("NULL")
  }
  column "blob_x" {
    null    = true
    type    = blob
    default = sql("x'00ff'")
  }
}
schema "main" {
}
