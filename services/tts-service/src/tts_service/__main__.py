"""`python -m tts_service`: run the service."""

from moretale_kit.serve import serve
from tts_service import SERVICE
from tts_service.config import Settings
from tts_service.main import create_app

if __name__ == "__main__":
    serve(SERVICE, create_app, Settings())
