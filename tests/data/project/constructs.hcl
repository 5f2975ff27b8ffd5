# Every construct of HCL native syntax that an atlas.hcl may use.
// line comment
/* block
   comment */
variable "name" {
  default = "world" # trailing comment
}

locals {
  integer   = 42
  float     = 3.25
  exponent  = 1e3
  negative  = -7
  truth     = true && !false
  nothing   = null
  escapes   = "tab\tquote\"backslash\\ \u00e9 \U0001F600 $${literal} %%{literal}"
  greeting  = "Hello, ${var.name}!"
  tuple     = ["a", "b", "c",]
  object    = { a = 1, "b" = 2, c: 3 }
  multiline = {
    first  = "one"
    second = "two"
  }
  nested    = [for s in local.tuple : upper(s) if s != "b"]
  mapped    = { for k, v in local.object : k => v * 2 }
  grouped   = { for s in ["x", "y", "x"] : s => s... }
  splat     = [{ n = 1 }, { n = 2 }][*].n
  attrsplat = [{ n = 3 }, { n = 4 }].*.n
  index     = local.tuple[1]
  key       = local.object["b"]
  math      = (1 + 2) * 3 - 4 / 2 % 3
  compare   = 1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3 && 1 == 1 && 1 != 2 || false
  choice    = var.name == "" ? "anonymous" : var.name
  call      = format("%s has %d items", "tuple", length(local.tuple))
  expanded  = concat([["x"], local.tuple]...)
  directive = "%{ if var.name != "" }named%{ else }anonymous%{ endif }"
  loop      = "%{ for i, s in local.tuple }${i}=${s};%{ endfor }"
  stripped  = "a  %{~ if true ~}  b  %{~ endif ~}  c"
  heredoc   = <<EOT
Hello ${var.name}
  indented
EOT
  flush     = <<-SQL
    CREATE TABLE t (
      id int
    );
    SQL
}

one_line { a = 1 }
empty_block {}
labeled "one" two "three" {
}
