"""MoreTale runtime library: what every service needs once.

Settings (`CommonSettings`), the JetStream bus (`Bus`), the object store (`ObjectStore`),
structured logging (`configure_logging`, `log_context`), database set-up (`Database`) and the
ops routes (`ops_router`: /healthz, /readyz, /metrics).
"""
