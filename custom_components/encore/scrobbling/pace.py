"""Being polite to a scrobbling service: one call at a time, spaced, backing off.

Waiting is `asyncio.sleep` on the event loop (never a thread asleep), so a
long pause costs Home Assistant nothing.
"""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
import time
from typing import Final

USER_AGENT: Final = (
    "Encore/0.1 (Home Assistant integration; +https://github.com/encore-ha/encore)"
)
"""Both services ask a client to name itself and a contact (ListenBrainz may
refuse a request without one); the project's page is the contact."""

DEFAULT_INTERVAL: Final = 1.0
"""Seconds between two calls: ListenBrainz's documented pace for one
application, and what Last.fm's terms ask of a client ("reasonable usage")."""
BACKOFF: Final = 10.0
"""The first pause after an answer that asks to slow down; it doubles each time."""
MAX_BACKOFF: Final = 600.0
RETRIES: Final = 6
"""Failed answers in a row before a call gives up (about 10 minutes in all)."""


@dataclass(slots=True)
class Pacer:
    """Spaces the calls of one client and holds them after a refusal.

    `sleep` and `clock` are injected so tests and the bench run the real
    logic at their own speed.
    """

    interval: float = DEFAULT_INTERVAL
    backoff: float = BACKOFF
    max_backoff: float = MAX_BACKOFF
    retries: int = RETRIES
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    calls: int = 0
    """Requests sent (every attempt counts): what the bench reports."""
    waited: float = 0.0
    _next: float = field(default=0.0, repr=False)

    async def turn(self) -> None:
        """Wait for the next call's moment, and take it."""
        delay = self._next - self.clock()
        if delay > 0:
            self.waited += delay
            await self.sleep(delay)
        self._next = self.clock() + self.interval
        self.calls += 1

    def delay(self) -> float:
        """Return how long the next call would wait for its turn (0: none)."""
        return max(0.0, self._next - self.clock())

    def hold(self, seconds: float) -> None:
        """Let no call go out for `seconds` from now."""
        self._next = max(self._next, self.clock() + seconds)

    def pause_after(self, failures: int) -> float:
        """Return the pause after `failures` refusals in a row (doubling, capped)."""
        return min(self.max_backoff, self.backoff * 2.0 ** max(0, failures - 1))
