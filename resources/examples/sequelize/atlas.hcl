# atlas.hcl - Strata's bundled example, the Atlas Sequelize guide (script mode) for three
# databases. Strata and the Atlas CLI both read this file.
#
#   npm ci                                  # once: installs sequelize into node_modules
#   strata schema inspect --env sqlite --url env://src
#   atlas migrate diff --env sqlite add_users_tasks   # the Atlas CLI reads this file too
#
# Each env takes its desired schema from `node load.js <dialect>`, which prints the CREATE
# TABLE statements of models/user.js and models/task.js for that dialect (see load.js).

# Connection strings for the server envs come from environment variables, so no password is
# stored here. An unset or empty variable falls back to the default after the `?`, the local
# server with the guide's credentials (root:pass); the dev database must be an empty schema
# that may be written to and emptied again (the guide uses "docker://mysql/8/dev").
#
#   STRATA_MYSQL_URL         default mysql://root:pass@127.0.0.1:3306/example
#   STRATA_MYSQL_DEV_URL     default mysql://root:pass@127.0.0.1:3306/dev
#   STRATA_POSTGRES_URL      default postgres://postgres:pass@127.0.0.1:5432/example?search_path=public&sslmode=disable
#   STRATA_POSTGRES_DEV_URL  default postgres://postgres:pass@127.0.0.1:5432/dev?search_path=public&sslmode=disable
locals {
  mysql_url_env        = getenv("STRATA_MYSQL_URL")
  mysql_dev_url_env    = getenv("STRATA_MYSQL_DEV_URL")
  postgres_url_env     = getenv("STRATA_POSTGRES_URL")
  postgres_dev_url_env = getenv("STRATA_POSTGRES_DEV_URL")

  mysql_url        = local.mysql_url_env == "" ? "mysql://root:pass@127.0.0.1:3306/example" : local.mysql_url_env
  mysql_dev_url    = local.mysql_dev_url_env == "" ? "mysql://root:pass@127.0.0.1:3306/dev" : local.mysql_dev_url_env
  postgres_url     = local.postgres_url_env == "" ? "postgres://postgres:pass@127.0.0.1:5432/example?search_path=public&sslmode=disable" : local.postgres_url_env
  postgres_dev_url = local.postgres_dev_url_env == "" ? "postgres://postgres:pass@127.0.0.1:5432/dev?search_path=public&sslmode=disable" : local.postgres_dev_url_env
}

# Migration files differ per dialect, so each env keeps its own directory under migrations/
# (the guide, with one database, uses "file://migrations").

# One external schema per dialect: Sequelize spells types and keys differently for each.
# The program runs in this file's folder; its stdout is the desired schema as SQL.
data "external_schema" "sequelize_sqlite" {
  program = ["node", "load.js", "sqlite"]
}

data "external_schema" "sequelize_mysql" {
  program = ["node", "load.js", "mysql"]
}

data "external_schema" "sequelize_postgres" {
  program = ["node", "load.js", "postgres"]
}

# The default env: SQLite needs no server. The dev database, where the desired schema is
# normalized and diffs are planned, lives in memory; the target database is example.db here.
env "sqlite" {
  src = data.external_schema.sequelize_sqlite.url
  dev = "sqlite://dev?mode=memory"
  url = "sqlite://example.db"
  migration {
    dir = "file://migrations/sqlite"
  }
  format {
    migrate {
      diff = "{{ sql . \"  \" }}"
    }
  }
}

# MySQL or MariaDB (Sequelize prints the same DDL for both).
env "mysql" {
  src = data.external_schema.sequelize_mysql.url
  dev = local.mysql_dev_url
  url = local.mysql_url
  migration {
    dir = "file://migrations/mysql"
  }
  format {
    migrate {
      diff = "{{ sql . \"  \" }}"
    }
  }
}

# PostgreSQL; search_path scopes both URLs to the public schema.
env "postgres" {
  src = data.external_schema.sequelize_postgres.url
  dev = local.postgres_dev_url
  url = local.postgres_url
  migration {
    dir = "file://migrations/postgres"
  }
  format {
    migrate {
      diff = "{{ sql . \"  \" }}"
    }
  }
}
