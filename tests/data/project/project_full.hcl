// A project that uses every part of the atlas.hcl model Strata reads.
variable "db_user" {
  type        = string
  default     = "app"
  description = "login for every env"
}

variable "port" {
  type    = number
  default = 5432
}

variable "tenants" {
  type    = list(string)
  default = ["acme", "globex"]
}

variable "token" {
  type = string
}

locals {
  host     = "db.internal"
  base_url = "postgres://${var.db_user}@${local.host}:${var.port}"
  dev_url  = "${local.base_url}/dev?sslmode=disable"
}

locals {
  schema_files = ["file://schema/tables.sql", "file://schema/views.sql"]
}

data "external_schema" "app" {
  program     = ["node", "load.js", "--dialect", "postgres"]
  working_dir = "loader"
}

data "sql" "tenants" {
  url   = local.dev_url
  query = "SELECT name FROM tenants"
}

lint {
  latest = 3
  destructive {
    error = true
  }
}

diff {
  skip {
    drop_schema = true
  }
}

env "local" {
  url     = "${local.base_url}/app?sslmode=disable"
  dev     = local.dev_url
  src     = local.schema_files
  schemas = ["public", "audit"]
  include = ["public.*"]
  exclude = ["*.tmp_*"]
  token   = var.token
  replicas = 2
  migration {
    dir          = "file://migrations"
    format       = golang-migrate
    exec_order   = LINEAR_SKIP
    lock_timeout = "5s"
    squash       = true
  }
  format {
    migrate {
      apply  = "{{ json . }}"
      status = "{{ .Status }}"
    }
    schema {
      diff = "{{ sql . }}"
    }
  }
  diff {
    concurrent_index {
      create = true
    }
  }
  docker {
    image = "postgres:16"
  }
}

env "app" {
  src = data.external_schema.app.url
  dev = "env://url"
  url = "env://dev"
  schema {
    src = "file://ignored.sql"
  }
}

env "schema_block" {
  schema {
    src = ["file://a.sql", "file://b.sql"]
  }
  migration {
    dir = "file://migrations/${atlas.env}"
  }
}

env {
  name = atlas.env
  url  = "postgres://${var.db_user}@${local.host}:${var.port}/${atlas.env}"
  dev  = local.dev_url
}

env "tenant" {
  for_each = toset(var.tenants)
  url      = urlsetpath(local.base_url, each.value)
  dev      = local.dev_url
  migration {
    dir = "file://migrations/${each.key}"
  }
}

cloud {
  project = "strata"
}
