table "posts" {
  schema = schema.main
  column "id" {
    null = true
    type = integer
  }
  column "author_id" {
    null = false
    type = integer
  }
  column "slug" {
    null = false
    type = text
  }
  column "title" {
    null = true
    type = text
  }
  column "published_at" {
    null = true
    type = datetime
  }
  column "deleted" {
    null    = false
    type    = integer
    default = 0
  }
  primary_key {
    columns = [column.id]
  }
  index "posts, odd" {
    on {
      expr = "coalesce(title, 'a,b')"
    }
    on {
      expr = "replace(slug, ')', '(') COLLATE NOCASE"
    }
  }
  index "posts_live" {
    columns = [column.author_id]
    where   = "deleted = 0 AND published_at IS NOT NULL"
  }
  index "posts_recent" {
    on {
      desc   = true
      column = column.published_at
    }
    on {
      column = column.id
    }
  }
  index "posts_slug" {
    unique  = true
    columns = [column.slug]
  }
  index "posts_title_lower" {
    on {
      expr = "lower(title)"
    }
    on {
      desc = true
      expr = "substr(slug, 1, 3)"
    }
    on {
      column = column.author_id
    }
  }
  index "sqlite_autoindex_posts_1" {
    unique  = true
    columns = [column.author_id, column.slug]
  }
}
schema "main" {
}
