"""The in-memory stand-in for `moretale_kit.bus.Bus` that unit tests of handlers share.

Only for unit tests (`*/tests`): the integration tests (`tests/integration`) run a real
nats-server and never a stand-in for the bus. It does what the handlers ask of the bus without
NATS: keeps what is published, in order, with the message id the caller named; holds the
key-value parts of `rendezvous`; answers `is_canceled` from `canceled`. A publish can be made to
fail as with NATS away (`failures`, `down`); a failed publish is not recorded.
"""

from __future__ import annotations

import asyncio
from typing import TypeVar

from moretale_contracts.events import Event

E = TypeVar("E", bound=Event)


class RecordingBus:
    """Records what is published (`published`, and `msg_ids` the message id each publish named,
    None for the event's own); `failures` next publishes, and every publish while `down`, raise
    `ConnectionError` as with NATS away."""

    def __init__(self, failures: int = 0) -> None:
        self.published: list[Event] = []
        self.msg_ids: list[str | None] = []
        self.failures = failures
        self.down = False
        self.canceled: set[str] = set()
        self.buckets: dict[tuple[str, str], dict[str, str]] = {}
        self._arrived = asyncio.Event()

    async def publish(self, event: Event, msg_id: str | None = None) -> bool:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("nats is away")
        if self.down:
            raise ConnectionError("nats is away")
        self.published.append(event)
        self.msg_ids.append(msg_id)
        self._arrived.set()
        return True

    async def rendezvous(
        self, bucket: str, key: str, part: str, value: str, ttl_sec: float | None = None
    ) -> dict[str, str]:
        parts = self.buckets.setdefault((bucket, key), {})
        parts[part] = value
        return dict(parts)

    async def is_canceled(self, story_id: str) -> bool:
        return story_id in self.canceled

    def of(self, kind: type[E]) -> list[E]:
        """The published events of `kind`, in order."""
        return [e for e in self.published if isinstance(e, kind)]

    def one(self, kind: type[E]) -> E:
        """The one published event of `kind`; an AssertionError if there is none or several."""
        found = self.of(kind)
        assert len(found) == 1, f"{len(found)} {kind.__name__} published, not one"
        return found[0]

    async def wait_for(self, kind: type[Event]) -> None:
        """Return once an event of `kind` has been published."""
        while not self.of(kind):
            self._arrived.clear()
            await self._arrived.wait()
