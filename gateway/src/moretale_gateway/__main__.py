"""`python -m moretale_gateway`: run the service."""

from moretale_gateway import SERVICE
from moretale_gateway.config import Settings
from moretale_gateway.main import create_app
from moretale_kit.serve import serve

if __name__ == "__main__":
    serve(SERVICE, create_app, Settings())
