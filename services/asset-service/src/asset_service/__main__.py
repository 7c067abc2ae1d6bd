"""`python -m asset_service`: run the service."""

from asset_service import SERVICE
from asset_service.config import Settings
from asset_service.main import create_app
from moretale_kit.serve import serve

if __name__ == "__main__":
    serve(SERVICE, create_app, Settings())
