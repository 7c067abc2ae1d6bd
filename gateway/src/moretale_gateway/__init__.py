"""The gateway: MoreTale's public API (`/api/stories`) and the source of truth for status."""

SERVICE = "gateway"
