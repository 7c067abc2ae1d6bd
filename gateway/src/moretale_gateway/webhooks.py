"""Signed webhooks (Standard Webhooks) to a story's `callback_url` on terminal states.

A delivery is a message on the `WEBHOOKS` work queue, so the consumer loop gives it retries
with backoff, a bounded number of attempts and a dead letter — one way to retry, everywhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
from standardwebhooks.webhooks import Webhook

from moretale_contracts.events import WebhookDelivery
from moretale_kit.errors import ApiError

log = logging.getLogger(__name__)


Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

# Translated forms that carry an IPv4 address in an IPv6 one, and blocks refused outright:
# NAT64 (RFC 6052 well-known prefix; RFC 8215 local-use), IPv4-compatible (deprecated).
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_REFUSED_V6 = (ipaddress.ip_network("64:ff9b:1::/48"), ipaddress.ip_network("::/96"))


def _reject(reason: str) -> ApiError:
    return ApiError(
        400,
        "CALLBACK_URL_NOT_ALLOWED",
        f"callback_url is not allowed: {reason}",
        {"errors": [{"loc": ["body", "callback_url"], "msg": reason, "type": "policy"}]},
    )


def is_public(address: Address) -> bool:
    """A globally reachable address, also when it is an IPv4 address in IPv6 clothing
    (IPv4-mapped, 6to4, Teredo, NAT64): the IPv4 address inside must be public too."""
    if not address.is_global or address.is_multicast:
        return False
    if isinstance(address, ipaddress.IPv4Address):
        return True
    if any(address in network for network in _REFUSED_V6):
        return False
    inner: list[ipaddress.IPv4Address] = []
    if address.ipv4_mapped is not None:
        inner.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        inner.append(address.sixtofour)
    if address.teredo is not None:
        inner.extend(address.teredo)
    if address in _NAT64:
        inner.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return all(v4.is_global for v4 in inner)


def _target(url: str) -> tuple[str, int]:
    """The host and port of an http(s) URL; 400 for anything else (a port out of range too)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _reject("only http and https URLs with a host")
    try:
        port = parts.port
    except ValueError as exc:
        raise _reject("the port is not a number from 1 to 65535") from exc
    if port == 0:
        raise _reject("the port is not a number from 1 to 65535")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


async def check_callback_url(url: str, allow_private: bool) -> None:
    """At request time: 400 unless `url` is http(s) with a valid port and, when its host is an
    IP address, (unless allowed) a public one. Names are resolved at delivery, with a deadline,
    not on the request path; the delivery connects only to addresses it checked."""
    host, _ = _target(url)
    address = _literal(host)
    if address is not None and not allow_private and not is_public(address):
        raise _reject(f"{host} is not a public address")


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to (the system's resolver, in the loop's executor)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def resolve_checked(
    url: str, allow_private: bool, resolve: Resolver = system_resolver
) -> Address:
    """The address to connect to for `url`: its host resolved, every address checked (unless
    private ones are allowed); 400 if any is not public or the host does not resolve."""
    host, port = _target(url)
    literal = _literal(host)
    if literal is not None:
        addresses: list[Address] = [literal]
    else:
        try:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in await resolve(host, port)]
        except OSError as exc:
            raise _reject("the host does not resolve") from exc
        if not addresses:
            raise _reject("the host does not resolve")
    if not allow_private and not all(is_public(a) for a in addresses):
        raise _reject(f"{host} resolves to a non-public address")
    return addresses[0]


async def post_pinned(
    client: httpx.AsyncClient,
    url: str,
    content: str,
    headers: dict[str, str],
    allow_private: bool,
    deadline_sec: float,
    resolve: Resolver = system_resolver,
) -> int:
    """POST to `url` at the address that was checked (no second lookup a rebinding DNS could
    answer otherwise), keeping the URL's Host header and TLS server name; the answer's status.

    One deadline covers resolving, connecting, sending and the answer's headers; the answer's
    body is never read (only its status matters), so a large or endless one costs nothing.
    """
    async with asyncio.timeout(deadline_sec):
        address = await resolve_checked(url, allow_private, resolve)
        original = httpx.URL(url)
        pinned = original.copy_with(host=str(address))
        extensions = {"sni_hostname": original.host} if original.scheme == "https" else {}
        request = client.build_request(
            "POST",
            pinned,
            content=content,
            # One connection per delivery: a pooled one may have been opened for another name.
            headers={**headers, "host": original.netloc.decode("ascii"), "connection": "close"},
            extensions=extensions,
        )
        response = await client.send(request, stream=True)
        await response.aclose()
        return response.status_code


class WebhookSender:
    """Delivers `WebhookDelivery` messages; a non-2xx answer raises, so it is retried."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        secret: str,
        allow_private: bool,
        deadline_sec: float = 10.0,
        resolve: Resolver = system_resolver,
    ) -> None:
        self.client = client
        self.signer = Webhook(secret)
        self.allow_private = allow_private
        self.deadline_sec = deadline_sec
        self.resolve = resolve

    async def deliver(self, delivery: WebhookDelivery) -> None:
        body = json.dumps(delivery.payload, separators=(",", ":"), default=str)
        webhook_id = f"msg_{delivery.story_id}_{delivery.event_type}"
        now = datetime.now(UTC)
        headers = {
            "content-type": "application/json",
            "webhook-id": webhook_id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self.signer.sign(webhook_id, now, body),
        }
        # Resolved and checked now, and connected to at the checked address.
        status = await post_pinned(
            self.client,
            delivery.url,
            body,
            headers,
            self.allow_private,
            self.deadline_sec,
            self.resolve,
        )
        if not 200 <= status < 300:
            raise RuntimeError(f"webhook answered {status}")
        log.info("webhook delivered", extra={"event_type": delivery.event_type})
