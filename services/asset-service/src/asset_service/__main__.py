"""`python -m asset_service`: run the service."""

from asset_service import SERVICE
from asset_service.config import Settings
from asset_service.main import create_app
from moretale_kit.serve import serve

if __name__ == "__main__":
    settings = Settings()
    serve(SERVICE, lambda: create_app(settings), settings, extra_ports=[settings.internal_port])
