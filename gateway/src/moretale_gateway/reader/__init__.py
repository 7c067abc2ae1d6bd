"""The reader a family opens in a browser (plain HTML/CSS/JS in `static/`, served by the gateway
under `/reader/`), and the signed, expiring, read-only share links it opens books with."""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"
