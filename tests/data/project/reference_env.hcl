env "dev" {
  url     = "postgres://u:p@localhost:5432/app?sslmode=disable&search_path=public"
  dev     = "docker://postgres/16/dev?search_path=public"
  src     = "file://schema.hcl"   # string or list; or: schema { src = ... }
  schemas = ["public"]
  exclude = ["*.tmp_*"]           # glob patterns; also `include`
  migration {
    dir              = "file://migrations"
    format           = atlas      # golang-migrate|goose|flyway|liquibase|dbmate
    revisions_schema = "public"
    baseline         = "20240101000000"
    exec_order       = LINEAR     # LINEAR_SKIP|NON_LINEAR -> --exec-order
    lock_timeout     = "10s"
  }
  format {
    migrate {
      diff  = "{{ sql . \"  \" }}"  # also apply, lint, status, down
    }
    schema {
      inspect = "{{ sql . }}"       # also apply, diff, clean, push
    }
  }
  diff {
    skip {                          # add_/drop_/modify_{schema,table,column,index,foreign_key},
      drop_schema = true            # rename_table, rename_constraint
      drop_table  = true
    }
    concurrent_index {              # PG; passed through to the driver
      create = true
      drop   = true
    }
  }
  lint {
    latest = 1                      # or: git { dir = "."  base = "master" }
    destructive {
      error = true
    }
  }
}
