"""Integration fixtures: real nats-server, an S3-protocol server (moto), PostgreSQL, and the five
services started as they run in production."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from servers import PostgresServer, S3Server, nats_server, postgres_server, s3_server  # noqa: F401  (fixtures)
from stack import Stack


@pytest.fixture(scope="module")
def local_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The embedded default: local object store, SQLite."""
    stack = Stack.start(tmp_path_factory.mktemp("local-stack"))
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def cluster_stack(
    tmp_path_factory: pytest.TempPathFactory,
    s3_server: S3Server,  # noqa: F811
    postgres_server: PostgresServer,  # noqa: F811
) -> Iterator[Stack]:
    """The cluster shape: S3 through the minio client, PostgreSQL for both databases."""
    env = {
        "MORETALE_STORE": "s3",
        "MORETALE_S3_ENDPOINT": s3_server.endpoint,
        "MORETALE_S3_ACCESS_KEY": s3_server.access_key,
        "MORETALE_S3_SECRET_KEY": s3_server.secret_key,
        "MORETALE_S3_REGION": s3_server.region,
        "MORETALE_S3_BUCKET": "books-cluster",
        "GATEWAY_DATABASE_URL": postgres_server.create_database("gateway_cluster"),
        "ASSET_DATABASE_URL": postgres_server.create_database("assets_cluster"),
    }
    stack = Stack.start(tmp_path_factory.mktemp("cluster-stack"), env)
    yield stack
    stack.stop()
