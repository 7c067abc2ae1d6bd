"""The `moretale` command: a small client of MoreTale's public API."""
