table "audit log" {
  schema = schema.strata_test_constructs
  column "id" {
    null = false
    type = int
  }
  column "what`s" {
    null    = true
    type    = varchar(10)
    default = "x"
  }
  column "at" {
    null = true
    type = datetime(6)
  }
  index "audit_id" {
    unique  = true
    columns = [column.id]
  }
}
table "memberships" {
  schema = schema.strata_test_constructs
  column "user_id" {
    null     = false
    type     = bigint
    unsigned = true
  }
  column "team_id" {
    null = false
    type = int
  }
  column "role" {
    null    = false
    type    = varchar(20)
    default = "member"
  }
  primary_key {
    columns = [column.team_id, column.user_id]
  }
  foreign_key "memberships_ibfk_1" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
    on_update   = RESTRICT
    on_delete   = RESTRICT
  }
  foreign_key "memberships_ibfk_2" {
    columns     = [column.team_id]
    ref_columns = [table.teams.column.id]
    on_update   = RESTRICT
    on_delete   = CASCADE
  }
  index "memberships_user" {
    columns = [column.user_id]
  }
}
table "places" {
  schema = schema.strata_test_constructs
  engine = MyISAM
  column "id" {
    null = false
    type = int
  }
  column "position" {
    null = false
    type = point
  }
  column "label" {
    null = true
    type = varchar(40)
  }
  primary_key {
    columns = [column.id]
  }
  index "places_position" {
    columns = [column.position]
    type    = SPATIAL
  }
}
table "teams" {
  schema  = schema.strata_test_constructs
  charset = "latin1"
  collate = "latin1_swedish_ci"
  column "id" {
    null           = false
    type           = int
    auto_increment = true
  }
  column "parent_id" {
    null = true
    type = int
  }
  column "owner_id" {
    null     = true
    type     = bigint
    unsigned = true
  }
  column "title" {
    null = false
    type = varchar(80)
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "teams_owner" {
    columns     = [column.owner_id]
    ref_columns = [table.users.column.id]
    on_update   = RESTRICT
    on_delete   = CASCADE
  }
  foreign_key "teams_parent" {
    columns     = [column.parent_id]
    ref_columns = [column.id]
    on_update   = RESTRICT
    on_delete   = SET_NULL
  }
  index "teams_owner" {
    columns = [column.owner_id]
  }
  index "teams_parent" {
    columns = [column.parent_id]
  }
}
table "users" {
  schema  = schema.strata_test_constructs
  comment = "people who log in"
  column "id" {
    null           = false
    type           = bigint
    unsigned       = true
    auto_increment = true
  }
  column "uuid" {
    null    = false
    type    = char(36)
    default = sql("(uuid())")
  }
  column "email" {
    null    = false
    type    = varchar(255)
    comment = "login, unique"
  }
  column "name" {
    null    = true
    type    = varchar(100)
    charset = "latin1"
    collate = "latin1_bin"
  }
  column "nick" {
    null    = false
    type    = varchar(50)
    default = "it's me"
  }
  column "bio" {
    null = true
    type = text
  }
  column "notes" {
    null = false
    type = longtext
  }
  column "settings" {
    null    = true
    type    = longtext
    collate = "utf8mb4_bin"
  }
  column "active" {
    null    = false
    type    = bool
    default = 1
  }
  column "score" {
    null    = false
    type    = decimal(10,2)
    default = 0.5
  }
  column "ratio" {
    null = true
    type = double
  }
  column "level" {
    null    = false
    type    = enum("low","mid","high")
    default = "low"
  }
  column "flags" {
    null = true
    type = set("a","b")
  }
  column "age" {
    null    = true
    type    = smallint
    default = 18
  }
  column "created_at" {
    null    = false
    type    = datetime
    default = sql("current_timestamp()")
  }
  column "updated_at" {
    null      = false
    type      = timestamp(6)
    default   = sql("current_timestamp(6)")
    on_update = sql("current_timestamp(6)")
  }
  column "birthday" {
    null = true
    type = date
  }
  column "email_domain" {
    null = true
    type = varchar(255)
    as {
      expr = "substring_index(`email`,'@',-1)"
      type = VIRTUAL
    }
  }
  column "score_x2" {
    null = true
    type = decimal(11,2)
    as {
      expr = "`score` * 2"
      type = STORED
    }
  }
  primary_key {
    columns = [column.id]
  }
  index "users_bio" {
    columns = [column.bio]
    type    = FULLTEXT
  }
  index "users_created_desc" {
    comment = "newest first"
    on {
      desc   = true
      column = column.created_at
    }
    on {
      column = column.id
    }
  }
  index "users_email" {
    unique  = true
    columns = [column.email]
  }
  index "users_level_age" {
    columns = [column.level, column.age]
  }
  index "users_name_prefix" {
    on {
      column = column.name
      prefix = 64
    }
  }
  check "age_positive" {
    expr = "`age` > 0"
  }
  check "settings" {
    expr = "json_valid(`settings`)"
  }
}
schema "strata_test_constructs" {
  charset = "utf8mb4"
  collate = "utf8mb4_general_ci"
}
