"""`python -m moretale_gateway [--role all|api|projector]`: run the service (the role also from
`GATEWAY_ROLE`; `all` by default)."""

import argparse

from moretale_gateway.config import Settings
from moretale_gateway.main import create_app, service_name
from moretale_kit.serve import serve


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m moretale_gateway", description=__doc__)
    parser.add_argument(
        "--role",
        choices=["all", "api", "projector"],
        help="api: answer requests; projector: apply events to rows, deliver webhooks, "
        "reconcile; all: both (default: GATEWAY_ROLE, else all)",
    )
    args = parser.parse_args()
    settings = Settings() if args.role is None else Settings(role=args.role)
    if settings.role == "projector":
        # Only /healthz, /readyz and /metrics: on a port of its own, so both roles can run on
        # one machine.
        settings = settings.model_copy(update={"port": settings.projector_port})
    serve(service_name(settings), lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
