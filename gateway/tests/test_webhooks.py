"""The webhook SSRF guard: addresses checked once and connected to as checked, translated
private addresses refused, one deadline per attempt, no answer body read."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from moretale_gateway.webhooks import check_callback_url, is_public, post_pinned
from moretale_kit.errors import ApiError


class Hook:
    """A loopback endpoint; records the Host header of each call; `endless` streams forever."""

    def __init__(self, endless: bool = False) -> None:
        self.hosts: list[str] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                hook.hosts.append(self.headers["Host"])
                self.send_response(200)
                if endless:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    try:
                        while True:  # a body with no end, slowly
                            self.wfile.write(b"400\r\n" + b"x" * 1024 + b"\r\n")
                            self.wfile.flush()
                            time.sleep(0.01)
                    except OSError:
                        return
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.server.server_port)


@pytest.fixture
def hook() -> Iterator[Hook]:
    server = Hook()
    yield server
    server.server.shutdown()


def _resolver(*answers: list[str]) -> Any:
    """A DNS that answers each lookup with the next list (a rebinding one, when they differ)."""
    calls = iter(answers)

    async def resolve(host: str, port: int) -> list[str]:
        return next(calls)

    return resolve


async def test_connects_to_the_checked_address_with_the_original_host(hook: Hook) -> None:
    # `hooks.test` resolves nowhere but through this resolver: the request can only arrive if
    # the connection went to the address the guard checked, not to a second lookup.
    url = f"http://hooks.test:{hook.port}/moretale?x=1"
    async with httpx.AsyncClient() as client:
        status = await post_pinned(
            client, url, "{}", {}, True, 5, _resolver(["127.0.0.1"], ["203.0.113.9"])
        )
    assert status == 200
    assert hook.hosts == [f"hooks.test:{hook.port}"]


async def test_a_private_answer_is_refused_before_connecting(hook: Hook) -> None:
    url = f"http://hooks.test:{hook.port}/moretale"
    async with httpx.AsyncClient() as client:
        for answer in (["127.0.0.1"], ["93.184.216.34", "10.0.0.7"], ["64:ff9b::7f00:1"]):
            with pytest.raises(ApiError) as caught:
                await post_pinned(client, url, "{}", {}, False, 5, _resolver(answer))
            assert caught.value.code == "CALLBACK_URL_NOT_ALLOWED"
    assert hook.hosts == []


async def test_an_endless_answer_does_not_hold_the_delivery() -> None:
    endless = Hook(endless=True)
    try:
        started = time.monotonic()
        async with httpx.AsyncClient() as client:
            status = await post_pinned(
                client, f"http://127.0.0.1:{endless.port}/", "{}", {}, True, 3
            )
        assert status == 200
        assert time.monotonic() - started < 2
    finally:
        endless.server.shutdown()


async def test_one_deadline_covers_resolving() -> None:
    async def slow(host: str, port: int) -> list[str]:
        await asyncio.sleep(10)
        return ["93.184.216.34"]

    started = time.monotonic()
    async with httpx.AsyncClient() as client:
        with pytest.raises(TimeoutError):
            await post_pinned(client, "https://slow.test/", "{}", {}, False, 0.3, slow)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 of the metadata address
        "64:ff9b:1::a00:1",  # NAT64 local-use prefix
        "::ffff:10.0.0.1",  # IPv4-mapped
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "::127.0.0.1",  # IPv4-compatible (deprecated)
        "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo
    ],
)
def test_private_and_translated_private_addresses_are_not_public(address: str) -> None:
    import ipaddress

    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "64:ff9b::5db8:d822"])
def test_public_addresses_are_public(address: str) -> None:
    import ipaddress

    assert is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.example:99999/x",  # was a 500
        "http://hooks.example:0/x",
        "ftp://hooks.example/x",
        "http:///x",
        "http://[64:ff9b::7f00:1]/x",
        "http://[::ffff:127.0.0.1]:8080/x",
    ],
)
async def test_bad_callback_urls_are_400(url: str) -> None:
    with pytest.raises(ApiError) as caught:
        await check_callback_url(url, allow_private=False)
    assert caught.value.status == 400
    assert caught.value.code == "CALLBACK_URL_NOT_ALLOWED"


async def test_names_are_not_resolved_on_the_request_path() -> None:
    # A name that does not resolve is accepted at request time; delivery resolves it.
    await check_callback_url("https://does-not-resolve.invalid/hook", allow_private=False)


async def test_https_keeps_the_name_for_sni_and_the_certificate() -> None:
    """Over TLS the connection goes to the checked address, and the name still travels as SNI
    and is what the certificate is checked against (a certificate for another name fails)."""
    import ssl

    import trustme

    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("hooks.test").configure_cert(server_context)
    seen: list[str | None] = []
    server_context.sni_callback = lambda sock, name, ctx: seen.append(name)  # type: ignore[assignment]
    hook = Hook()
    hook.server.socket = server_context.wrap_socket(hook.server.socket, server_side=True)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    try:
        async with httpx.AsyncClient(verify=client_context) as client:
            url = f"https://hooks.test:{hook.port}/moretale"
            status = await post_pinned(client, url, "{}", {}, True, 5, _resolver(["127.0.0.1"]))
            assert status == 200
            assert seen == ["hooks.test"] and hook.hosts == [f"hooks.test:{hook.port}"]
            wrong = f"https://other.test:{hook.port}/moretale"
            with pytest.raises(httpx.ConnectError):
                await post_pinned(client, wrong, "{}", {}, True, 5, _resolver(["127.0.0.1"]))
    finally:
        hook.server.shutdown()
