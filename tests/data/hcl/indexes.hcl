table "people" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "first_name" {
    null = false
    type = text
  }
  column "last_name" {
    null = false
    type = text
  }
  column "email" {
    null = true
    type = text
  }
  column "active" {
    null = true
    type = boolean
  }
  primary_key {
    columns = [column.id]
  }
  index "people_active_email" {
    columns = [column.email]
    where   = "active = 1"
  }
  index "people_email" {
    unique  = true
    columns = [column.email]
  }
  index "people_full_name" {
    on {
      expr = "lower(first_name)"
    }
    on {
      column = column.last_name
    }
  }
  index "people_last_desc" {
    on {
      desc   = true
      column = column.last_name
    }
    on {
      column = column.first_name
    }
  }
  index "people_lower_email" {
    unique = true
    where  = "email IS NOT NULL"
    on {
      desc = true
      expr = "lower(email)"
    }
  }
}
schema "main" {
}
