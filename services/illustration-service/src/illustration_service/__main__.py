"""`python -m illustration_service`: run the service."""

from illustration_service import SERVICE
from illustration_service.config import Settings
from illustration_service.main import create_app
from moretale_kit.serve import serve

if __name__ == "__main__":
    serve(SERVICE, create_app, Settings())
