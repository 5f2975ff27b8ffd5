table "customers" {
  schema = schema.crm
  column "id" {
    null = false
    type = serial
  }
  column "level" {
    null    = false
    type    = enum.tier
    default = "silver"
  }
  primary_key {
    columns = [column.id]
  }
}
table "crm" "notes" {
  schema = schema.crm
  column "id" {
    null = false
    type = serial
  }
  column "body" {
    null = false
    type = text
  }
  primary_key {
    columns = [column.id]
  }
}
table "sales" "notes" {
  schema = schema.sales
  column "id" {
    null = false
    type = serial
  }
  column "customer_id" {
    null = false
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "notes_customer_id_fkey" {
    columns     = [column.customer_id]
    ref_columns = [table.customers.column.id]
    on_update   = NO_ACTION
    on_delete   = NO_ACTION
  }
}
enum "tier" {
  schema = schema.crm
  values = ["gold", "silver"]
}
schema "crm" {
}
schema "public" {
  comment = "standard public schema"
}
schema "sales" {
  comment = "Orders and invoices"
}
