env "crlf" {
  url = "sqlite://crlf.db" # windows line endings
  migration {
    dir = "file://migrations"
  }
}
