"""The S3 store's network limits: a silent endpoint costs seconds, not the minio client's default
five minutes per call."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import HOST
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
