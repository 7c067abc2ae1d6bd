"""The Helm chart in deploy/k8s/moretale, rendered offline and checked.

Rendering uses helm-python-sdk (Helm v4's Go engine through a bundled C library; no helm binary,
no cluster, no network). Every rendered manifest is validated against the Kubernetes OpenAPI
schemas bundled in kubernetes-validate (strict: unknown fields fail), and the chart's plain YAML
and every rendered manifest go through yamllint. The values cases: the defaults, the example
production file (KEDA, existingSecret, TLS, more replicas) and a hand-made one (no autoscaling,
no Ingress, every secret given).
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import helm_python as helm
import kubernetes_validate
import pytest
import yaml
from yamllint import linter
from yamllint.config import YamlLintConfig

from moretale_contracts import streams

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy/k8s/moretale"
PRODUCTION = ROOT / "deploy/k8s/examples/values-production.yaml"
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
    },
}
HANDMADE = {
    **SECRETS_GIVEN,
    "ingress": {"enabled": False},
    "ttsService": {"autoscaling": {"enabled": False}, "replicaCount": 3},
    "illustrationService": {"autoscaling": {"enabled": False}, "replicaCount": 5},
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
    "defaults": {},
    "production": production_values(),
    "handmade": HANDMADE,
}


@pytest.fixture(scope="module", params=list(CASES))
def case(request: pytest.FixtureRequest) -> tuple[str, Rendered]:
    return request.param, Rendered(CASES[request.param])


@pytest.fixture(scope="module")
def defaults() -> Rendered:
    return Rendered({})


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
        if doc["apiVersion"].startswith("keda.sh/"):
            continue  # a CRD: checked field by field in test_keda_scaled_objects
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
    ],
)
def test_schema_rejects(values: dict[str, Any], complaint: str) -> None:
    with pytest.raises(helm.HelmValuesError, match=complaint):
        Rendered(values)


# --- one Deployment per service -------------------------------------------------------------


def test_one_deployment_per_service(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    services = set(rendered.of("Deployment")) - {f"{RELEASE}-gateway-projector"}
    assert services == {f"{RELEASE}-{c[0]}" for c in COMPONENTS.values()}
    for suffix, package, prefix, port in COMPONENTS.values():
        deployment = rendered.deployment(suffix)
        container = rendered.container(suffix)
        assert container["command"] == ["python", "-m", package]
        assert container["ports"] == [{"name": "http", "containerPort": port, "protocol": "TCP"}]
        env = rendered.env(suffix)
        assert env[f"{prefix}HOST"] == "0.0.0.0"
        assert env[f"{prefix}PORT"] == str(port)
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


def test_probes(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    for suffix, *_ in COMPONENTS.values():
        container = rendered.container(suffix)
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
        assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
        assert container["resources"]["requests"]["cpu"]
        assert container["resources"]["limits"]["memory"]


def test_pods_run_as_non_root_on_a_read_only_filesystem(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    for suffix, *_ in COMPONENTS.values():
        pod = rendered.deployment(suffix)["spec"]["template"]["spec"]
        container = rendered.container(suffix)
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] != 0
        security = container["securityContext"]
        assert security["readOnlyRootFilesystem"] is True
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"]["drop"] == ["ALL"]
        assert container["volumeMounts"] == [{"name": "tmp", "mountPath": "/tmp"}]
        assert "emptyDir" in pod["volumes"][0] and pod["volumes"][0]["name"] == "tmp"
        assert pod["enableServiceLinks"] is False  # no FOO_PORT variables beside {PREFIX}PORT
        assert pod["automountServiceAccountToken"] is False


def test_shared_config(defaults: Rendered, handmade: Rendered, production: Rendered) -> None:
    config = defaults.get("ConfigMap", f"{RELEASE}-config")["data"]
    assert config["MORETALE_STORE"] == "s3"
    assert config["MORETALE_DATA_DIR"].startswith("/tmp/")
    assert config["MORETALE_NATS_URL"] == "nats://nats:4222"
    assert config["MORETALE_STREAM_REPLICAS"] == "1"
    assert config["MORETALE_S3_ENDPOINT"] == "minio:9000"
    assert "MORETALE_S3_PUBLIC_ENDPOINT" not in config
    assert config["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://jaeger:4318"
    for suffix, *_ in COMPONENTS.values():
        env_from = defaults.container(suffix)["envFrom"]
        assert env_from == [{"configMapRef": {"name": f"{RELEASE}-config"}}]

    config = handmade.get("ConfigMap", f"{RELEASE}-config")["data"]
    assert config["MORETALE_S3_PUBLIC_ENDPOINT"] == "s3.example.com"
    assert config["MORETALE_S3_SECURE"] == "true"
    assert "OTEL_EXPORTER_OTLP_ENDPOINT" not in config

    config = production.get("ConfigMap", f"{RELEASE}-config")["data"]
    assert config["MORETALE_PUBLIC_ASSET_URL"] == "https://books.example.com"
    assert config["MORETALE_STREAM_REPLICAS"] == "3"
    assert production.env("gateway")["GATEWAY_PUBLIC_URL"] == "https://books.example.com"
    assert production.env("gateway")["GATEWAY_ASSET_SERVICE_URL"] == (
        f"http://{RELEASE}-asset-service:8004"
    )
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
    }
    expected = {
        "gateway": {
            "MORETALE_API_KEYS",
            "GATEWAY_DATABASE_URL",
            "GATEWAY_WEBHOOK_SECRET",
            "GATEWAY_SHARE_SECRET",
        },
        "asset-service": {"ASSET_DATABASE_URL"},
        "story-service": {"GEMINI_API_KEY"},
        "tts-service": {"GEMINI_API_KEY"},
        "illustration-service": {"GEMINI_API_KEY"},
    }
    shared = {"MORETALE_S3_ACCESS_KEY", "MORETALE_S3_SECRET_KEY", "MORETALE_URL_SECRET"}
    for suffix, own in expected.items():
        refs = _secret_refs(handmade, suffix)
        assert set(refs) == own | shared, suffix  # no service sees another's database
        for name, ref in refs.items():
            assert ref["name"] == f"{RELEASE}-secrets" and ref["key"] == name
            assert ref.get("optional", False) is (name in ("GEMINI_API_KEY", "MORETALE_URL_SECRET"))
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


def test_every_secret_setting_comes_from_the_secret(handmade: Rendered) -> None:
    """A secret a service would otherwise generate per pod (API keys, signing keys) must be one
    value for all replicas: every SecretStr setting is wired from the Secret."""
    import importlib

    from moretale_kit.settings import CommonSettings

    shared = _secret_settings(CommonSettings)
    for suffix, package, prefix, _ in COMPONENTS.values():
        settings = importlib.import_module(f"{package}.config").Settings
        own = _secret_settings(settings)
        calls_gemini = f"{prefix}GEMINI_API_KEY" in own
        own.discard(f"{prefix}GEMINI_API_KEY")  # the shared GEMINI_API_KEY stands in for it
        wanted = own | {n for n in shared if calls_gemini or n != "GEMINI_API_KEY"}
        assert wanted <= set(_secret_refs(handmade, suffix)), suffix


def test_generated_secrets_and_missing_ones(defaults: Rendered) -> None:
    data = defaults.get("Secret", f"{RELEASE}-secrets")["data"]
    assert base64.b64decode(data["MORETALE_API_KEYS"]).decode().startswith("mt_")
    assert len(base64.b64decode(data["MORETALE_URL_SECRET"])) == 64
    webhook = base64.b64decode(data["GATEWAY_WEBHOOK_SECRET"]).decode()
    assert webhook.startswith("whsec_") and len(base64.b64decode(webhook[6:])) == 32
    assert "GATEWAY_DATABASE_URL" not in data and "GEMINI_API_KEY" not in data
    assert "WARNING" in defaults.notes and "secrets.gatewayDatabaseUrl" in defaults.notes


def test_existing_secret(production: Rendered) -> None:
    assert production.of("Secret") == {}
    for suffix, *_ in COMPONENTS.values():
        refs = _secret_refs(production, suffix)
        assert refs and {r["name"] for r in refs.values()} == {"moretale-secrets"}
    annotations = production.deployment("gateway")["spec"]["template"]["metadata"]["annotations"]
    assert "checksum/secret" not in annotations
    assert "WARNING" not in production.notes


# --- Services, Ingress, PodDisruptionBudgets ------------------------------------------------


def test_services_front_only_the_gateway_and_asset_service(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    services = rendered.of("Service")
    assert set(services) == {f"{RELEASE}-gateway", f"{RELEASE}-asset-service"}
    for name, service in services.items():
        deployment = rendered.get("Deployment", name)
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert service["spec"]["selector"].items() <= pod_labels.items()
        assert service["spec"]["ports"][0]["targetPort"] == "http"


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
            "/docs": ("Prefix", *gateway),
            "/openapi.json": ("Exact", *gateway),
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


def test_keda_scaled_objects(production: Rendered) -> None:
    scaled = production.of("ScaledObject")
    assert set(scaled) == {f"{RELEASE}-{w}" for w in WORKERS}
    assert production.of("HorizontalPodAutoscaler") == {}  # KEDA makes its own
    values = production_values()
    for worker, consumer in WORKERS.items():
        name = f"{RELEASE}-{worker}"
        obj = scaled[name]
        assert obj["apiVersion"] == "keda.sh/v1alpha1"
        assert obj["spec"]["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": name,
        }
        assert "replicas" not in production.get("Deployment", name)["spec"]
        keda = values["ttsService" if worker == "tts-service" else "illustrationService"]["keda"]
        assert obj["spec"]["minReplicaCount"] == keda["minReplicas"] >= 1
        assert obj["spec"]["maxReplicaCount"] == keda["maxReplicas"]
        lag, cpu = obj["spec"]["triggers"]
        assert lag["type"] == "nats-jetstream"
        assert lag["metadata"] == {
            "natsServerMonitoringEndpoint": f"nats-headless.{NAMESPACE}.svc.cluster.local:8222",
            "account": "$G",
            "stream": consumer.stream.name,  # TTS_JOBS, ILLUSTRATION_JOBS (from contracts)
            "consumer": consumer.durable,  # tts-workers, illustration-workers
            "lagThreshold": str(keda["lagThreshold"]),
            "activationLagThreshold": str(keda["activationLagThreshold"]),
            "useHttps": "false",
        }
        assert all(isinstance(v, str) for v in lag["metadata"].values())
        assert cpu == {
            "type": "cpu",
            "metricType": "Utilization",
            "metadata": {"value": str(keda["targetCPUUtilizationPercentage"])},
        }
    assert "KEDA" in production.notes


def test_contract_names_are_the_ones_the_brief_names() -> None:
    assert (streams.TTS_WORKERS.stream.name, streams.TTS_WORKERS.durable) == (
        "TTS_JOBS",
        "tts-workers",
    )
    assert (streams.ILLUSTRATION_WORKERS.stream.name, streams.ILLUSTRATION_WORKERS.durable) == (
        "ILLUSTRATION_JOBS",
        "illustration-workers",
    )


# --- the gateway's projector role -----------------------------------------------------------


def test_the_projector_role_has_its_own_deployment(case: tuple[str, Rendered]) -> None:
    _, rendered = case
    container = rendered.container("gateway-projector")
    assert container["command"] == ["python", "-m", "moretale_gateway", "--role", "projector"]
    assert container["image"] == rendered.container("gateway")["image"]
    assert container["ports"] == [{"name": "http", "containerPort": 8010, "protocol": "TCP"}]
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    env = {e["name"]: e for e in container["env"]}
    assert env["GATEWAY_PROJECTOR_PORT"]["value"] == "8010"
    assert env["GATEWAY_DATABASE_URL"]["valueFrom"]["secretKeyRef"]["key"] == "GATEWAY_DATABASE_URL"
    # The gateway pods then only answer requests.
    assert rendered.env("gateway")["GATEWAY_ROLE"] == "api"


def test_without_the_projector_deployment_the_gateway_projects() -> None:
    rendered = Rendered({**SECRETS_GIVEN, "gatewayProjector": {"enabled": False}})
    assert f"{RELEASE}-gateway-projector" not in rendered.of("Deployment")
    assert f"{RELEASE}-gateway-projector" not in rendered.of("PodDisruptionBudget")
    assert rendered.env("gateway")["GATEWAY_ROLE"] == "all"
