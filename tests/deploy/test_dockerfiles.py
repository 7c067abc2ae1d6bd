"""Structural lint of the one Dockerfile (the service a build argument) and the root .dockerignore.

No Docker engine runs here, so the image is checked by reading: a pinned slim Python base that
can be pinned by digest (a build argument), a non-root user, third-party dependencies installed
against requirements.lock in a layer before any source is copied (a code change does not
reinstall them), then the three local packages without dependencies, one process as PID 1 and a
HEALTHCHECK on /healthz. deploy/docker/service.py's table (what each SERVICE builds and runs) is
checked against each service's own code (its Settings class), so it cannot drift silently.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
SOURCES = ("contracts", "libs/kit", "gateway", "services")
BASE_IMAGE = re.compile(r"^python:3\.11\.\d+-slim(-bookworm|-trixie)?(@sha256:[0-9a-f]{64})?$")


def _load_service_table() -> ModuleType:
    spec = importlib.util.spec_from_file_location("service", ROOT / "deploy/docker/service.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SERVICE_PY = _load_service_table()


@dataclass(frozen=True)
class Service:
    name: str  # the SERVICE build argument
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
    Service("gateway", "gateway", "moretale_gateway"),
    Service("story-service", "services/story-service", "story_service"),
    Service("tts-service", "services/tts-service", "tts_service"),
    Service("illustration-service", "services/illustration-service", "illustration_service"),
    Service("asset-service", "services/asset-service", "asset_service"),
]


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str


def parse(text: str) -> list[list[Instruction]]:
    """Instructions grouped by build stage (each FROM starts one; ARGs before the first FROM
    form a stage of their own); continuations joined."""
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
        if instruction.keyword == "FROM" or not stages:
            stages.append([])
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


def _is_source(path: str) -> bool:
    path = path.rstrip("/").removeprefix("./")
    return path in SOURCES or (path.startswith("services/") and not path.endswith(".toml"))


def lint(text: str) -> list[str]:
    """Every rule the Dockerfile breaks, as a sentence; empty when it is fine."""
    problems: list[str] = []
    stages = parse(text)
    preamble = stages[0] if stages and stages[0][0].keyword == "ARG" else []
    stages = stages[1:] if preamble else stages
    if not stages or stages[0][0].keyword != "FROM":
        return ["no FROM"]
    declared: dict[str, str] = {}
    for i in preamble:
        declared.update(_env_pairs(i.args))
    args = declared.get("PYTHON_IMAGE")
    if args is None or not BASE_IMAGE.match(args):
        problems.append(f"ARG PYTHON_IMAGE default {args!r} is not python:3.11.<patch>-slim")
    stage_names: set[str] = set()
    for stage in stages:
        words = stage[0].args.split()
        image = next((w for w in words if not w.startswith("--")), "")
        if image != "${PYTHON_IMAGE}" and image not in stage_names:
            problems.append(f"base image {image!r} is not the PYTHON_IMAGE build argument")
        if len(words) >= 3 and words[-2].upper() == "AS":
            stage_names.add(words[-1])
    everything = [i for stage in stages for i in stage]
    build, final = stages[0], stages[-1]
    in_final = {id(i) for i in final}

    if any(i.keyword == "ADD" for i in everything):
        problems.append("ADD is used (COPY only)")
    if any(i.keyword == "ENTRYPOINT" for i in everything):
        problems.append("ENTRYPOINT is set (one CMD only)")
    if not any(i.keyword == "ARG" and i.args.split("=")[0] == "SERVICE" for i in build):
        problems.append("no ARG SERVICE in the build stage")

    # Dependencies before sources: nothing of the code is copied until they are installed.
    deps = next(
        (
            n
            for n, i in enumerate(build)
            if i.keyword == "RUN" and "-c requirements.lock -r" in i.args
        ),
        None,
    )
    if deps is None:
        problems.append("no `pip install -c requirements.lock -r` (dependency layer)")
        deps = len(build)
    copied_before: set[str] = set()
    copied_sources: set[str] = set()
    for n, i in enumerate(everything):
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
        if id(i) in in_final:
            problems.append("the final stage copies from the build context (sources stay in build)")
            continue
        for source in paths[:-1]:
            source = source.rstrip("/").removeprefix("./")
            if _is_source(source):
                copied_sources.add(source)
                if n < deps:
                    problems.append(f"{source} is copied before the dependencies are installed")
            elif n < deps:
                copied_before.add(source)
    for service in SERVICES:
        if f"{service.folder}/pyproject.toml" not in copied_before:
            problems.append(f"{service.folder}/pyproject.toml is not in the dependency layer")
    for needed in ("requirements.lock", "contracts/pyproject.toml", "libs/kit/pyproject.toml"):
        if needed not in copied_before:
            problems.append(f"{needed} is not in the dependency layer")
    for source in SOURCES:
        if source not in copied_sources:
            problems.append(f"{source} is not copied")
    installs = [i.args for i in build[deps + 1 :] if i.keyword == "RUN" and "pip install" in i.args]
    if not installs or "--no-deps" not in installs[0] or "pip check" not in installs[0]:
        problems.append("the sources are not installed with --no-deps and a pip check")

    users = [i.args for i in final if i.keyword == "USER"]
    if not users:
        problems.append("no USER in the final stage (it would run as root)")
    elif users[-1].split(":")[0] in ("root", "0"):
        problems.append("the final USER is root")
    exposed = {p for i in final if i.keyword == "EXPOSE" for p in i.args.split()}
    if exposed != {str(s.port) for s in SERVICES}:
        problems.append(f"EXPOSE {sorted(exposed)}, not the services' ports")

    cmds = [i.args for i in final if i.keyword == "CMD"]
    try:
        cmd = json.loads(cmds[-1]) if cmds else None
    except json.JSONDecodeError:
        cmd = cmds[-1]
    if cmd != ["moretale-service"]:
        problems.append(f"CMD is {cmd!r}, not the exec form of moretale-service")
    checks = [i.args for i in final if i.keyword == "HEALTHCHECK"]
    if not checks or '"healthcheck"' not in checks[-1]:
        problems.append("no HEALTHCHECK (moretale-service healthcheck: GET /healthz)")
    return problems


def test_the_dockerfile_is_well_formed() -> None:
    assert lint(DOCKERFILE.read_text()) == []
    assert not list(ROOT.glob("*/Dockerfile")) and not list(ROOT.glob("services/*/Dockerfile"))


def test_lint_catches_a_bad_dockerfile() -> None:
    bad = """
FROM python:latest
COPY . /app
RUN pip install /app/services/tts-service
EXPOSE 8000
CMD uvicorn tts_service.main:app
"""
    problems = " | ".join(lint(bad))
    for expected in (
        "ARG PYTHON_IMAGE",
        "base image 'python:latest'",
        "no ARG SERVICE",
        "dependency layer",
        "libs/kit is not copied",
        "no USER",
        "EXPOSE ['8000']",
        "CMD is",
        "no HEALTHCHECK",
    ):
        assert expected in problems


def test_lint_catches_sources_before_dependencies_and_a_root_user() -> None:
    good = DOCKERFILE.read_text()
    early = good.replace(
        "COPY requirements.lock ./\n", "COPY requirements.lock ./\nCOPY libs/kit ./libs/kit\n"
    )
    assert "libs/kit is copied before the dependencies are installed" in lint(early)
    rooted = good.replace("USER 10001:10001", "USER root")
    assert "the final USER is root" in lint(rooted)
    unpinned = good.replace(
        "ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm", "ARG PYTHON_IMAGE=python"
    )
    assert any("ARG PYTHON_IMAGE" in p for p in lint(unpinned))
    digest = "python:3.11.14-slim-bookworm@sha256:" + "a" * 64
    assert lint(good.replace("python:3.11.14-slim-bookworm", digest, 1)) == []


# --- deploy/docker/service.py: what each SERVICE builds and runs ----------------------------


@pytest.mark.parametrize("service", SERVICES, ids=[s.name for s in SERVICES])
def test_the_service_table_matches_the_code(service: Service) -> None:
    spec = SERVICE_PY.SERVICES[service.name]
    assert spec == {
        "folder": service.folder,
        "package": service.package,
        "prefix": service.prefix,
        "port": service.port,
        "gemini": service.calls_gemini,
    }
    assert (ROOT / service.folder / "src" / service.package / "__main__.py").is_file()
    kit = "./libs/kit[gemini]" if service.calls_gemini else "./libs/kit"
    assert SERVICE_PY.packages(service.name) == ["./contracts", kit, f"./{service.folder}"]


@pytest.mark.parametrize("service", SERVICES, ids=[s.name for s in SERVICES])
def test_the_dependency_layer_is_every_pinned_third_party_requirement(service: Service) -> None:
    wanted = SERVICE_PY.requirements(service.name, ROOT)
    lock = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line
    }
    names = set()
    for requirement in wanted:
        name, sep, version = requirement.partition("==")
        assert sep and version, f"{requirement} is not pinned"
        names.add(name.lower().replace("_", "-"))
    assert not names & {"moretale-contracts", "moretale-kit"}  # local: installed from source
    assert names <= lock
    assert ("google-genai" in names) is service.calls_gemini
    # Exactly the projects' own requirements: nothing dropped, nothing added.
    declared = set()
    for folder in ("contracts", "libs/kit", service.folder):
        project = tomllib.loads((ROOT / folder / "pyproject.toml").read_text())["project"]
        declared |= set(project["dependencies"])
    declared = {d for d in declared if not d.startswith(("moretale-contracts", "moretale-kit"))}
    assert declared <= set(wanted)
    assert set(wanted) - declared <= {"google-genai==3.3.0"} | declared


def test_an_unknown_service_is_refused() -> None:
    with pytest.raises(SystemExit, match="SERVICE must be one of"):
        SERVICE_PY.service("web")


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
    extra = {"requirements.lock", "deploy/docker/service.py"}
    strays = sorted(f for f in context if f not in extra and not f.startswith(allowed))
    assert strays == []
    junk = sorted(
        f
        for f in context
        if re.search(r"(^|/)(tests|__pycache__|[^/]+\.egg-info|\.venv|\.data)/", f)
        or f.endswith((".pyc", "/Dockerfile"))
    )
    assert junk == []
    assert extra <= context
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
