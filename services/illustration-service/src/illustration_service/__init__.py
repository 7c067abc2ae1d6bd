"""illustration-service: paints the cover (the character reference) and every page."""

SERVICE = "illustration-service"
