table "a_cycle" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "b_id" {
    null = true
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "a_b" {
    columns     = [column.b_id]
    ref_columns = [table.b_cycle.column.id]
    on_update   = NO_ACTION
    on_delete   = NO_ACTION
  }
}
table "b_cycle" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "a_id" {
    null = true
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "b_a" {
    columns     = [column.a_id]
    ref_columns = [table.a_cycle.column.id]
    on_update   = NO_ACTION
    on_delete   = NO_ACTION
  }
}
table "comments" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "post_id" {
    null = false
    type = integer
  }
  column "author_id" {
    null = true
    type = integer
  }
  column "parent_id" {
    null = true
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "comments_author" {
    columns     = [column.author_id]
    ref_columns = [table.users.column.id]
    on_update   = NO_ACTION
    on_delete   = SET_NULL
  }
  foreign_key "comments_parent" {
    columns     = [column.parent_id]
    ref_columns = [column.id]
    on_update   = CASCADE
    on_delete   = CASCADE
  }
  foreign_key "0" {
    columns     = [column.post_id]
    ref_columns = [table.posts.column.id]
    on_update   = RESTRICT
    on_delete   = SET_DEFAULT
  }
}
table "order_lines" {
  schema = schema.main
  column "order_id" {
    null = false
    type = integer
  }
  column "line_no" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.order_id, column.line_no]
  }
}
table "posts" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "author_id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "posts_author" {
    columns     = [column.author_id]
    ref_columns = [table.users.column.id]
    on_update   = NO_ACTION
    on_delete   = RESTRICT
  }
}
table "shipments" {
  schema = schema.main
  column "order_id" {
    null = false
    type = integer
  }
  column "line_no" {
    null = false
    type = integer
  }
  foreign_key "shipments_line" {
    columns     = [column.order_id, column.line_no]
    ref_columns = [table.order_lines.column.order_id, table.order_lines.column.line_no]
    on_update   = CASCADE
    on_delete   = CASCADE
  }
}
table "users" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
}
schema "main" {
}
