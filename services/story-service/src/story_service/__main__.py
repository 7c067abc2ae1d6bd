"""`python -m story_service`: run the service."""

from moretale_kit.serve import serve
from story_service import SERVICE
from story_service.config import Settings
from story_service.main import create_app

if __name__ == "__main__":
    serve(SERVICE, create_app, Settings())
