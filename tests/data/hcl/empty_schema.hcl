schema "main" {
}
