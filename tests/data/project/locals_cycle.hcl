locals {
  a = local.b
  b = "${local.c}-b"
  c = upper(local.a)
}
