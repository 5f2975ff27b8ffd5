data "external_schema" "app" {
  program     = ["node", "load.js", "sqlite"]
}
data "external_schema" "tools" {
  program     = ["sh", "gen.sh"]
  working_dir = "tools"
}
env "local" {
  src = data.external_schema.app.url
  url = "sqlite://app.db"
  dev = "sqlite://dev?mode=memory"
}
env "files" {
  src = "file://schema/main.sql"
  url = "sqlite:///var/db/app.db"
}
env "tools" {
  src = data.external_schema.tools.url
}
env "nothing" {
}
env "loop" {
  src = "env://url"
}
env "many" {
  src = ["file://a.sql", "file://b.sql"]
}
