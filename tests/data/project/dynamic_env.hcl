env {
  name = atlas.env
  url  = "sqlite://${atlas.env}.db"
}

env "prod" {
  url = "sqlite://prod-labeled.db"
}
