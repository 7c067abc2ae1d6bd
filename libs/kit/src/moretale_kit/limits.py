"""Provider rate limits: a requests-per-minute budget per model, in one process only.

The services share their budget across replicas through NATS JetStream
(`moretale_kit.quota.SharedRateLimit`); this in-process limiter is what `moretale_kit.gemini`
uses when it is given no JetStream context (a provider built outside a service, as in unit
tests or scripts). There N processes together may send N times `rpm`.
"""

from __future__ import annotations

from aiolimiter import AsyncLimiter


class ModelRateLimits:
    """One evenly spaced request budget per model id (`rpm` requests a minute each).

    Requests are spaced `60 / rpm` seconds apart rather than let through in a burst of `rpm`:
    providers count per minute but also push back on bursts, and a steady pace is what keeps
    a book's clips coming at the rate the quota allows. `rpm` 0 means no limit.
    """

    def __init__(self, rpm: int) -> None:
        if rpm < 0:
            raise ValueError(f"rpm must be >= 0, got {rpm}")
        self.rpm = rpm
        self._limiters: dict[str, AsyncLimiter] = {}

    async def acquire(self, model: str) -> None:
        """Wait until `model` may be called again, and take that slot."""
        if self.rpm == 0:
            return
        limiter = self._limiters.get(model)
        if limiter is None:
            # A bucket of one that drains in 60/rpm seconds: one request per interval, no burst.
            limiter = self._limiters[model] = AsyncLimiter(1, 60.0 / self.rpm)
        await limiter.acquire()
