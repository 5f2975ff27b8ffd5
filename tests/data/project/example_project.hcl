# The bundled example: Sequelize models loaded by our own load.js, one env per database.
variable "dialect" {
  type    = string
  default = "sqlite"
}

locals {
  mysql_url    = getenv("MYSQL_URL") != "" ? getenv("MYSQL_URL") : "mysql://root:pass@127.0.0.1:3306/example"
  postgres_url = coalesce(getenv("POSTGRES_URL"), "postgres://postgres:pass@127.0.0.1:5432/example?sslmode=disable")
}

data "external_schema" "sequelize" {
  program     = ["node", "load.js", var.dialect]
  working_dir = "."
}

env "sqlite" {
  src = data.external_schema.sequelize.url
  dev = "sqlite://dev?mode=memory"
  url = "sqlite://example.db"
  migration {
    dir = "file://migrations/sqlite"
  }
}

env "mysql" {
  src = data.external_schema.sequelize.url
  dev = urlsetpath(local.mysql_url, "dev")
  url = local.mysql_url
  migration {
    dir = "file://migrations/mysql"
  }
}

env "postgres" {
  src = data.external_schema.sequelize.url
  dev = urlqueryset(local.postgres_url, "search_path", "public")
  url = local.postgres_url
  migration {
    dir = "file://migrations/postgres"
  }
}
