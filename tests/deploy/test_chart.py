"""The Helm chart in deploy/k8s/moretale, rendered offline and checked.

Rendering uses helm-python-sdk (Helm v4's Go engine through a bundled C library; no helm binary,
no cluster, no network). Every rendered manifest is validated against the Kubernetes OpenAPI
schemas bundled in kubernetes-validate (strict: unknown fields fail), and the chart's plain YAML
and every rendered manifest go through yamllint. The values cases: the defaults, the example
production file (Gemini with KEDA, existingSecret, TLS, NATS credentials, more replicas) and a
hand-made one (no autoscaling, no Ingress, every secret given). "Defaults" are the chart's
values plus the four secrets nothing can generate (the render fails without them).
ScaledObjects, which kubernetes-validate has no schema for, are checked against our own schema
of KEDA's documented spec (keda_scaledobject.schema.json). One test (the last) starts the
gateway's two roles with exactly the environment the chart gives their pods, against a real
nats-server, S3 server (moto) and PostgreSQL (tests/integration/servers.py).
"""

from __future__ import annotations

import base64
import copy
import importlib
import json
import signal
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import helm_python as helm
import jsonschema
import kubernetes_validate
import pytest
import yaml
from servers import (  # noqa: F401  (fixtures)
    HOST,
    NatsServer,
    PostgresServer,
    RunningProcess,
    S3Server,
    free_port,
    nats_server,
    postgres_server,
    s3_server,
)
from yamllint import linter
from yamllint.config import YamlLintConfig

from moretale_contracts import streams

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy/k8s/moretale"
PRODUCTION = ROOT / "deploy/k8s/examples/values-production.yaml"
KEDA_SCHEMA = Path(__file__).with_name("keda_scaledobject.schema.json")
RELEASE, NAMESPACE = "moretale", "books"
# The oldest Kubernetes the chart supports (Chart.yaml kubeVersion) and the newest schemas.
KUBE_VERSIONS = ("1.27", kubernetes_validate.utils.latest_version())

COMPONENTS = {
    # values key: (resource suffix, package, env prefix, port)
    "gateway": ("gateway", "moretale_gateway", "GATEWAY_", 8000),
    "storyService": ("story-service", "story_service", "STORY_", 8001),
    "ttsService": ("tts-service", "tts_service", "TTS_", 8002),
    "illustrationService": ("illustration-service", "illustration_service", "ILLUSTRATION_", 8003),
    "assetService": ("asset-service", "asset_service", "ASSET_", 8004),
}
# The gateway's projector role (`--role projector`): a Deployment of its own, on by default.
PROJECTOR = ("gateway-projector", "moretale_gateway", "GATEWAY_", 8010)
# Every Deployment the chart renders by default: the five services and the projector.
DEPLOYMENTS = {**COMPONENTS, "gatewayProjector": PROJECTOR}
# asset-service's second port: its /internal/ routes, for the gateway only.
ASSET_INTERNAL_PORT = 8005
WORKERS = {"tts-service": streams.TTS_WORKERS, "illustration-service": streams.ILLUSTRATION_WORKERS}

SECRETS_GIVEN = {
    "secrets": {
        "geminiApiKey": "gm-key",
        "apiKeys": "key-one,key-two",
        "s3AccessKey": "access",
        "s3SecretKey": "secret",
        "gatewayDatabaseUrl": "postgresql+asyncpg://mt:pw@postgresql:5432/moretale_gateway",
        "assetDatabaseUrl": "postgresql+asyncpg://mt:pw@postgresql:5432/moretale_assets",
        "webhookSecret": "whsec_c2lnbmluZw==",
        "shareSecret": "share-signing-secret",
        "urlSecret": "signing-key",
        "apiKeySecret": "key-hashing-secret",
        "internalToken": "internal-token",
    },
}
# What a first `helm install` needs: the secrets the chart cannot generate.
MINIMAL = {
    "secrets": {
        k: SECRETS_GIVEN["secrets"][k]
        for k in ("s3AccessKey", "s3SecretKey", "gatewayDatabaseUrl", "assetDatabaseUrl")
    }
}
HANDMADE = {
    "secrets": {**SECRETS_GIVEN["secrets"], "natsUser": "mt", "natsPassword": "nats-pw"},
    # One gateway Deployment doing both roles (GATEWAY_ROLE=all), the chart's other shape.
    "gatewayProjector": {"enabled": False},
    "nats": {"auth": {"mode": "password"}},
    "ingress": {"enabled": False},
    "ttsService": {
        "autoscaling": {"enabled": False},
        "keda": {"enabled": False},
        "replicaCount": 3,
    },
    "illustrationService": {
        "autoscaling": {"enabled": False},
        "keda": {"enabled": False},
        "replicaCount": 5,
    },
    "s3": {"publicEndpoint": "s3.example.com", "secure": True},
    "otel": {"endpoint": ""},
}


def production_values() -> dict[str, Any]:
    return yaml.safe_load(PRODUCTION.read_text())  # type: ignore[no-any-return]


class Rendered:
    """One rendering: manifests by kind and name, and NOTES.txt."""

    def __init__(self, values: dict[str, Any]) -> None:
        with helm.Chart.load(CHART) as chart:
            self.files = chart.render(copy.deepcopy(values), name=RELEASE, namespace=NAMESPACE)
        self.notes = self.files.get("moretale/templates/NOTES.txt", "")
        self.docs: list[dict[str, Any]] = [
            doc
            for path, text in sorted(self.files.items())
            if path.endswith(".yaml")
            for doc in yaml.safe_load_all(text)
            if doc
        ]

    def of(self, kind: str) -> dict[str, dict[str, Any]]:
        return {d["metadata"]["name"]: d for d in self.docs if d["kind"] == kind}

    def get(self, kind: str, name: str) -> dict[str, Any]:
        return self.of(kind)[name]

    def deployment(self, suffix: str) -> dict[str, Any]:
        return self.get("Deployment", f"{RELEASE}-{suffix}")

    def container(self, suffix: str) -> dict[str, Any]:
        containers = self.deployment(suffix)["spec"]["template"]["spec"]["containers"]
        assert len(containers) == 1
        return containers[0]  # type: ignore[no-any-return]

    def env(self, suffix: str) -> dict[str, Any]:
        """The container's env entries by name (value, or valueFrom)."""
        return {
            e["name"]: e.get("value", e.get("valueFrom")) for e in self.container(suffix)["env"]
        }


CASES = {
    "defaults": MINIMAL,
    "production": production_values(),
    "handmade": HANDMADE,
}


def _deployments(rendered: Rendered) -> list[tuple[str, str, str, int]]:
    """The (suffix, package, prefix, port) of every Deployment `rendered` has."""
    names = set(rendered.of("Deployment"))
    return [c for c in DEPLOYMENTS.values() if f"{RELEASE}-{c[0]}" in names]


@pytest.fixture(scope="module", params=list(CASES))
def case(request: pytest.FixtureRequest) -> tuple[str, Rendered]:
    return request.param, Rendered(CASES[request.param])


@pytest.fixture(scope="module")
def defaults() -> Rendered:
    return Rendered(MINIMAL)


@pytest.fixture(scope="module")
def production() -> Rendered:
    return Rendered(production_values())


@pytest.fixture(scope="module")
def handmade() -> Rendered:
    return Rendered(HANDMADE)


# --- every manifest is valid Kubernetes ----------------------------------------------------


def test_every_manifest_validates_against_the_kubernetes_schemas(
    case: tuple[str, Rendered],
) -> None:
    name, rendered = case
    failures = []
    for doc in rendered.docs:
        if doc["apiVersion"].startswith(("keda.sh/", "monitoring.coreos.com/")):
            continue  # CRDs: ScaledObjects against keda_scaledobject.schema.json below
        for version in KUBE_VERSIONS:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except (
                kubernetes_validate.ValidationError,
                kubernetes_validate.SchemaNotFoundError,
            ) as e:
                failures.append(f"{name}: {doc['kind']}/{doc['metadata']['name']} @{version}: {e}")
    assert failures == []


def test_the_validator_rejects_a_broken_manifest(defaults: Rendered) -> None:
    broken = copy.deepcopy(defaults.deployment("gateway"))
    broken["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBE_VERSIONS[-1], strict=True)
    typo = copy.deepcopy(defaults.deployment("gateway"))
    typo["spec"]["template"]["spec"]["containers"][0]["livenesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(typo, KUBE_VERSIONS[-1], strict=True)


def test_helm_lint_is_clean() -> None:
    for values in CASES.values():
        report = helm.lint(CHART, copy.deepcopy(values), strict=True, kube_version="v1.27.0")
        problems = [m for m in report["messages"] if m["severity"] >= 2]  # warnings and errors
        assert problems == [] and report["errors"] == []


# --- yamllint ------------------------------------------------------------------------------

LINT_CONFIG = ROOT / "deploy/k8s/.yamllint.yaml"
RENDERED_LINT = YamlLintConfig(
    "extends: default\n"
    "rules:\n"
    "  document-start: disable\n"
    "  line-length: disable\n"
    "  empty-lines: disable\n"
    "  truthy: {check-keys: false}\n"
    "  comments: {min-spaces-from-content: 1}\n"
    "  comments-indentation: disable\n"
    # toYaml writes lists flush with their key; the templates indent theirs.
    "  indentation: {spaces: consistent, indent-sequences: whatever}\n"
)


def _plain_yaml() -> Iterator[Path]:
    yield CHART / "Chart.yaml"
    yield CHART / "values.yaml"
    yield from sorted((ROOT / "deploy/k8s/examples").glob("*.yaml"))
    yield LINT_CONFIG


def test_yamllint_chart_and_values_files() -> None:
    config = YamlLintConfig(file=str(LINT_CONFIG))
    problems = [
        f"{path.relative_to(ROOT)}:{p.line}:{p.column} {p.message}"
        for path in _plain_yaml()
        for p in linter.run(path.read_text(), config, str(path))
    ]
    assert problems == []


def test_yamllint_rendered_manifests(case: tuple[str, Rendered]) -> None:
    name, rendered = case
    problems = [
        f"{name} {path}:{p.line}:{p.column} {p.message}"
        for path, text in sorted(rendered.files.items())
        if path.endswith(".yaml")
        for p in linter.run(text, RENDERED_LINT)
    ]
    assert problems == []


def test_yamllint_catches_a_duplicate_key() -> None:
    config = YamlLintConfig(file=str(LINT_CONFIG))
    assert [p.rule for p in linter.run("a: 1\na: 2\n", config)] == ["key-duplicates"]


# --- the schema catches typos --------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "complaint"),
    [
        ({"gatway": {"replicaCount": 2}}, "gatway"),
        ({"ttsService": {"replicaCout": 3}}, "replicaCout"),
        ({"illustrationService": {"autoscaling": {"maxReplica": 9}}}, "maxReplica"),
        ({"ttsService": {"keda": {"minReplicas": 0}}}, "minReplicas"),
        ({"secrets": {"geminiKey": "x"}}, "geminiKey"),
        ({"s3": {"endpoint": "http://minio:9000"}}, "endpoint"),
        ({"gateway": {"env": {"bad-name": "x"}}}, "bad-name"),
        ({"config": {"logLevel": "LOUD"}}, "logLevel"),
        ({"storyService": {"autoscaling": {"enabled": True}}}, "autoscaling"),
        ({"otel": {"protocol": "grpc"}}, "protocol"),  # no gRPC exporter in the images
        ({"keda": {"enabled": True}}, "keda"),  # the switch is per worker now
        ({"ttsService": {"keda": {"enabled": "yes"}}}, "enabled"),
        ({"s3": {"publicUrl": "https://s3.example.com/bucket"}}, "publicUrl"),
        ({"nats": {"auth": {"mode": "token"}}}, "mode"),
        # asset-service's Service carries the internal port: never opened outside the cluster.
        ({"assetService": {"service": {"type": "LoadBalancer"}}}, "type"),
        ({"assetService": {"service": {"internalPort": 0}}}, "internalPort"),
        ({"gateway": {"limits": {"maxBodyBytes": 512}}}, "maxBodyBytes"),
        ({"gateway": {"limits": {"sseMaxStreamsPerKey": 0}}}, "sseMaxStreamsPerKey"),
        ({"gateway": {"limits": {"sseMaxStreamsPerShare": 0}}}, "sseMaxStreamsPerShare"),
        ({"gateway": {"limits": {"maxBodySize": 1}}}, "maxBodySize"),
        ({"secrets": {"internalSecret": "x"}}, "internalSecret"),
        ({"gatewayProjector": {"replicas": 2}}, "replicas"),
        # The gateway's image: no image of its own to name.
        ({"gatewayProjector": {"image": {"repository": "x"}}}, "image"),
    ],
)
def test_schema_rejects(values: dict[str, Any], complaint: str) -> None:
    with pytest.raises(helm.HelmValuesError, match=complaint):
        Rendered({**MINIMAL, **values})


# --- one Deployment per service -------------------------------------------------------------


def test_one_deployment_per_service(case: tuple[str, Rendered]) -> None:
    name, rendered = case
    expected = COMPONENTS if name == "handmade" else DEPLOYMENTS  # handmade: no projector
    assert set(rendered.of("Deployment")) == {f"{RELEASE}-{c[0]}" for c in expected.values()}
    for suffix, package, prefix, port in expected.values():
        deployment = rendered.deployment(suffix)
        container = rendered.container(suffix)
        if suffix == "gateway-projector":
            # The gateway's image and code, the other role; its port is GATEWAY_PROJECTOR_PORT.
            assert container["command"] == ["python", "-m", package, "--role", "projector"]
            assert container["image"] == rendered.container("gateway")["image"]
            assert container["ports"] == [
                {"name": "http", "containerPort": port, "protocol": "TCP"}
            ]
            env = rendered.env(suffix)
            assert env["GATEWAY_PROJECTOR_PORT"] == str(port) and "GATEWAY_PORT" not in env
            assert env["OTEL_SERVICE_NAME"] == suffix
            continue
        assert container["command"] == ["python", "-m", package]
        ports = [{"name": "http", "containerPort": port, "protocol": "TCP"}]
        if suffix == "asset-service":
            ports.append(
                {"name": "internal", "containerPort": ASSET_INTERNAL_PORT, "protocol": "TCP"}
            )
        assert container["ports"] == ports
        env = rendered.env(suffix)
        assert env[f"{prefix}HOST"] == "0.0.0.0"
        assert env[f"{prefix}PORT"] == str(port)
        assert env.get(f"{prefix}INTERNAL_PORT") == (
            str(ASSET_INTERNAL_PORT) if suffix == "asset-service" else None
        )
        assert env["OTEL_SERVICE_NAME"] == suffix
        assert container["image"].split("/")[-1].startswith(f"moretale-{suffix}:")
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
        assert labels["app.kubernetes.io/component"] == suffix


def test_the_chart_agrees_with_the_services_settings() -> None:
    import importlib

    for suffix, package, prefix, port in COMPONENTS.values():
        settings = importlib.import_module(f"{package}.config").Settings
        assert settings.model_config["env_prefix"] == prefix, suffix
        assert settings.model_fields["port"].default == port, suffix
    from asset_service.config import Settings as AssetSettings
    from moretale_gateway.config import Settings as GatewaySettings

    assert AssetSettings.model_fields["internal_port"].default == ASSET_INTERNAL_PORT
    assert GatewaySettings.model_fields["projector_port"].default == PROJECTOR[3]
    # The name the projector goes by in logs and traces is its OTEL_SERVICE_NAME.
    from moretale_gateway.main import service_name

    assert service_name(GatewaySettings(role="projector")) == PROJECTOR[0]
    default_url = GatewaySettings.model_fields["asset_service_url"].default
    assert urlsplit(default_url).port == ASSET_INTERNAL_PORT


def test_probes(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    for suffix, *_ in _deployments(rendered):
        container = rendered.container(suffix)
        # asset-service answers the ops routes on both ports; the probes use the public one.
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
        assert container["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        assert container["resources"]["requests"]["cpu"]
        assert container["resources"]["limits"]["memory"]


def test_pods_run_as_non_root_on_a_read_only_filesystem(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    for suffix, *_ in _deployments(rendered):
        pod = rendered.deployment(suffix)["spec"]["template"]["spec"]
        container = rendered.container(suffix)
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] != 0
        security = container["securityContext"]
        assert security["readOnlyRootFilesystem"] is True
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"]["drop"] == ["ALL"]
        assert container["volumeMounts"][0] == {"name": "tmp", "mountPath": "/tmp"}
        assert "emptyDir" in pod["volumes"][0] and pod["volumes"][0]["name"] == "tmp"
        # Every other mount is read-only or an emptyDir: nothing writable beyond /tmp and tmpfs.
        for volume in pod["volumes"][1:]:
            assert volume.get("emptyDir", {}).get("medium") == "Memory" or "secret" in volume
        assert pod["enableServiceLinks"] is False  # no FOO_PORT variables beside {PREFIX}PORT
        assert pod["automountServiceAccountToken"] is False


def test_shared_config(defaults: Rendered, handmade: Rendered, production: Rendered) -> None:
    config = defaults.get("ConfigMap", f"{RELEASE}-config")["data"]
    assert config["MORETALE_STORE"] == "s3"
    assert config["MORETALE_DATA_DIR"].startswith("/tmp/")
    assert config["MORETALE_NATS_URL"] == "nats://nats:4222"
    assert config["MORETALE_STREAM_REPLICAS"] == "1"
    assert config["MORETALE_S3_ENDPOINT"] == "minio:9000"
    assert "MORETALE_S3_PUBLIC_ENDPOINT" not in config and "MORETALE_S3_PUBLIC_URL" not in config
    assert config["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://jaeger:4318"
    for suffix, *_ in DEPLOYMENTS.values():
        env_from = defaults.container(suffix)["envFrom"]
        assert env_from == [{"configMapRef": {"name": f"{RELEASE}-config"}}]

    config = handmade.get("ConfigMap", f"{RELEASE}-config")["data"]
    assert config["MORETALE_S3_PUBLIC_ENDPOINT"] == "s3.example.com"
    assert config["MORETALE_S3_SECURE"] == "true"
    assert "OTEL_EXPORTER_OTLP_ENDPOINT" not in config

    config = production.get("ConfigMap", f"{RELEASE}-config")["data"]
    # Presigned URLs on MinIO's public HTTPS host; the services keep plain HTTP inside.
    assert config["MORETALE_S3_PUBLIC_URL"] == "https://s3.books.example.com"
    assert config["MORETALE_S3_ENDPOINT"] == "minio:9000"
    assert config["MORETALE_S3_SECURE"] == "false"
    assert config["MORETALE_PUBLIC_ASSET_URL"] == "https://books.example.com"
    assert config["MORETALE_STREAM_REPLICAS"] == "3"
    assert production.env("gateway")["GATEWAY_PUBLIC_URL"] == "https://books.example.com"
    assert production.env("tts-service")["TTS_CONCURRENCY"] == "2"
    assert production.container("gateway")["image"] == (
        "registry.example.com/moretale/moretale-gateway:0.1.0"
    )


# --- secrets --------------------------------------------------------------------------------


def _secret_refs(rendered: Rendered, suffix: str) -> dict[str, dict[str, Any]]:
    return {
        name: ref["secretKeyRef"]
        for name, ref in rendered.env(suffix).items()
        if isinstance(ref, dict) and "secretKeyRef" in ref
    }


def test_secret_wiring(handmade: Rendered) -> None:
    secret = handmade.get("Secret", f"{RELEASE}-secrets")
    data = {k: base64.b64decode(v).decode() for k, v in secret["data"].items()}
    given = SECRETS_GIVEN["secrets"]
    assert data == {
        "GEMINI_API_KEY": given["geminiApiKey"],
        "MORETALE_API_KEYS": given["apiKeys"],
        "MORETALE_S3_ACCESS_KEY": given["s3AccessKey"],
        "MORETALE_S3_SECRET_KEY": given["s3SecretKey"],
        "GATEWAY_DATABASE_URL": given["gatewayDatabaseUrl"],
        "ASSET_DATABASE_URL": given["assetDatabaseUrl"],
        "GATEWAY_WEBHOOK_SECRET": given["webhookSecret"],
        "GATEWAY_SHARE_SECRET": given["shareSecret"],
        "MORETALE_URL_SECRET": given["urlSecret"],
        "GATEWAY_API_KEY_SECRET": given["apiKeySecret"],
        "MORETALE_INTERNAL_TOKEN": given["internalToken"],
        "MORETALE_NATS_USER": "mt",
        "MORETALE_NATS_PASSWORD": "nats-pw",
    }
    expected = {
        "gateway": {
            "MORETALE_API_KEYS",
            "GATEWAY_DATABASE_URL",
            "GATEWAY_WEBHOOK_SECRET",
            "GATEWAY_SHARE_SECRET",
            "GATEWAY_API_KEY_SECRET",
            # The gateway's credential on asset-service's internal port: both read the one key.
            "MORETALE_INTERNAL_TOKEN",
        },
        "asset-service": {"ASSET_DATABASE_URL", "MORETALE_INTERNAL_TOKEN"},
        "story-service": {"GEMINI_API_KEY"},
        "tts-service": {"GEMINI_API_KEY"},
        "illustration-service": {"GEMINI_API_KEY"},
    }
    shared = {
        "MORETALE_S3_ACCESS_KEY",
        "MORETALE_S3_SECRET_KEY",
        "MORETALE_URL_SECRET",
        "MORETALE_NATS_USER",
        "MORETALE_NATS_PASSWORD",
    }
    for suffix, own in expected.items():
        refs = _secret_refs(handmade, suffix)
        assert set(refs) == own | shared, suffix  # no service sees another's database
        for name, ref in refs.items():
            assert ref["name"] == f"{RELEASE}-secrets" and ref["key"] == name
            # GEMINI_API_KEY is required here: the values give a key, so the workers use Gemini.
            assert ref.get("optional", False) is (name == "MORETALE_URL_SECRET")
    # A changed secret or config rolls the pods.
    annotations = handmade.deployment("gateway")["spec"]["template"]["metadata"]["annotations"]
    assert {"checksum/config", "checksum/secret"} <= set(annotations)


def _secret_settings(cls: type) -> set[str]:
    """Environment names of a Settings class's SecretStr fields."""
    names = set()
    for name, field in cls.model_fields.items():
        if name == "common" or "SecretStr" not in str(field.annotation):
            continue
        choices = getattr(field.validation_alias, "choices", None)
        prefix = cls.model_config.get("env_prefix", "")
        names.add(str(choices[0]) if choices else f"{prefix}{name}".upper())
    return names


def _source_mentions(package: str, text: str) -> bool:
    """Whether any module of an installed package's source contains `text`."""
    module = importlib.import_module(package)
    assert module.__file__
    return any(text in path.read_text() for path in Path(module.__file__).parent.rglob("*.py"))


def test_every_secret_setting_comes_from_the_secret(handmade: Rendered) -> None:
    """A secret a service would otherwise generate per pod (API keys, signing keys) must be one
    value for all replicas: every SecretStr setting is wired from the Secret. Two shared ones
    only where they are used: GEMINI_API_KEY in the workers that call Gemini, the internal
    token in the services whose code asks for it (the gateway and asset-service)."""
    from moretale_kit.settings import CommonSettings

    shared = _secret_settings(CommonSettings)
    assert {"GEMINI_API_KEY", "MORETALE_INTERNAL_TOKEN"} <= shared
    users_of_the_token = set()
    for suffix, package, prefix, _ in COMPONENTS.values():
        settings = importlib.import_module(f"{package}.config").Settings
        own = _secret_settings(settings)
        calls_gemini = f"{prefix}GEMINI_API_KEY" in own
        own.discard(f"{prefix}GEMINI_API_KEY")  # the shared GEMINI_API_KEY stands in for it
        uses_token = _source_mentions(package, ".internal_secret()")
        if uses_token:
            users_of_the_token.add(suffix)
        unused = {"GEMINI_API_KEY"} if not calls_gemini else set()
        unused |= {"MORETALE_INTERNAL_TOKEN"} if not uses_token else set()
        refs = set(_secret_refs(handmade, suffix))
        assert own | (shared - unused) <= refs, suffix
        assert ("MORETALE_INTERNAL_TOKEN" in refs) is uses_token, suffix
    assert users_of_the_token == {"gateway", "asset-service"}


def test_generated_secrets(defaults: Rendered) -> None:
    data = defaults.get("Secret", f"{RELEASE}-secrets")["data"]
    assert base64.b64decode(data["MORETALE_API_KEYS"]).decode().startswith("mt_")
    assert len(base64.b64decode(data["MORETALE_URL_SECRET"])) == 64
    assert len(base64.b64decode(data["GATEWAY_SHARE_SECRET"])) == 64
    assert len(base64.b64decode(data["GATEWAY_API_KEY_SECRET"])) == 64
    assert len(base64.b64decode(data["MORETALE_INTERNAL_TOKEN"])) == 64
    webhook = base64.b64decode(data["GATEWAY_WEBHOOK_SECRET"]).decode()
    assert webhook.startswith("whsec_") and len(base64.b64decode(webhook[6:])) == 32
    assert "GEMINI_API_KEY" not in data
    assert _secret_refs(defaults, "tts-service")["GEMINI_API_KEY"]["optional"] is True


@pytest.mark.parametrize(
    ("values", "missing"),
    [
        (
            {},
            "MORETALE_S3_ACCESS_KEY, MORETALE_S3_SECRET_KEY, GATEWAY_DATABASE_URL, "
            "ASSET_DATABASE_URL",
        ),
        # Nothing generated (the GitOps-safe way without existingSecret): the share key the old
        # values comment forgot is named like every other.
        (
            {
                **SECRETS_GIVEN,
                "secrets": {**SECRETS_GIVEN["secrets"], "shareSecret": "", "generate": False},
            },
            "GATEWAY_SHARE_SECRET",
        ),
        # The API-key hashing key and the internal token, likewise (issue 14's settings).
        (
            {
                **SECRETS_GIVEN,
                "secrets": {
                    **SECRETS_GIVEN["secrets"],
                    "apiKeySecret": "",
                    "internalToken": "",
                    "generate": False,
                },
            },
            "GATEWAY_API_KEY_SECRET, MORETALE_INTERNAL_TOKEN",
        ),
        ({**MINIMAL, "gemini": {"enabled": True}}, "GEMINI_API_KEY"),
        (
            {**SECRETS_GIVEN, "nats": {"auth": {"mode": "password"}}},
            "MORETALE_NATS_USER, MORETALE_NATS_PASSWORD",
        ),
    ],
)
def test_the_render_fails_naming_a_missing_secret_key(values: dict[str, Any], missing: str) -> None:
    with pytest.raises(helm.HelmError, match=f"lacks the required key\\(s\\) {missing} "):
        Rendered(values)


def test_existing_secret(production: Rendered) -> None:
    assert production.of("Secret") == {}
    for suffix, *_ in DEPLOYMENTS.values():
        refs = _secret_refs(production, suffix)
        assert refs and {r["name"] for r in refs.values()} == {"moretale-secrets"}
    annotations = production.deployment("gateway")["spec"]["template"]["metadata"]["annotations"]
    # Offline the Secret cannot be read: its version, bumped on rotation, rolls the pods.
    assert "checksum/secret" not in annotations
    assert annotations["moretale/secret-version"] == str(production_values()["secrets"]["version"])
    bumped = production_values()
    bumped["secrets"]["version"] = "2"
    rolled = Rendered(bumped).deployment("gateway")["spec"]["template"]["metadata"]
    assert rolled["annotations"]["moretale/secret-version"] == "2"
    reloader = production_values()
    reloader["secrets"]["reloader"] = True
    deployment = Rendered(reloader).deployment("tts-service")
    assert deployment["metadata"]["annotations"] == {
        "secret.reloader.stakater.com/reload": "moretale-secrets"
    }


# --- Services, Ingress, PodDisruptionBudgets ------------------------------------------------


def test_services_front_only_the_gateway_and_asset_service(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    services = rendered.of("Service")
    assert set(services) == {f"{RELEASE}-gateway", f"{RELEASE}-asset-service"}
    for name, service in services.items():
        deployment = rendered.get("Deployment", name)
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert service["spec"]["selector"].items() <= pod_labels.items()
        assert service["spec"]["type"] == "ClusterIP"
        ports = {p["name"]: (p["port"], p["targetPort"]) for p in service["spec"]["ports"]}
        if name == f"{RELEASE}-asset-service":
            assert ports == {"http": (8004, "http"), "internal": (ASSET_INTERNAL_PORT, "internal")}
        else:
            assert ports == {"http": (8000, "http")}


def test_ingress_routes(defaults: Rendered, production: Rendered, handmade: Rendered) -> None:
    assert handmade.of("Ingress") == {}
    for rendered in (defaults, production):
        (ingress,) = rendered.of("Ingress").values()
        (rule,) = ingress["spec"]["rules"]
        routes = {
            p["path"]: (
                p["pathType"],
                p["backend"]["service"]["name"],
                p["backend"]["service"]["port"],
            )
            for p in rule["http"]["paths"]
        }
        gateway = (f"{RELEASE}-gateway", {"number": 8000})
        assert routes == {
            "/api": ("Prefix", *gateway),
            "/reader": ("Prefix", *gateway),
            "/docs": ("Prefix", *gateway),
            "/openapi.json": ("Exact", *gateway),
            "/redoc": ("Exact", *gateway),
            "/healthz": ("Exact", *gateway),
            "/files": ("Prefix", f"{RELEASE}-asset-service", {"number": 8004}),
        }
    (ingress,) = production.of("Ingress").values()
    assert ingress["spec"]["tls"] == [
        {"secretName": "books-example-com-tls", "hosts": ["books.example.com"]}
    ]
    assert ingress["spec"]["rules"][0]["host"] == "books.example.com"
    assert ingress["spec"]["ingressClassName"] == "nginx"


def test_pod_disruption_budgets(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    budgets = rendered.of("PodDisruptionBudget")
    assert set(budgets) == set(rendered.of("Deployment"))
    for name, budget in budgets.items():
        labels = rendered.get("Deployment", name)["spec"]["template"]["metadata"]["labels"]
        assert budget["spec"]["selector"]["matchLabels"].items() <= labels.items()
    if case[0] == "production":
        assert budgets[f"{RELEASE}-asset-service"]["spec"] == {
            "minAvailable": 2,
            "selector": budgets[f"{RELEASE}-asset-service"]["spec"]["selector"],
        }


def test_standard_labels(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    for doc in rendered.docs:
        labels = doc["metadata"]["labels"]
        assert labels["app.kubernetes.io/name"] == "moretale"
        assert labels["app.kubernetes.io/instance"] == RELEASE
        assert labels["app.kubernetes.io/managed-by"] == "Helm"
        assert labels["app.kubernetes.io/part-of"] == "moretale"
        assert labels["app.kubernetes.io/version"] == "0.1.0"
        assert labels["helm.sh/chart"] == "moretale-0.1.0"


# --- TTS and illustration scale independently ----------------------------------------------


def test_workers_have_their_own_hpas(defaults: Rendered) -> None:
    hpas = defaults.of("HorizontalPodAutoscaler")
    assert set(hpas) == {f"{RELEASE}-{w}" for w in WORKERS}
    for name, hpa in hpas.items():
        assert hpa["apiVersion"] == "autoscaling/v2"
        assert hpa["spec"]["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": name,
        }
        (metric,) = hpa["spec"]["metrics"]
        assert metric["resource"]["name"] == "cpu"
        assert metric["resource"]["target"]["type"] == "Utilization"
        # The HPA owns the count: the Deployment states none, so upgrades don't reset it.
        assert "replicas" not in defaults.get("Deployment", name)["spec"]
    assert defaults.deployment("gateway")["spec"]["replicas"] == 2


def test_worker_bounds_are_independent() -> None:
    rendered = Rendered(
        {
            **MINIMAL,
            "ttsService": {"autoscaling": {"minReplicas": 2, "maxReplicas": 7}},
            "illustrationService": {
                "autoscaling": {"minReplicas": 3, "maxReplicas": 11},
                "resources": {"requests": {"cpu": "2", "memory": "1Gi"}},
            },
        }
    )
    tts = rendered.get("HorizontalPodAutoscaler", f"{RELEASE}-tts-service")["spec"]
    ill = rendered.get("HorizontalPodAutoscaler", f"{RELEASE}-illustration-service")["spec"]
    assert (tts["minReplicas"], tts["maxReplicas"]) == (2, 7)
    assert (ill["minReplicas"], ill["maxReplicas"]) == (3, 11)
    assert rendered.container("illustration-service")["resources"]["requests"]["cpu"] == "2"
    assert rendered.container("tts-service")["resources"]["requests"]["cpu"] == "250m"


def test_fixed_replica_counts_without_autoscaling(handmade: Rendered) -> None:
    assert handmade.of("HorizontalPodAutoscaler") == {}
    assert handmade.deployment("tts-service")["spec"]["replicas"] == 3
    assert handmade.deployment("illustration-service")["spec"]["replicas"] == 5


def test_no_keda_objects_unless_enabled(defaults: Rendered, handmade: Rendered) -> None:
    assert defaults.of("ScaledObject") == {}
    assert handmade.of("ScaledObject") == {}


def _keda_schema() -> dict[str, Any]:
    return json.loads(KEDA_SCHEMA.read_text())  # type: ignore[no-any-return]


def test_keda_scaled_objects(production: Rendered) -> None:
    """Gemini workers scale with KEDA on their own consumer lag: each ScaledObject is valid
    against our schema of KEDA's documented spec, and its fields are the values' and the
    contracts' (stream and consumer names)."""
    scaled = production.of("ScaledObject")
    assert set(scaled) == {f"{RELEASE}-{w}" for w in WORKERS}
    assert production.of("HorizontalPodAutoscaler") == {}  # KEDA makes its own
    values = production_values()
    schema = _keda_schema()
    for worker, consumer in WORKERS.items():
        name = f"{RELEASE}-{worker}"
        obj = scaled[name]
        jsonschema.validate(obj, schema)
        spec = obj["spec"]
        assert spec["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": name,
        }
        assert "replicas" not in production.get("Deployment", name)["spec"]
        keda = values["ttsService" if worker == "tts-service" else "illustrationService"]["keda"]
        assert keda["enabled"] == "auto" and values["gemini"]["enabled"] is True
        assert spec["minReplicaCount"] == keda["minReplicas"] >= 1
        assert spec["maxReplicaCount"] == keda["maxReplicas"]
        assert spec["pollingInterval"] == keda["pollingInterval"]
        # KEDA's fallback: replicas while the lag cannot be read; at least the minimum.
        assert spec["fallback"] == keda["fallback"]
        assert spec["minReplicaCount"] <= spec["fallback"]["replicas"] <= spec["maxReplicaCount"]
        # HPA behavior: valid autoscaling/v2 (checked by the Kubernetes schema), slow down.
        behavior = spec["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
        hpa = {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": name},
            "spec": {
                "scaleTargetRef": spec["scaleTargetRef"],
                "maxReplicas": spec["maxReplicaCount"],
                "behavior": behavior,
            },
        }
        kubernetes_validate.validate(hpa, KUBE_VERSIONS[-1], strict=True)
        assert behavior["scaleDown"]["stabilizationWindowSeconds"] >= 60
        (lag,) = spec["triggers"]  # no CPU trigger: KEDA refuses fallback beside one
        assert lag == {
            "type": "nats-jetstream",
            "metricType": "AverageValue",
            "metadata": {
                "natsServerMonitoringEndpoint": f"nats-headless.{NAMESPACE}.svc.cluster.local:8222",
                "account": "$G",
                "stream": consumer.stream.name,  # TTS_JOBS, ILLUSTRATION_JOBS (from contracts)
                "consumer": consumer.durable,  # tts-workers, illustration-workers
                "lagThreshold": str(keda["lagThreshold"]),
                "useHttps": "false",
            },
        }
        # More replicas than max_ack_pending / concurrency would get no jobs at all.
        prefix = "TTS_" if worker == "tts-service" else "ILLUSTRATION_"
        env = values["ttsService" if worker == "tts-service" else "illustrationService"]["env"]
        settings = importlib.import_module(f"{worker.replace('-', '_')}.config").Settings
        max_ack = settings.model_fields["max_ack_pending"].default
        assert spec["maxReplicaCount"] * int(env[f"{prefix}CONCURRENCY"]) <= max_ack
    assert "KEDA" in production.notes


@pytest.mark.parametrize(
    ("mutate", "complaint"),
    [
        (lambda o: o["spec"].pop("scaleTargetRef"), "scaleTargetRef"),
        (lambda o: o["spec"]["fallback"].pop("replicas"), "replicas"),
        (lambda o: o["spec"].update(cooldown=30), "cooldown"),
        (lambda o: o["spec"]["triggers"][0]["metadata"].pop("consumer"), "consumer"),
        (lambda o: o["spec"]["triggers"][0]["metadata"].update(lagThreshold=10), "10"),
        (
            lambda o: o["spec"]["triggers"].append(
                {"type": "cpu", "metricType": "Utilization", "metadata": {"value": "80"}}
            ),
            "Utilization|cpu",
        ),
    ],
)
def test_the_keda_schema_rejects(mutate: Any, complaint: str, production: Rendered) -> None:
    obj = copy.deepcopy(production.get("ScaledObject", f"{RELEASE}-tts-service"))
    mutate(obj)
    with pytest.raises(jsonschema.ValidationError, match=complaint):
        jsonschema.validate(obj, _keda_schema())


def test_keda_is_switched_per_worker() -> None:
    """Without Gemini ("auto" is off) each worker may still opt in, or keep its CPU HPA."""
    rendered = Rendered({**MINIMAL, "ttsService": {"keda": {"enabled": True}}})
    assert set(rendered.of("ScaledObject")) == {f"{RELEASE}-tts-service"}
    assert set(rendered.of("HorizontalPodAutoscaler")) == {f"{RELEASE}-illustration-service"}
    gemini = Rendered(
        {
            **MINIMAL,
            "gemini": {"enabled": True},
            "secrets": {**MINIMAL["secrets"], "geminiApiKey": "k"},
            "illustrationService": {"keda": {"enabled": False}},
        }
    )
    assert set(gemini.of("ScaledObject")) == {f"{RELEASE}-tts-service"}
    assert set(gemini.of("HorizontalPodAutoscaler")) == {f"{RELEASE}-illustration-service"}
    no_fallback = Rendered(
        {
            **MINIMAL,
            "ttsService": {
                "keda": {"enabled": True, "fallback": {"failureThreshold": 3, "replicas": 0}}
            },
        }
    )
    obj = no_fallback.get("ScaledObject", f"{RELEASE}-tts-service")
    assert "fallback" not in obj["spec"]
    jsonschema.validate(obj, _keda_schema())


def test_contract_names_are_the_ones_the_brief_names() -> None:
    assert (streams.TTS_WORKERS.stream.name, streams.TTS_WORKERS.durable) == (
        "TTS_JOBS",
        "tts-workers",
    )
    assert (streams.ILLUSTRATION_WORKERS.stream.name, streams.ILLUSTRATION_WORKERS.durable) == (
        "ILLUSTRATION_JOBS",
        "illustration-workers",
    )


# --- routes the gateway serves are routed ---------------------------------------------------


def test_every_public_gateway_route_is_routed(production: Rendered) -> None:
    """Derived from the gateway app: every path it serves but /internal, /metrics and /readyz
    (operators' and in-cluster) matches an Ingress path, so share links (/reader/#/book/...)
    and the reader do not 404."""
    from moretale_gateway.main import create_app

    def paths_of(routes: list[Any], prefix: str = "") -> Iterator[str]:
        for route in routes:
            if hasattr(route, "path"):
                yield prefix + route.path
            elif hasattr(route, "original_router"):  # an included router, resolved lazily
                context = route.include_context
                yield from paths_of(route.original_router.routes, prefix + context.prefix)

    served = set(paths_of(create_app().routes))
    public = {p for p in served if not p.startswith(("/internal", "/metrics", "/readyz"))}
    (ingress,) = production.of("Ingress").values()
    paths = [
        (p["path"], p["pathType"], p["backend"]["service"]["name"])
        for p in ingress["spec"]["rules"][0]["http"]["paths"]
    ]

    def routed(path: str) -> bool:
        for prefix, kind, service in paths:
            if service != f"{RELEASE}-gateway":
                continue
            if path == prefix or (kind == "Prefix" and path.startswith(prefix.rstrip("/") + "/")):
                return True
        return False

    assert "/reader" in {p.rstrip("/") for p in public}
    assert [p for p in sorted(public) if not routed(p)] == []


def test_the_ingress_waits_longer_than_prefer_wait(production: Rendered) -> None:
    from moretale_gateway.config import Settings

    (ingress,) = production.of("Ingress").values()
    annotations = ingress["metadata"]["annotations"]
    assert annotations["cert-manager.io/cluster-issuer"] == "letsencrypt"  # the user's kept
    timeout = int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"])
    assert timeout == int(annotations["nginx.ingress.kubernetes.io/proxy-send-timeout"])
    assert timeout > Settings.model_fields["max_wait_sec"].default
    with pytest.raises(helm.HelmError, match="readTimeoutSec"):
        Rendered({**MINIMAL, "gateway": {"env": {"GATEWAY_MAX_WAIT_SEC": "120"}}})


# --- shutdown: grace periods cover preStop and the drain -------------------------------------


def test_grace_periods_cover_the_drain(case: tuple[str, Rendered]) -> None:
    name, rendered = case
    values = production_values() if name == "production" else {}
    from moretale_gateway.config import Settings as GatewaySettings

    for key, (suffix, package, prefix, _port) in DEPLOYMENTS.items():
        if (suffix, package, prefix, _port) not in _deployments(rendered):
            continue
        pod = rendered.deployment(suffix)["spec"]["template"]["spec"]
        container = rendered.container(suffix)
        grace = pod["terminationGracePeriodSeconds"]
        drain = int(rendered.env(suffix)[f"{prefix}DRAIN_SEC"])
        pre_stop = container.get("lifecycle", {}).get("preStop")
        pause = int(pre_stop["exec"]["command"][1]) if pre_stop else 0
        # The kubelet counts preStop inside the grace period; the app then drains; 10 s to exit.
        assert grace >= pause + drain + 10, (name, suffix)
        if suffix in ("gateway", "asset-service"):
            # Endpoints leave the Service and the Ingress before the listener closes.
            assert pre_stop["exec"]["command"][0] == "sleep" and pause >= 5
        elif suffix == "gateway-projector":
            # No Service sends it anything; its consumers finish a webhook attempt under way.
            assert pre_stop is None
            assert drain > GatewaySettings.model_fields["webhook_timeout_sec"].default
        else:
            assert pre_stop is None and grace >= 60
            settings = importlib.import_module(f"{package}.config").Settings
            if "gemini_timeout_sec" in settings.model_fields:
                own = values.get(key, {}).get("env", {})
                timeout = float(own.get(f"{prefix}GEMINI_TIMEOUT_SEC", 0)) or float(
                    settings.model_fields["gemini_timeout_sec"].default
                )
                assert drain >= timeout, suffix  # one Gemini call finishes, not paid twice


# --- NetworkPolicies --------------------------------------------------------------------------


def _peers_and_ports(rules: list[dict[str, Any]], key: str) -> list[tuple[str, Any]]:
    return [(yaml.safe_dump(r[key], sort_keys=True), r["ports"]) for r in rules]


def test_network_policies(production: Rendered, defaults: Rendered) -> None:
    values = production_values()
    np = values["networkPolicy"]
    chart_egress = yaml.safe_load((CHART / "values.yaml").read_text())["networkPolicy"]["egress"]
    policies = production.of("NetworkPolicy")
    assert set(policies) == set(production.of("Deployment"))
    controller = np["ingressFrom"]
    metrics = np["metricsFrom"]
    http = [{"port": "http", "protocol": "TCP"}]

    def rule(name: str) -> dict[str, Any]:
        return {"to": chart_egress[name]["to"], "ports": chart_egress[name]["ports"]}

    for suffix, *_ in DEPLOYMENTS.values():
        policy = policies[f"{RELEASE}-{suffix}"]
        spec = policy["spec"]
        pod_labels = production.deployment(suffix)["spec"]["template"]["metadata"]["labels"]
        assert spec["podSelector"]["matchLabels"].items() <= pod_labels.items()
        assert spec["podSelector"]["matchLabels"]["app.kubernetes.io/component"] == suffix
        assert spec["policyTypes"] == ["Ingress", "Egress"]
        ingress = spec["ingress"]
        scrape = {"from": metrics, "ports": http}
        if suffix == "gateway":
            assert ingress == [{"from": controller, "ports": http}, scrape]
        elif suffix == "asset-service":
            gateway = {
                "podSelector": {
                    "matchLabels": production.deployment("gateway")["spec"]["selector"][
                        "matchLabels"
                    ]
                }
            }
            internal = [{"port": "internal", "protocol": "TCP"}]
            # The Ingress controller on /files' port; the gateway alone on the internal one.
            assert ingress == [
                {"from": controller, "ports": http},
                {"from": [gateway], "ports": internal},
                scrape,
            ]
        else:
            # workers and the projector: no traffic in, but the metrics scrape
            assert ingress == [scrape]
        wanted = [rule("dns"), rule("nats"), rule("s3"), rule("otlp")]
        if suffix in ("gateway", "asset-service", "gateway-projector"):
            wanted.append(rule("postgresql"))
        if suffix not in ("gateway", "asset-service"):
            # The projector's webhooks (the api gateway checks a callback URL without DNS and
            # sends nothing out); the workers' Gemini API (gemini on).
            wanted.append(rule("internet"))
        if suffix == "gateway":
            asset_labels = production.deployment("asset-service")["spec"]["selector"]
            wanted.append(
                {
                    "to": [{"podSelector": asset_labels}],
                    "ports": [{"port": ASSET_INTERNAL_PORT, "protocol": "TCP"}],
                }
            )
        assert spec["egress"] == wanted, suffix
    # Without Gemini and without a scraper: workers take nothing in and reach no internet.
    tts = defaults.get("NetworkPolicy", f"{RELEASE}-tts-service")["spec"]
    assert tts["ingress"] == []
    assert rule("internet") not in tts["egress"]
    internet = rule("internet")["to"][0]["ipBlock"]
    assert internet["cidr"] == "0.0.0.0/0" and "10.0.0.0/8" in internet["except"]
    assert Rendered({**MINIMAL, "networkPolicy": {"enabled": False}}).of("NetworkPolicy") == {}


# --- asset-service's internal port -----------------------------------------------------------


def _asset_service_port(rendered: Rendered, port: int) -> int:
    """The container port a port of asset-service's Service leads to (by its targetPort)."""
    service = rendered.get("Service", f"{RELEASE}-asset-service")
    (target,) = [p["targetPort"] for p in service["spec"]["ports"] if p["port"] == port]
    container = rendered.container("asset-service")
    (pod_port,) = [p["containerPort"] for p in container["ports"] if p["name"] == target]
    return pod_port  # type: ignore[no-any-return]


def test_the_gateway_calls_the_internal_port(case: tuple[str, Rendered]) -> None:
    """GATEWAY_ASSET_SERVICE_URL leads, through the Service, to the port asset-service serves
    its internal routes on (ASSET_INTERNAL_PORT), not to the public /files port."""
    _, rendered = case
    url = urlsplit(rendered.env("gateway")["GATEWAY_ASSET_SERVICE_URL"])
    assert (url.scheme, url.hostname, url.path) == ("http", f"{RELEASE}-asset-service", "")
    assert url.port is not None
    internal = int(rendered.env("asset-service")["ASSET_INTERNAL_PORT"])
    assert _asset_service_port(rendered, url.port) == internal == ASSET_INTERNAL_PORT
    assert internal != int(rendered.env("asset-service")["ASSET_PORT"])
    # Another Service port: the URL follows it, the pod keeps its port.
    moved = Rendered({**MINIMAL, "assetService": {"service": {"internalPort": 9005}}})
    url = urlsplit(moved.env("gateway")["GATEWAY_ASSET_SERVICE_URL"])
    assert url.port == 9005 and _asset_service_port(moved, 9005) == ASSET_INTERNAL_PORT


def test_the_ingress_never_routes_the_internal_port(
    defaults: Rendered, production: Rendered
) -> None:
    for rendered in (defaults, production):
        (ingress,) = rendered.of("Ingress").values()
        for path in ingress["spec"]["rules"][0]["http"]["paths"]:
            assert not path["path"].startswith("/internal")
            backend = path["backend"]["service"]
            if backend["name"] == f"{RELEASE}-asset-service":
                # /files only, on the Service port that leads to the public container port.
                assert path["path"] == "/files"
                assert _asset_service_port(rendered, backend["port"]["number"]) == 8004


def test_only_the_gateway_reaches_the_internal_port(case: tuple[str, Rendered]) -> None:
    """Every NetworkPolicy rule names its ports (none opens all of them); the only rule letting
    anything in on asset-service's internal port is the gateway's, and the only egress to it is
    the gateway's."""
    name, rendered = case
    policies = rendered.of("NetworkPolicy")
    assert policies, name
    gateway = {"podSelector": rendered.deployment("gateway")["spec"]["selector"]}
    asset_pods = {"podSelector": rendered.deployment("asset-service")["spec"]["selector"]}
    let_in, let_out = [], []
    for policy_name, policy in policies.items():
        for rule in policy["spec"]["ingress"]:
            assert rule.get("ports"), policy_name
            ports = {p["port"] for p in rule["ports"]}
            if ports & {"internal", ASSET_INTERNAL_PORT}:
                let_in.append((policy_name, rule["from"], ports))
        for rule in policy["spec"]["egress"]:
            if asset_pods in rule["to"]:
                let_out.append((policy_name, rule["to"], rule["ports"]))
    assert let_in == [(f"{RELEASE}-asset-service", [gateway], {"internal"})], name
    assert let_out == [
        (f"{RELEASE}-gateway", [asset_pods], [{"port": ASSET_INTERNAL_PORT, "protocol": "TCP"}])
    ], name


# --- the gateway's request limits --------------------------------------------------------------


def test_gateway_limits(defaults: Rendered, production: Rendered) -> None:
    """GATEWAY_MAX_BODY_BYTES and the SSE stream caps: the chart's defaults are the gateway's,
    and the values reach the pods."""
    from moretale_gateway.config import Settings

    settings = {
        "maxBodyBytes": "max_body_bytes",
        "sseMaxStreamsPerKey": "sse_max_streams_per_key",
        "sseMaxStreamsPerShare": "sse_max_streams_per_share",
    }
    chart_limits = yaml.safe_load((CHART / "values.yaml").read_text())["gateway"]["limits"]
    production_limits = production_values()["gateway"]["limits"]
    assert production_limits != chart_limits
    for key, field in settings.items():
        variable = f"GATEWAY_{field.upper()}"
        assert chart_limits[key] == Settings.model_fields[field].default, key
        assert defaults.env("gateway")[variable] == str(chart_limits[key])
        assert production.env("gateway")[variable] == str(production_limits[key])
        assert variable not in production.env("asset-service")
    big = Rendered({**MINIMAL, "gateway": {"limits": {"maxBodyBytes": 10_000_000}}})
    assert big.env("gateway")["GATEWAY_MAX_BODY_BYTES"] == "10000000"  # not 1e+07


# --- NATS credentials and stream limits -------------------------------------------------------


def test_nats_credentials(production: Rendered) -> None:
    from moretale_kit.settings import CommonSettings

    for suffix, *_ in DEPLOYMENTS.values():
        refs = _secret_refs(production, suffix)
        for name in ("MORETALE_NATS_USER", "MORETALE_NATS_PASSWORD"):
            assert refs[name] == {"name": "moretale-secrets", "key": name}
    # The names are the kit's settings.
    assert {"nats_user", "nats_password", "nats_creds_file"} <= set(CommonSettings.model_fields)

    creds = Rendered(
        {**MINIMAL, "nats": {"auth": {"mode": "creds", "existingSecret": "nats-creds"}}}
    )
    for suffix, *_ in DEPLOYMENTS.values():
        env = creds.env(suffix)
        assert env["MORETALE_NATS_CREDS_FILE"] == "/etc/moretale/nats/nats.creds"
        assert "MORETALE_NATS_USER" not in env
        pod = creds.deployment(suffix)["spec"]["template"]["spec"]
        (volume,) = [v for v in pod["volumes"] if v["name"] == "nats-creds"]
        assert volume["secret"]["secretName"] == "nats-creds"
        assert volume["secret"]["items"] == [{"key": "nats.creds", "path": "nats.creds"}]
        mount = {m["name"]: m for m in creds.container(suffix)["volumeMounts"]}["nats-creds"]
        assert mount == {"name": "nats-creds", "mountPath": "/etc/moretale/nats", "readOnly": True}
    none = Rendered(MINIMAL)
    assert not {"MORETALE_NATS_USER", "MORETALE_NATS_CREDS_FILE"} & set(none.env("gateway"))


def test_stream_limits_are_settable(production: Rendered, defaults: Rendered) -> None:
    config = production.get("ConfigMap", f"{RELEASE}-config")["data"]
    nats = production_values()["nats"]
    chart_nats = yaml.safe_load((CHART / "values.yaml").read_text())["nats"]
    assert config["MORETALE_STREAM_MAX_AGE_SEC"] == str(nats["streamMaxAgeSec"]) != "0"
    assert config["MORETALE_STREAM_MAX_BYTES"] == str(nats["streamMaxBytes"]) != "0"
    for value, setting in (
        ("deadLetterMaxAgeSec", "MORETALE_DEAD_LETTER_MAX_AGE_SEC"),
        ("deadLetterMaxBytes", "MORETALE_DEAD_LETTER_MAX_BYTES"),
        ("tombstoneTtlSec", "MORETALE_TOMBSTONE_TTL_SEC"),
    ):
        assert config[setting] == str(nats.get(value, chart_nats[value])) != "0"
    # Dead letters outlive the events, and a tombstone outlives every message about its story.
    assert int(config["MORETALE_DEAD_LETTER_MAX_AGE_SEC"]) >= int(
        config["MORETALE_STREAM_MAX_AGE_SEC"]
    )
    assert int(config["MORETALE_TOMBSTONE_TTL_SEC"]) >= int(config["MORETALE_STREAM_MAX_AGE_SEC"])
    defaults_config = defaults.get("ConfigMap", f"{RELEASE}-config")["data"]
    assert int(defaults_config["MORETALE_STREAM_MAX_AGE_SEC"]) > 0  # bounded by default
    assert int(defaults_config["MORETALE_STREAM_MAX_BYTES"]) > 0


# --- PostgreSQL connections ------------------------------------------------------------------


def test_pools_fit_in_max_connections(production: Rendered) -> None:
    """Every pod (a rollout's surge included) at pool + overflow, plus the reserved ones, fits
    in max_connections; the pool settings reach the services."""
    import math

    values = production_values()
    budget = values["postgresql"]["maxConnections"] - values["postgresql"]["reservedConnections"]
    total = 0
    for key, suffix, prefix in (
        ("gateway", "gateway", "GATEWAY_"),
        ("gatewayProjector", "gateway-projector", "GATEWAY_"),
        ("assetService", "asset-service", "ASSET_"),
    ):
        env = production.env(suffix)
        pool = int(env[f"{prefix}DATABASE_POOL_SIZE"])
        overflow = int(env[f"{prefix}DATABASE_MAX_OVERFLOW"])
        chart = yaml.safe_load((CHART / "values.yaml").read_text())[key]
        assert (pool, overflow) == tuple(values.get(key, chart)["database"].values())
        replicas = production.deployment(suffix)["spec"]["replicas"]
        surge = math.ceil(replicas * 0.25)  # the Deployments' default RollingUpdate maxSurge
        assert "strategy" not in production.deployment(suffix)["spec"]
        total += (replicas + surge) * (pool + overflow)
    assert total <= budget, (total, budget)
    # The settings are the services' own (kit DatabaseServiceSettings).
    from moretale_kit.settings import DatabaseServiceSettings

    fields = DatabaseServiceSettings.model_fields
    assert {"database_pool_size", "database_max_overflow"} <= set(fields)
    # Past the budget the render fails, pointing at PgBouncer.
    more = production_values()
    more["gateway"]["replicaCount"] = 8
    with pytest.raises(helm.HelmError, match=r"postgresql\.maxConnections 100.*PgBouncer"):
        Rendered(more)


# --- smaller ---------------------------------------------------------------------------------


def test_pod_monitor(production: Rendered, defaults: Rendered) -> None:
    assert defaults.of("PodMonitor") == {}
    (monitor,) = production.of("PodMonitor").values()
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    assert monitor["spec"]["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "moretale",
        "app.kubernetes.io/instance": RELEASE,
    }
    assert monitor["spec"]["podMetricsEndpoints"] == [
        {"port": "http", "path": "/metrics", "interval": "30s"}
    ]


def test_pods_land_on_the_images_architecture(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    for suffix, *_ in _deployments(rendered):
        pod = rendered.deployment(suffix)["spec"]["template"]["spec"]
        assert pod["nodeSelector"]["kubernetes.io/arch"] == "amd64"
    own = Rendered({**MINIMAL, "ttsService": {"nodeSelector": {"pool": "cpu"}}})
    assert own.deployment("tts-service")["spec"]["template"]["spec"]["nodeSelector"] == {
        "kubernetes.io/arch": "amd64",
        "pool": "cpu",
    }
    multi = Rendered({**MINIMAL, "nodeSelector": {"kubernetes.io/arch": None}})  # multi-arch
    assert "nodeSelector" not in multi.deployment("gateway")["spec"]["template"]["spec"]
    assert "nodeSelector" not in multi.deployment("gateway-projector")["spec"]["template"]["spec"]
    own = Rendered({**MINIMAL, "gatewayProjector": {"nodeSelector": {"pool": "web"}}})
    assert own.deployment("gateway-projector")["spec"]["template"]["spec"]["nodeSelector"] == {
        "kubernetes.io/arch": "amd64",
        "pool": "web",
    }


def test_espeak_loads_from_an_exec_tmpfs(defaults: Rendered) -> None:
    """eSpeak NG's library is copied to TMPDIR and dlopen'ed: on a node whose disks (and so a
    disk emptyDir) are noexec that fails; a Memory emptyDir is a tmpfs without noexec."""
    pod = defaults.deployment("tts-service")["spec"]["template"]["spec"]
    assert defaults.env("tts-service")["TMPDIR"] == "/run/espeak"
    (volume,) = [v for v in pod["volumes"] if v["name"] == "espeak"]
    assert volume["emptyDir"]["medium"] == "Memory"
    mounts = {m["name"]: m["mountPath"] for m in defaults.container("tts-service")["volumeMounts"]}
    assert mounts["espeak"] == "/run/espeak"
    assert "TMPDIR" not in defaults.env("illustration-service")


# --- the gateway's projector role -----------------------------------------------------------


def test_the_projector_runs_beside_the_api_by_default(defaults: Rendered) -> None:
    """By default the gateway is two Deployments of one image: `--role api` pods behind the
    Service, and `--role projector` pods (events -> rows, webhooks, the reconciler) with the
    drain, grace, pool, budget and labels every other Deployment has."""
    chart = yaml.safe_load((CHART / "values.yaml").read_text())["gatewayProjector"]
    assert chart["enabled"] is True
    assert defaults.env("gateway")["GATEWAY_ROLE"] == "api"
    deployment = defaults.deployment("gateway-projector")
    container = defaults.container("gateway-projector")
    assert container["command"] == ["python", "-m", "moretale_gateway", "--role", "projector"]
    assert deployment["spec"]["replicas"] == chart["replicaCount"] >= 2
    env = defaults.env("gateway-projector")
    assert "GATEWAY_ROLE" not in env  # the command line's --role is the one that counts
    assert env["GATEWAY_DRAIN_SEC"] == str(chart["drainSeconds"])
    pod = deployment["spec"]["template"]["spec"]
    assert pod["terminationGracePeriodSeconds"] == chart["terminationGracePeriodSeconds"]
    assert env["GATEWAY_DATABASE_POOL_SIZE"] == str(chart["database"]["poolSize"])
    assert env["GATEWAY_DATABASE_MAX_OVERFLOW"] == str(chart["database"]["maxOverflow"])
    assert container["resources"] == chart["resources"]
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    assert {"checksum/config", "checksum/secret"} <= set(annotations)
    assert annotations["prometheus.io/port"] == str(PROJECTOR[3])
    budget = defaults.get("PodDisruptionBudget", f"{RELEASE}-gateway-projector")
    assert budget["spec"]["selector"] == deployment["spec"]["selector"]
    # No Service (and so no Ingress route) reaches it: it serves only its probes and /metrics.
    for service in defaults.of("Service").values():
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert not service["spec"]["selector"].items() <= labels.items()
    # podLabels, topologySpreadConstraints, affinity and tolerations are its own.
    spread = [
        {
            "maxSkew": 1,
            "topologyKey": "kubernetes.io/hostname",
            "whenUnsatisfiable": "ScheduleAnyway",
            "labelSelector": {"matchLabels": {"app.kubernetes.io/component": "gateway-projector"}},
        }
    ]
    placed = Rendered(
        {
            **MINIMAL,
            "gatewayProjector": {
                "podLabels": {"team": "books"},
                "topologySpreadConstraints": spread,
                "tolerations": [{"key": "web", "operator": "Exists"}],
            },
            "secrets": {**MINIMAL["secrets"], "reloader": True},
        }
    )
    placed_deployment = placed.deployment("gateway-projector")
    template = placed_deployment["spec"]["template"]
    assert template["metadata"]["labels"]["team"] == "books"
    assert template["spec"]["topologySpreadConstraints"] == spread
    assert template["spec"]["tolerations"] == [{"key": "web", "operator": "Exists"}]
    assert placed_deployment["metadata"]["annotations"] == {
        "secret.reloader.stakater.com/reload": f"{RELEASE}-secrets"
    }


def test_each_gateway_role_gets_only_the_secrets_its_code_reads(
    defaults: Rendered, production: Rendered
) -> None:
    """The projector starts with the database URL, the key-hashing secret (it runs the gateway's
    migrations at start, and 0002 hashes stored keys with it), the webhook signing secret, S3
    (the kit opens the bucket at start) and NATS; not the API keys, the share secret, the
    internal token or the URL secret (no route, no asset-service call, no signed local URL).
    The api pods no longer sign webhooks. Together they hold every secret setting of the
    gateway's code."""
    from moretale_gateway.config import Settings
    from moretale_gateway.main import MIGRATIONS

    s3 = {"MORETALE_S3_ACCESS_KEY", "MORETALE_S3_SECRET_KEY"}
    nats = {"MORETALE_NATS_USER", "MORETALE_NATS_PASSWORD"}
    projector = {"GATEWAY_DATABASE_URL", "GATEWAY_API_KEY_SECRET", "GATEWAY_WEBHOOK_SECRET"}
    assert set(_secret_refs(defaults, "gateway-projector")) == projector | s3
    assert set(_secret_refs(production, "gateway-projector")) == projector | s3 | nats
    api = set(_secret_refs(defaults, "gateway"))
    assert "GATEWAY_WEBHOOK_SECRET" not in api
    assert {"MORETALE_API_KEYS", "GATEWAY_SHARE_SECRET", "MORETALE_INTERNAL_TOKEN"} <= api
    both = api | set(_secret_refs(defaults, "gateway-projector"))
    assert _secret_settings(Settings) <= both
    # What the code says: the migration reads the key-hashing secret; only the projection
    # path signs webhooks, only the api path sends the internal token.
    migrations = (MIGRATIONS / "versions").glob("*.py")
    assert any("api_key_hmac_secret()" in path.read_text() for path in migrations)
    source = Path(importlib.import_module("moretale_gateway.main").__file__ or "").read_text()
    projection = source[source.index("def _start_projection") :]
    assert "webhook_signing_secret()" in projection
    assert "internal_secret()" not in projection and "accepted_keys()" not in projection


def test_the_projector_reaches_nats_with_either_credential() -> None:
    creds = Rendered(
        {**MINIMAL, "nats": {"auth": {"mode": "creds", "existingSecret": "nats-creds"}}}
    )
    env = creds.env("gateway-projector")
    assert env["MORETALE_NATS_CREDS_FILE"] == "/etc/moretale/nats/nats.creds"
    pod = creds.deployment("gateway-projector")["spec"]["template"]["spec"]
    (volume,) = [v for v in pod["volumes"] if v["name"] == "nats-creds"]
    assert volume["secret"] == {
        "secretName": "nats-creds",
        "defaultMode": 0o440,
        "items": [{"key": "nats.creds", "path": "nats.creds"}],
    }
    mounts = {m["name"]: m for m in creds.container("gateway-projector")["volumeMounts"]}
    assert mounts["nats-creds"]["readOnly"] is True
    password = Rendered({**HANDMADE, "gatewayProjector": {"enabled": True}})
    refs = _secret_refs(password, "gateway-projector")
    assert refs["MORETALE_NATS_PASSWORD"] == {
        "name": f"{RELEASE}-secrets",
        "key": "MORETALE_NATS_PASSWORD",
    }


def test_the_projector_network_policy(defaults: Rendered, production: Rendered) -> None:
    """Nothing comes in (a scraper on its port, if metricsFrom is set); out: DNS, NATS, S3,
    OTLP, PostgreSQL and the internet on 443 for webhooks. The api gateway then sends nothing
    to the internet: it checks a callback URL without resolving it."""
    chart_np = yaml.safe_load((CHART / "values.yaml").read_text())["networkPolicy"]

    def rule(name: str) -> dict[str, Any]:
        return {"to": chart_np["egress"][name]["to"], "ports": chart_np["egress"][name]["ports"]}

    spec = defaults.get("NetworkPolicy", f"{RELEASE}-gateway-projector")["spec"]
    selector = defaults.deployment("gateway-projector")["spec"]["selector"]["matchLabels"]
    assert spec["podSelector"]["matchLabels"] == selector
    assert spec["ingress"] == []
    assert spec["egress"] == [
        rule(n) for n in ("dns", "nats", "s3", "otlp", "postgresql", "internet")
    ]
    scraped = production.get("NetworkPolicy", f"{RELEASE}-gateway-projector")["spec"]
    metrics = production_values()["networkPolicy"]["metricsFrom"]
    assert scraped["ingress"] == [{"from": metrics, "ports": [{"port": "http", "protocol": "TCP"}]}]
    no_otlp = Rendered({**MINIMAL, "otel": {"endpoint": ""}})
    egress = no_otlp.get("NetworkPolicy", f"{RELEASE}-gateway-projector")["spec"]["egress"]
    assert rule("otlp") not in egress and rule("internet") in egress
    for rendered in (defaults, production):
        gateway = rendered.get("NetworkPolicy", f"{RELEASE}-gateway")["spec"]
        assert rule("internet") not in gateway["egress"]
        assert not any(
            "ipBlock" in peer for r in gateway["egress"] for peer in r["to"]
        )  # nothing outside the cluster


def test_without_the_projector_the_gateway_projects() -> None:
    rendered = Rendered({**MINIMAL, "gatewayProjector": {"enabled": False}})
    for kind in ("Deployment", "PodDisruptionBudget", "NetworkPolicy"):
        assert f"{RELEASE}-gateway-projector" not in rendered.of(kind), kind
    assert "gateway-projector" not in json.dumps(rendered.docs)
    assert rendered.env("gateway")["GATEWAY_ROLE"] == "all"
    # Today's gateway: it signs and delivers the webhooks itself.
    assert "GATEWAY_WEBHOOK_SECRET" in _secret_refs(rendered, "gateway")
    internet = yaml.safe_load((CHART / "values.yaml").read_text())["networkPolicy"]["egress"][
        "internet"
    ]
    egress = rendered.get("NetworkPolicy", f"{RELEASE}-gateway")["spec"]["egress"]
    assert {"to": internet["to"], "ports": internet["ports"]} in egress
    assert "gateway-projector" not in rendered.notes and "GATEWAY_ROLE=all" in rendered.notes


# --- the gateway's pods start with what the chart gives them ----------------------------------
#
# The gateway's two Deployments start with exactly what the chart gives their pods.
#
# The chart gives the projector pods only some of the gateway's secrets, and the api pods no
# webhook secret (tests/deploy/test_chart.py). A secret a process reads but was not given is not an
# error: the gateway generates it into its data dir, a different one in every pod (the webhook
# signatures, or the API-key hashes its migration writes, would then differ between pods). So
# each role is started here as its pod runs it: the rendered command, only the environment the
# pod gets (the ConfigMap, the Deployment's env, secretKeyRefs resolved from the rendered Secret),
# against a real nats-server, an S3 server (moto) and PostgreSQL named in the values. Ready means
# it started; an empty data dir means it read no secret it was not given. Then SIGTERM: it exits
# cleanly within its pod's grace period.
#
# What differs from the pod: the listening host and port (127.0.0.1, a free port) and the data
# dir (the pod's /tmp emptyDir, here a folder of the test's own).


@pytest.fixture(scope="module")
def pointed_at_local_servers(
    nats_server: NatsServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    postgres_server: PostgresServer,  # noqa: F811
) -> Rendered:
    """The chart's defaults (the projector on), pointed at the local servers."""
    return Rendered(
        {
            "secrets": {
                **MINIMAL["secrets"],
                "s3AccessKey": s3_server.access_key,
                "s3SecretKey": s3_server.secret_key,
                "gatewayDatabaseUrl": postgres_server.create_database("gateway_chart_pods"),
            },
            "nats": {"url": nats_server.url},
            "s3": {"endpoint": s3_server.endpoint, "region": s3_server.region},
            "otel": {"endpoint": ""},
        }
    )


def _pod_environment(rendered: Rendered, suffix: str) -> dict[str, str]:
    """What the pod's container sees: the ConfigMap, then its env with secretKeyRefs resolved
    (an optional key the Secret lacks is left out, as the kubelet does)."""
    config = rendered.get("ConfigMap", f"{RELEASE}-config")["data"]
    secret = {
        key: base64.b64decode(value).decode()
        for key, value in rendered.get("Secret", f"{RELEASE}-secrets")["data"].items()
    }
    env = dict(config)
    for entry in rendered.container(suffix)["env"]:
        if "value" in entry:
            env[entry["name"]] = entry["value"]
            continue
        ref: dict[str, Any] = entry["valueFrom"]["secretKeyRef"]
        assert ref["name"] == f"{RELEASE}-secrets"
        if ref["key"] in secret:
            env[entry["name"]] = secret[ref["key"]]
        else:
            assert ref.get("optional"), ref
    return env


def _ready(port: int) -> bool:
    with urllib.request.urlopen(f"http://{HOST}:{port}/readyz", timeout=2) as answer:
        return answer.status == 200  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("suffix", "port_variable"),
    [("gateway-projector", "GATEWAY_PROJECTOR_PORT"), ("gateway", "GATEWAY_PORT")],
)
def test_the_gateway_pods_start_with_the_charts_environment(
    pointed_at_local_servers: Rendered, suffix: str, port_variable: str, tmp_path: Path
) -> None:
    rendered = pointed_at_local_servers
    env = _pod_environment(rendered, suffix)
    assert port_variable in env  # the port the pod listens on is the one moved here
    port = free_port()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    env |= {
        port_variable: str(port),
        "GATEWAY_HOST": HOST,
        "MORETALE_DATA_DIR": str(data_dir),
        "HOME": str(tmp_path),
    }
    command = rendered.container(suffix)["command"]
    assert command[0] == "python"
    process = RunningProcess.start(
        [sys.executable, *command[1:]],
        env,
        tmp_path / f"{suffix}.log",
        name=suffix,
        inherit_env=False,
    )
    try:
        process.wait_until(lambda: _ready(port), timeout=60, what="ready")
        generated = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*"))
        assert generated == [], f"{suffix} made up secrets the chart did not give it"
        grace = rendered.deployment(suffix)["spec"]["template"]["spec"][
            "terminationGracePeriodSeconds"
        ]
        started = time.monotonic()
        code = process.stop(grace=grace)
        # uvicorn re-raises the SIGTERM it handled once the app has shut down.
        assert code in (0, -signal.SIGTERM), process.log_tail()
        assert "Application shutdown complete" in process.log_tail()
        assert time.monotonic() - started < grace
    finally:
        if process.is_running():
            process.kill()
