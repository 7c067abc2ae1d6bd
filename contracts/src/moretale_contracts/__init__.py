"""MoreTale contracts: the data every service agrees on. No I/O lives here."""
