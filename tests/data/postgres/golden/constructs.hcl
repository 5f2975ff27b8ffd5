table "Quoted \"Name\"" {
  schema = schema.public
  column "Key" {
    null = false
    type = text
  }
  column "user" {
    null = true
    type = bigint
  }
  primary_key {
    columns = [column.Key]
  }
  foreign_key "Quoted \"Name\"_user_fkey" {
    columns     = [column.user]
    ref_columns = [table.users.column.id]
    on_update   = RESTRICT
    on_delete   = SET_DEFAULT
  }
}
table "orders" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
    identity {
      generated = ALWAYS
      start     = 10
      increment = 10
    }
  }
  column "ref" {
    null = false
    type = integer
    identity {
      generated = BY_DEFAULT
    }
  }
  column "user_id" {
    null = false
    type = bigint
  }
  column "parent_id" {
    null = true
    type = integer
  }
  column "amount" {
    null = false
    type = numeric(12,2)
  }
  column "total" {
    null = true
    type = numeric
    as {
      expr = "(amount * (2)::numeric)"
      type = STORED
    }
  }
  column "note" {
    null = true
    type = text
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "orders_parent_fk" {
    columns     = [column.parent_id]
    ref_columns = [column.id]
    on_update   = SET_NULL
    on_delete   = SET_NULL
  }
  foreign_key "orders_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
  index "orders_id_brin" {
    columns = [column.id]
    type    = BRIN
  }
  index "orders_lower_note_idx" {
    unique = true
    where  = "(note IS NOT NULL)"
    on {
      expr = "lower(note)"
    }
  }
  index "orders_user_idx" {
    comment = "By user"
    on {
      desc   = true
      column = column.user_id
    }
    on {
      column = column.amount
    }
  }
  index "orders_user_include" {
    columns = [column.user_id]
    include = [column.note]
  }
  check "orders_amount_check" {
    expr = "(amount > (0)::numeric)"
  }
}
table "users" {
  schema  = schema.public
  comment = "People who log in"
  column "id" {
    null = false
    type = bigserial
  }
  column "email" {
    null    = false
    type    = character_varying(255)
    comment = "Login name"
  }
  column "name" {
    null = true
    type = character_varying
  }
  column "bio" {
    null    = true
    type    = text
    collate = "C"
  }
  column "active" {
    null    = false
    type    = boolean
    default = true
  }
  column "state" {
    null    = false
    type    = enum.status
    default = "active"
  }
  column "score" {
    null    = true
    type    = numeric(10,2)
    default = 0
  }
  column "precise" {
    null = true
    type = numeric(12)
  }
  column "ratio" {
    null = true
    type = double_precision
  }
  column "counter" {
    null = false
    type = smallserial
  }
  column "created_at" {
    null    = false
    type    = timestamptz
    default = sql("now()")
  }
  column "updated_at" {
    null    = true
    type    = timestamp(4)
    default = sql("CURRENT_TIMESTAMP")
  }
  column "profile" {
    null    = true
    type    = jsonb
    default = "{}"
  }
  column "uid" {
    null = true
    type = uuid
  }
  column "tags" {
    null    = true
    type    = sql("text[]")
    default = "{}"
  }
  column "lucky" {
    null = true
    type = sql("integer[]")
  }
  column "history" {
    null = true
    type = sql("status[]")
  }
  column "nickname" {
    null    = true
    type    = text
    default = "it's"
  }
  column "balance" {
    null    = true
    type    = integer
    default = -1
  }
  primary_key {
    columns = [column.id]
  }
  index "users_email_hash" {
    columns = [column.email]
    type    = HASH
  }
  index "users_profile_gin" {
    columns = [column.profile]
    type    = GIN
  }
  check "users_score_check" {
    expr = "(score >= (0)::numeric)"
  }
  unique "users_email_key" {
    columns = [column.email]
  }
}
enum "status" {
  schema = schema.public
  values = ["active", "inactive", "banned"]
}
schema "public" {
  comment = "standard public schema"
}
