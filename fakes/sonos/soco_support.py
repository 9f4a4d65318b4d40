"""Helpers for running real SoCo against the emulator in tests.

SoCo keeps process-wide state that outlives a test: ``SoCo`` instances are
singletons per ``(ip, port)`` (``soco.core._ArgsSingleton._instances``),
ZoneGroupState caches live per household id in ``SoCo.zone_group_states``,
``speaker_info``/``household_id``/``uid`` are cached on the instances, parsed
events and DIDL strings are ``lru_cache``d, and ``soco.events_asyncio`` has one
module-level event listener bound to the loop it was started in. Call
:func:`reset_soco` between tests and :func:`async_stop_soco_events` before the
test's loop closes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
import functools
import inspect
from typing import Any

from soco import config as soco_config, events_asyncio
from soco.core import SoCo, soco_reset
from soco.events_base import Event as SoCoEvent

from .speaker import EmulatedSpeaker


def configure_soco_events() -> None:
    """Use ``soco.events_asyncio`` with the listener on 127.0.0.1."""
    soco_config.EVENTS_MODULE = events_asyncio
    soco_config.EVENT_LISTENER_IP = "127.0.0.1"


def disable_soco_cache() -> None:
    """Turn off SoCo's result cache for SoCo instances created from now on.

    Its entries expire at ``time.time() + 0``, compared with ``>=``: while
    freezegun freezes time, every repeated call (``GetPositionInfo``,
    ``GetVolume``...) would return the first answer forever.
    """
    soco_config.CACHE_ENABLED = False


def reset_soco() -> None:
    """Forget every SoCo singleton and cached ZoneGroupState."""
    soco_reset()
    SoCo.zone_group_states.clear()


def fresh_listener_locks() -> None:
    """Let SoCo's process-wide event listener start and stop in this loop.

    Its start and stop locks bind to the first loop that waits on them; each
    test has a loop of its own (production has one loop for good).
    """
    listener = events_asyncio.event_listener
    listener.start_lock = listener.stop_lock = None


async def async_stop_soco_events() -> None:
    """Stop SoCo's asyncio event listener and forget its subscriptions.

    Cancels the listener's deferred stop (a 5 s grace task started when the
    last subscription goes away) so no task or timer outlives the test.
    """
    listener = events_asyncio.event_listener
    grace = listener._stop_grace_task
    listener._stop_grace_task = None
    if grace is not None and not grace.done():
        grace.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await grace
    for subscription in list(events_asyncio.subscriptions_map.subscriptions.values()):
        subscription._auto_renew_cancel()
    events_asyncio.subscriptions_map.subscriptions.clear()
    events_asyncio.subscriptions_map._pending = 0
    await listener.async_stop()


# SoCo 0.32 added the port; before, it always talks to port 1400.
SOCO_TAKES_PORT = "port" in inspect.signature(SoCo.__init__).parameters


def soco_for(speaker: EmulatedSpeaker) -> SoCo:
    """Return the (singleton) SoCo instance for an emulated speaker.

    Use it from the event loop only to pass it to executor calls: reading most
    of its properties makes blocking HTTP requests. Before subscribing from the
    loop, use :func:`async_soco_for` (see there).
    """
    if speaker.port == 1400:
        # The instance SoCo's own topology code (and core sonos) create.
        return SoCo(speaker.ip_address)
    return SoCo(speaker.ip_address, speaker.port)  # type: ignore[call-arg,unused-ignore]


async def async_soco_for(speaker: EmulatedSpeaker) -> SoCo:
    """Return the SoCo instance of ``speaker`` with ``uid``/``household_id`` cached.

    ``Service.subscribe()`` (events_asyncio) reads ``soco.zone_group_state``
    in the event loop once the SUBSCRIBE succeeds (and again if it fails), and
    that reads ``soco.household_id``: a blocking SOAP call in the loop if the
    id is not cached yet. With the emulator serving from the same loop that
    call cannot be answered and hangs until its 10-20 s timeout.
    """
    soco = soco_for(speaker)
    await run_soco(lambda: (soco.household_id, soco.uid))
    return soco


async def run_soco[T](func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking SoCo call in the default executor."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))


async def soco_get[T](getter: Callable[[], T]) -> T:
    """Read a SoCo property in the executor: ``await soco_get(lambda: s.volume)``."""
    return await run_soco(getter)


class EventCollector:
    """A SoCo subscription callback that lets a test await events."""

    def __init__(self) -> None:
        """Start with no events."""
        self.events: list[SoCoEvent] = []
        self._queue: asyncio.Queue[SoCoEvent] = asyncio.Queue()

    def __call__(self, event: SoCoEvent) -> None:
        """Record an event (called by SoCo in the event loop)."""
        self.events.append(event)
        self._queue.put_nowait(event)

    async def next(self, timeout: float = 5.0) -> SoCoEvent:
        """Return the next event not yet returned; fail after ``timeout``."""
        async with asyncio.timeout(timeout):
            return await self._queue.get()

    async def wait_for(
        self, predicate: Callable[[SoCoEvent], bool], timeout: float = 5.0
    ) -> SoCoEvent:
        """Return the next event matching ``predicate``."""
        async with asyncio.timeout(timeout):
            while True:
                event = await self._queue.get()
                if predicate(event):
                    return event

    def pending(self) -> int:
        """How many received events were not returned yet."""
        return self._queue.qsize()
