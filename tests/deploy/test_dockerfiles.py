"""Structural lint of the five Dockerfiles and the root .dockerignore.

No Docker engine runs here, so the images are checked by reading: a pinned slim Python base, a
non-root user, only the packages the service needs copied and installed against
requirements.lock, one process (`python -m <package>`) listening on 0.0.0.0 and the service's
port, a HEALTHCHECK on /healthz. The expected package, env prefix and port come from each
service's own code (its Settings class), so the Dockerfiles cannot drift from it silently.
"""

from __future__ import annotations

import importlib
import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ("requirements.lock", "contracts", "libs/kit")
BASE_IMAGE = re.compile(r"^python:3\.11\.\d+-slim(-bookworm|-trixie)?$")


@dataclass(frozen=True)
class Service:
    folder: str  # relative to the repository root
    package: str

    @property
    def settings(self) -> type:
        return importlib.import_module(f"{self.package}.config").Settings  # type: ignore[no-any-return]

    @property
    def prefix(self) -> str:
        return str(self.settings.model_config["env_prefix"])

    @property
    def port(self) -> int:
        return int(self.settings.model_fields["port"].default)

    @property
    def calls_gemini(self) -> bool:
        """Whether the service has Gemini providers (then its image needs the kit's extra)."""
        return "gemini_api_key" in self.settings.model_fields


SERVICES = [
    Service("gateway", "moretale_gateway"),
    Service("services/story-service", "story_service"),
    Service("services/tts-service", "tts_service"),
    Service("services/illustration-service", "illustration_service"),
    Service("services/asset-service", "asset_service"),
]


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str


def parse(text: str) -> list[list[Instruction]]:
    """Instructions grouped by build stage (each FROM starts one); continuations joined."""
    logical: list[str] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue  # a comment inside a continued instruction is dropped, as Docker does
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1]
            continue
        logical.append(pending + raw)
        pending = ""
    if pending:
        logical.append(pending)
    stages: list[list[Instruction]] = []
    for line in logical:
        keyword, _, args = line.strip().partition(" ")
        instruction = Instruction(keyword.upper(), args.strip())
        if instruction.keyword == "FROM":
            stages.append([])
        if not stages:
            stages.append([])  # instructions before FROM (only ARG is legal); kept to be flagged
        stages[-1].append(instruction)
    return stages


def _env_pairs(args: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for token in shlex.split(args):
        name, sep, value = token.partition("=")
        if sep:
            pairs[name] = value
    return pairs


def _flags_and_rest(args: str) -> tuple[dict[str, str], list[str]]:
    flags: dict[str, str] = {}
    rest: list[str] = []
    for token in shlex.split(args):
        if token.startswith("--") and not rest:
            name, _, value = token[2:].partition("=")
            flags[name] = value
        else:
            rest.append(token)
    return flags, rest


def lint(text: str, service: Service) -> list[str]:
    """Every rule the Dockerfile breaks, as a sentence; empty when it is fine."""
    problems: list[str] = []
    stages = parse(text)
    if not stages or stages[0][0].keyword != "FROM":
        return ["no FROM"]
    stage_names: set[str] = set()
    for stage in stages:
        words = stage[0].args.split()
        image = next((w for w in words if not w.startswith("--")), "")
        if image not in stage_names and not BASE_IMAGE.match(image):
            problems.append(f"base image {image!r} is not python:3.11.<patch>-slim, pinned")
        if len(words) >= 3 and words[-2].upper() == "AS":
            stage_names.add(words[-1])
    everything = [i for stage in stages for i in stage]
    final = stages[-1]
    in_final = {id(i) for i in final}

    if any(i.keyword == "ADD" for i in everything):
        problems.append("ADD is used (COPY only)")
    if any(i.keyword == "ENTRYPOINT" for i in everything):
        problems.append("ENTRYPOINT is set (one CMD only)")

    # Only what the service needs goes into the image.
    wanted = {*SHARED, service.folder}
    copied: set[str] = set()
    for i in everything:
        if i.keyword != "COPY":
            continue
        flags, paths = _flags_and_rest(i.args)
        if "from" in flags:
            if flags["from"] not in stage_names:
                problems.append(f"COPY --from={flags['from']} is not a stage of this file")
            elif id(i) in in_final and paths[:-1] != ["/opt/venv"]:
                problems.append(
                    f"the final stage copies {paths[:-1]} from the build (only /opt/venv)"
                )
            continue
        for source in paths[:-1]:
            source = source.rstrip("/").removeprefix("./")
            copied.add(source)
            if source not in wanted:
                problems.append(f"COPY of {source!r}, which {service.folder} does not need")
        if id(i) in in_final:
            problems.append("the final stage copies from the build context (sources stay in build)")
    for missing in sorted(wanted - copied):
        problems.append(f"{missing} is not copied")

    installs = [
        i.args for i in everything if i.keyword == "RUN" and "-c requirements.lock" in i.args
    ]
    if not installs:
        problems.append("no `pip install -c requirements.lock` (dependencies unpinned)")
    else:
        targets = {t.removeprefix("./") for t in shlex.split(installs[0]) if t.startswith("./")}
        if service.calls_gemini and "libs/kit[gemini]" not in targets:
            problems.append("libs/kit is installed without the gemini extra (google-genai)")
        targets = {re.sub(r"\[.*\]$", "", t) for t in targets}
        if targets != wanted - {"requirements.lock"}:
            problems.append(
                f"pip installs {sorted(targets)}, not contracts, libs/kit and the service"
            )

    users = [i.args for i in final if i.keyword == "USER"]
    if not users:
        problems.append("no USER in the final stage (it would run as root)")
    elif users[-1].split(":")[0] in ("root", "0"):
        problems.append("the final USER is root")

    exposed = [p for i in final if i.keyword == "EXPOSE" for p in i.args.split()]
    if exposed != [str(service.port)]:
        problems.append(f"EXPOSE {exposed}, not [{service.port}]")

    env: dict[str, str] = {}
    for i in final:
        if i.keyword == "ENV":
            env.update(_env_pairs(i.args))
    if env.get(f"{service.prefix}HOST") != "0.0.0.0":
        problems.append(f"{service.prefix}HOST=0.0.0.0 is not set")
    if env.get(f"{service.prefix}PORT", str(service.port)) != str(service.port):
        problems.append(f"{service.prefix}PORT is not {service.port}")

    cmds = [i.args for i in final if i.keyword == "CMD"]
    try:
        cmd = json.loads(cmds[-1]) if cmds else None
    except json.JSONDecodeError:
        cmd = cmds[-1]
    if cmd != ["python", "-m", service.package]:
        problems.append(f"CMD is {cmd!r}, not the exec form of `python -m {service.package}`")

    checks = [i.args for i in final if i.keyword == "HEALTHCHECK"]
    if not checks or "/healthz" not in checks[-1] or checks[-1].strip().upper() == "NONE":
        problems.append("no HEALTHCHECK on /healthz")
    return problems


@pytest.mark.parametrize("service", SERVICES, ids=[s.folder for s in SERVICES])
def test_dockerfile_is_well_formed(service: Service) -> None:
    assert (ROOT / service.folder / "src" / service.package / "__main__.py").is_file()
    text = (ROOT / service.folder / "Dockerfile").read_text()
    assert lint(text, service) == []


def test_lint_catches_a_bad_dockerfile() -> None:
    bad = """
FROM python:latest
COPY . /app
RUN pip install /app/services/tts-service
EXPOSE 8000
CMD uvicorn tts_service.main:app
"""
    problems = " | ".join(lint(bad, SERVICES[2]))
    for expected in (
        "base image 'python:latest'",
        "COPY of '.'",
        "libs/kit is not copied",
        "requirements.lock",
        "no USER",
        "EXPOSE ['8000'], not [8002]",
        "TTS_HOST=0.0.0.0 is not set",
        "CMD is",
        "no HEALTHCHECK",
    ):
        assert expected in problems


def test_lint_catches_a_root_user_and_a_copied_sibling() -> None:
    good = (ROOT / "services/tts-service/Dockerfile").read_text()
    rooted = good.replace("USER 10001:10001", "USER root")
    assert "the final USER is root" in lint(rooted, SERVICES[2])
    sibling = good.replace(
        "COPY libs/kit ./libs/kit", "COPY libs/kit ./libs/kit\nCOPY gateway ./gateway"
    )
    assert any("'gateway'" in p for p in lint(sibling, SERVICES[2]))
    offline_only = good.replace('"./libs/kit[gemini]"', "./libs/kit")
    assert any("gemini extra" in p for p in lint(offline_only, SERVICES[2]))


# --- .dockerignore -------------------------------------------------------------------------


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        elif pattern[i] == "[":
            end = pattern.index("]", i)
            out += pattern[i : end + 1]
            i = end + 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out + r"\Z")


def _rules() -> list[tuple[bool, re.Pattern[str], str]]:
    rules = []
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = line.removeprefix("!").strip().strip("/")
        rules.append((negated, _pattern_regex(pattern), pattern))
    return rules


def _excluded(path: str, rules: list[tuple[bool, re.Pattern[str], str]]) -> bool:
    """Docker's rule: a pattern matches a path or any of its parent folders; the last wins."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negated, regex, _ in rules:
        if any(regex.match(p) for p in prefixes):
            excluded = not negated
    return excluded


def build_context() -> set[str]:
    """The files `docker build .` would send, by the rules of .dockerignore."""
    rules = _rules()
    reincluded = [pattern for negated, _, pattern in rules if negated]
    files: set[str] = set()

    def walk(folder: Path) -> None:
        for entry in sorted(folder.iterdir()):
            rel = entry.relative_to(ROOT).as_posix()
            if entry.is_dir():
                if entry.name == ".git":
                    continue
                reachable = any(p == rel or p.startswith(rel + "/") for p in reincluded)
                if not _excluded(rel, rules) or reachable:
                    walk(entry)
            elif not _excluded(rel, rules):
                files.add(rel)

    walk(ROOT)
    return files


def test_build_context_holds_only_the_packages() -> None:
    context = build_context()
    allowed = ("contracts/", "libs/kit/", "gateway/", "services/")
    strays = sorted(f for f in context if f != "requirements.lock" and not f.startswith(allowed))
    assert strays == []
    junk = sorted(
        f
        for f in context
        if re.search(r"(^|/)(tests|__pycache__|[^/]+\.egg-info|\.venv|\.data)/", f)
        or f.endswith((".pyc", "/Dockerfile"))
    )
    assert junk == []
    assert "requirements.lock" in context
    for service in SERVICES:
        for needed in (
            f"{service.folder}/pyproject.toml",
            f"{service.folder}/src/{service.package}/__main__.py",
            "contracts/pyproject.toml",
            "libs/kit/pyproject.toml",
            "libs/kit/src/moretale_kit/serve.py",
        ):
            assert needed in context
    # Package data the services read at run time (Alembic migrations) is in the context too.
    assert any(f.startswith("gateway/src/moretale_gateway/migrations/versions/") for f in context)


def test_dockerignore_matcher_follows_docker_rules() -> None:
    rules = [
        (False, _pattern_regex("*"), "*"),
        (True, _pattern_regex("libs/kit"), "libs/kit"),
        (False, _pattern_regex("**/tests"), "**/tests"),
    ]
    assert _excluded("README.md", rules)
    assert _excluded("libs/other/x.py", rules)
    assert not _excluded("libs/kit/src/moretale_kit/bus.py", rules)
    assert _excluded("libs/kit/tests/test_bus.py", rules)
