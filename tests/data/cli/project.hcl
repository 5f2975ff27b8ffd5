# A project for the CLI tests: programs are sh one-liners, so no node is needed.
variable "who" {
  type    = string
  default = "default"
}

data "external_schema" "seed" {
  program = ["sh", "-c", "cat schema.sql; echo 'loaded by ${var.who}' >&2"]
}

data "external_schema" "broken" {
  program = ["sh", "-c", "echo 'TypeError: x is not a function' >&2; exit 1"]
}

env "local" {
  src = data.external_schema.seed.url
  dev = "sqlite://dev?mode=memory"
}

env "files" {
  src = "file://schema.sql"
  dev = "sqlite://dev?mode=memory"
  # An attribute of the env's own, which --url env://schema_file reaches as in Atlas.
  schema_file = "file://schema.sql"
}

env "broken" {
  src = data.external_schema.broken.url
  dev = "sqlite://dev?mode=memory"
}

variable "mood" {
  type    = string
  default = "calm"
}

data "external_schema" "moods" {
  program = ["sh", "-c", "cat schema.sql; echo '${var.who} is ${var.mood}' >&2"]
}

env "moods" {
  src = data.external_schema.moods.url
  dev = "sqlite://dev?mode=memory"
}

# Atlas takes --exclude and --format from these when the command line does not give them.
env "scoped" {
  src     = "file://schema.sql"
  dev     = "sqlite://dev?mode=memory"
  exclude = ["Tasks"]
  format {
    schema {
      inspect = "{{ mermaid . }}"
    }
  }
}

# A for_each env: commands that take one env refuse it, as Atlas does.
env "tenant" {
  for_each = toset(["acme", "globex"])
  src      = "file://schema.sql"
  dev      = "sqlite://dev?mode=memory"
}
