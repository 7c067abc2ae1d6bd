"""What a service holds while it runs: its bus and its object store, opened and closed once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

from moretale_kit.bus import Bus
from moretale_kit.ops import ReadyCheck
from moretale_kit.settings import CommonSettings
from moretale_kit.store import ObjectStore, open_store


@dataclass
class Runtime:
    """A connected bus (streams ensured) and an open object store."""

    bus: Bus
    store: ObjectStore

    @classmethod
    @asynccontextmanager
    async def start(cls, service: str, settings: CommonSettings) -> AsyncIterator[Runtime]:
        """Connect, create the streams if missing, open the store; close all on exit."""
        bus = await Bus.connect(
            settings.nats_url,
            service,
            settings.duplicate_window_sec,
            replicas=settings.stream_replicas,
            auth=settings.nats_auth(),
            limits=settings.stream_limits(),
        )
        try:
            await bus.ensure_streams()
            store = await open_store(settings)
            yield cls(bus, store)
        finally:
            await bus.close()

    def checks(self) -> Mapping[str, ReadyCheck]:
        """Readiness probes for /readyz."""
        return {"nats": self._nats_ready, "object_store": self.store.check}

    async def _nats_ready(self) -> None:
        if not self.bus.connected:
            raise ConnectionError("not connected to NATS")
        await self.bus.js.account_info()
