"""The S3 store: a silent endpoint costs seconds, not the minio client's default five minutes per
call; presigned URLs name the public origin clients use."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from servers import HOST, S3Server
from urllib3.exceptions import HTTPError

from moretale_kit.settings import CommonSettings
from moretale_kit.store import open_store

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def silent_endpoint() -> Iterator[str]:
    """host:port that accepts connections and never answers (a hung load balancer)."""
    server = socket.create_server((HOST, 0))
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            accepted.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield f"{HOST}:{server.getsockname()[1]}"
    server.close()
    for connection in accepted:
        connection.close()


async def test_a_silent_endpoint_gives_up_within_the_configured_limits(
    silent_endpoint: str, tmp_path: Path
) -> None:
    settings = CommonSettings(
        data_dir=tmp_path,
        store="s3",
        s3_endpoint=silent_endpoint,
        s3_connect_timeout_sec=0.5,
        s3_read_timeout_sec=0.3,
        s3_retry_sec=1.0,
    )
    started = time.monotonic()
    with pytest.raises(HTTPError):
        await open_store(settings)  # its first call: does the bucket exist?
    # Six tries of 0.3 s within each of a few retried calls; without the limits, 300 s each.
    assert time.monotonic() - started < 30


def _signature_of(url: str, settings: CommonSettings) -> str:
    """The SigV4 query signature botocore computes for `url` (its own X-Amz-Signature left
    out), at the URL's own X-Amz-Date: an S3 server checks exactly this against the URL's
    host, path and query."""
    from botocore.auth import S3SigV4QueryAuth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "X-Amz-Signature"]
    unsigned = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
    credentials = Credentials(
        settings.s3_access_key.get_secret_value(), settings.s3_secret_key.get_secret_value()
    )
    auth = S3SigV4QueryAuth(credentials, "s3", settings.s3_region)
    request = AWSRequest(method="GET", url=unsigned)
    request.context["timestamp"] = dict(query)["X-Amz-Date"]
    return str(
        auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
    )


async def test_presigned_urls_are_on_the_public_origin_and_verify(
    s3_server: S3Server, tmp_path: Path
) -> None:
    """MORETALE_S3_PUBLIC_URL=https://s3.example.test: services reach moto over plain HTTP,
    clients get https://s3.example.test/... URLs whose signature holds for that host."""
    settings = CommonSettings(
        data_dir=tmp_path,
        store="s3",
        s3_endpoint=s3_server.endpoint,
        s3_access_key=s3_server.access_key,
        s3_secret_key=s3_server.secret_key,
        s3_region=s3_server.region,
        s3_bucket="public-origin",
        s3_secure=False,
        s3_public_url="https://s3.example.test",
    )
    assert os.environ.get("MORETALE_S3_PUBLIC_URL") is None  # the test sets it itself
    store = await open_store(settings)
    body = os.urandom(2048)
    await store.put("books/b1/page-1.png", body, "image/png")

    url = store.url("books/b1/page-1.png", timedelta(minutes=10))
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc) == ("https", "s3.example.test")
    assert parts.path == "/public-origin/books/b1/page-1.png"
    signature = dict(parse_qsl(parts.query))["X-Amz-Signature"]
    assert _signature_of(url, settings) == signature
    # The same signature does not hold for another origin: the host is signed.
    moved = urlunsplit(("https", "s3.other.test", parts.path, parts.query, ""))
    assert _signature_of(moved, settings) != signature

    # The same path and query, passed on to the store (as the public host's proxy or Ingress in
    # front of MinIO does), fetch the object: bucket and key sit where the store expects them.
    # (moto serves path-style requests without checking signatures; botocore checked it above.)
    async with httpx.AsyncClient(timeout=10) as client:
        got = await client.get(f"http://{s3_server.endpoint}{parts.path}?{parts.query}")
    assert got.status_code == 200 and got.content == body


async def test_the_public_endpoint_setting_keeps_working(
    s3_server: S3Server, tmp_path: Path
) -> None:
    """MORETALE_S3_PUBLIC_ENDPOINT (host:port, scheme from MORETALE_S3_SECURE) as before."""
    settings = CommonSettings(
        data_dir=tmp_path,
        store="s3",
        s3_endpoint=s3_server.endpoint,
        s3_access_key=s3_server.access_key,
        s3_secret_key=s3_server.secret_key,
        s3_region=s3_server.region,
        s3_bucket="public-endpoint",
        s3_public_endpoint="s3.example.test:9443",
    )
    store = await open_store(settings)
    url = store.url("a/b.mp3", timedelta(minutes=1))
    assert url.startswith("http://s3.example.test:9443/public-endpoint/a/b.mp3?")
    assert _signature_of(url, settings) == dict(parse_qsl(urlsplit(url).query))["X-Amz-Signature"]


@pytest.mark.parametrize(
    "value", ["s3.example.test", "ftp://s3.example.test", "https://s3.example.test/bucket"]
)
def test_a_public_url_must_be_an_origin(value: str) -> None:
    with pytest.raises(ValueError, match=r"origin|more than"):
        CommonSettings(s3_public_url=value)
