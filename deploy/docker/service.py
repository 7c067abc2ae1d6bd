#!/usr/bin/env python3
"""The five MoreTale services as the one Dockerfile builds them (`--build-arg SERVICE=...`).

At build time, from the repository root:
  service.py describe SERVICE      what the image runs (folder, package, env prefix, port), JSON
  service.py requirements SERVICE  the third-party requirements of contracts, the kit (with its
                                   gemini extra for the workers that call Gemini) and the
                                   service, read from their pyproject.toml files: the image's
                                   dependency layer, installed before any source is copied
  service.py packages SERVICE      the three local folders, installed on top without dependencies
In the image (installed as /opt/venv/bin/moretale-service):
  moretale-service                 runs the service (python -m <package>) on 0.0.0.0
  moretale-service healthcheck     GET /healthz on the service's port (Docker's HEALTHCHECK)

Standard library only: it runs on the bare base image. tests/deploy/test_dockerfiles.py checks
the table against each service's Settings (prefix, port, whether it calls Gemini).
"""

from __future__ import annotations

import json
import os
import re
import runpy
import sys
import tomllib
import urllib.request
from pathlib import Path

SERVICES: dict[str, dict[str, object]] = {
    "gateway": {
        "folder": "gateway",
        "package": "moretale_gateway",
        "prefix": "GATEWAY_",
        "port": 8000,
        "gemini": False,
    },
    "story-service": {
        "folder": "services/story-service",
        "package": "story_service",
        "prefix": "STORY_",
        "port": 8001,
        "gemini": True,
    },
    "tts-service": {
        "folder": "services/tts-service",
        "package": "tts_service",
        "prefix": "TTS_",
        "port": 8002,
        "gemini": True,
    },
    "illustration-service": {
        "folder": "services/illustration-service",
        "package": "illustration_service",
        "prefix": "ILLUSTRATION_",
        "port": 8003,
        "gemini": True,
    },
    "asset-service": {
        "folder": "services/asset-service",
        "package": "asset_service",
        "prefix": "ASSET_",
        "port": 8004,
        "gemini": False,
    },
}
LOCAL = ("contracts", "libs/kit")  # installed from source with every service
DESCRIPTION = Path(sys.prefix) / "moretale-service.json"  # in the image: /opt/venv/...


def service(name: str) -> dict[str, object]:
    if name not in SERVICES:
        sys.exit(f"SERVICE must be one of {', '.join(SERVICES)} (got {name!r})")
    return SERVICES[name]


def requirements(name: str, root: Path = Path()) -> list[str]:
    """Third-party requirements (as pinned in the pyproject.toml files), local ones left out."""
    spec = service(name)
    local_names = set()
    wanted: list[str] = []
    for folder in (*LOCAL, str(spec["folder"])):
        project = tomllib.loads((root / folder / "pyproject.toml").read_text())["project"]
        local_names.add(project["name"])
        wanted += project.get("dependencies", [])
        if folder == "libs/kit" and spec["gemini"]:
            wanted += project.get("optional-dependencies", {}).get("gemini", [])
    third_party = [
        r for r in wanted if re.split(r"[\s\[=<>!~;]", r, maxsplit=1)[0] not in local_names
    ]
    return sorted(set(third_party), key=str.lower)


def packages(name: str) -> list[str]:
    spec = service(name)
    kit = "./libs/kit[gemini]" if spec["gemini"] else "./libs/kit"
    return ["./contracts", kit, f"./{spec['folder']}"]


def run() -> None:
    spec = json.loads(DESCRIPTION.read_text())
    os.environ.setdefault(f"{spec['prefix']}HOST", "0.0.0.0")  # reachable in the container
    sys.argv = [str(spec["package"])]
    runpy.run_module(str(spec["package"]), run_name="__main__", alter_sys=True)


def healthcheck() -> None:
    spec = json.loads(DESCRIPTION.read_text())
    port = os.environ.get(f"{spec['prefix']}PORT", str(spec["port"]))
    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=4).close()


def main(argv: list[str]) -> None:
    command, *args = argv or ["run"]
    if command == "run":
        run()
    elif command == "healthcheck":
        healthcheck()
    elif command == "describe" and len(args) == 1:
        print(json.dumps({"service": args[0], **service(args[0])}))
    elif command == "requirements" and len(args) == 1:
        print("\n".join(requirements(args[0])))
    elif command == "packages" and len(args) == 1:
        print(" ".join(packages(args[0])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
