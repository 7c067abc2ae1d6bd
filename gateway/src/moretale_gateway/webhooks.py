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
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
from standardwebhooks.webhooks import Webhook

from moretale_contracts.events import WebhookDelivery
from moretale_kit.errors import ApiError

log = logging.getLogger(__name__)


async def check_callback_url(url: str, allow_private: bool) -> None:
    """400 unless `url` is http(s) and (unless allowed) resolves only to public addresses."""

    def reject(reason: str) -> ApiError:
        return ApiError(
            400,
            "CALLBACK_URL_NOT_ALLOWED",
            f"callback_url is not allowed: {reason}",
            {"errors": [{"loc": ["body", "callback_url"], "msg": reason, "type": "policy"}]},
        )

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise reject("only http and https URLs with a host")
    if allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            parts.hostname, parts.port or 443, type=socket.SOCK_STREAM
        )
    except OSError as exc:
        raise reject("the host does not resolve") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise reject(f"{parts.hostname} resolves to a non-public address")


class WebhookSender:
    """Delivers `WebhookDelivery` messages; a non-2xx answer raises, so it is retried."""

    def __init__(self, client: httpx.AsyncClient, secret: str, allow_private: bool) -> None:
        self.client = client
        self.signer = Webhook(secret)
        self.allow_private = allow_private

    async def deliver(self, delivery: WebhookDelivery) -> None:
        # Checked again at delivery time: DNS may have changed since the story was accepted.
        await check_callback_url(delivery.url, self.allow_private)
        body = json.dumps(delivery.payload, separators=(",", ":"), default=str)
        webhook_id = f"msg_{delivery.story_id}_{delivery.event_type}"
        now = datetime.now(UTC)
        headers = {
            "content-type": "application/json",
            "webhook-id": webhook_id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self.signer.sign(webhook_id, now, body),
        }
        response = await self.client.post(delivery.url, content=body, headers=headers)
        if not response.is_success:
            raise RuntimeError(f"webhook answered {response.status_code}")
        log.info("webhook delivered", extra={"event_type": delivery.event_type})
