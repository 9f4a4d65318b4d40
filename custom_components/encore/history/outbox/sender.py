"""Sending one target's outbox: queue new plays, settle, send in batches.

Every step is a short transaction on the history's writer, so that what the
service was told is always known or checkable:

1. `fill`: the plays stored since the cursor that are the target's are
   queued, and the cursor moves, in one transaction.
2. settle: rows left `SENDING` (a crash, or a call whose answer never came)
   are looked up at the service (`held`): those it has are done, the others
   wait again. Nothing is sent twice, whatever was killed when.
3. send: a batch is taken and marked `SENDING` in one transaction, then
   delivered; its outcome is stored in the next.

A correction of whose plays are (issue 46) is followed in the next round
(`note_correction`): see `store.outbox.reconcile`; a sent scrobble that is
no longer the person's is taken back where the service can (ListenBrainz),
and counted as kept where it cannot (Last.fm has no call for it).

Waiting (a rate limit, an outage, Last.fm's daily limit) is `sleep` on the
event loop, never a thread; the rows wait in the database meanwhile, so a
day of refusals or a restart loses nothing.
"""

import asyncio
from collections.abc import Awaitable, Callable, Iterable
import contextlib
from dataclasses import dataclass, field
from functools import partial
import time
from typing import Any, Final, Protocol

from sqlalchemy import Connection

from homeassistant.exceptions import HomeAssistantError

from ...const import LOGGER
from ..store.outbox import (
    OutboxState,
    QueuedScrobble,
    corrected_plays,
    counts,
    drop,
    fill,
    forget_target,
    mark,
    open_target,
    prune,
    reconcile,
    sent,
    take,
)
from .services import Delivery, LaterError, RevokedError, ScrobbleService
from .whose import Whose, belongs

FIRST_PAUSE: Final = 60.0
"""Seconds before sending again after the service said "later"; it doubles."""
LONGEST_PAUSE: Final = 3600.0
IDLE: Final = 900.0
"""Look for new plays at least this often, even without being woken."""


class Writer(Protocol):
    """Runs a function on the history's writer (`HistoryManager.async_write`)."""

    def __call__[T](self, fn: Callable[[Connection, Any], T], /) -> Awaitable[T]:
        """Run `fn(conn, state)` in a transaction of its own; return its result."""


@dataclass(slots=True)
class OutboxStatus:
    """What a sensor shows of a target."""

    waiting: int = 0
    failed: int = 0
    sent: int = 0
    """Scrobbles sent since Home Assistant started."""
    revoked: bool = False
    kept: int = 0
    """Scrobbles corrected away from the person that the service cannot
    take back (Last.fm), since Home Assistant started."""
    retracted: int = 0
    """Scrobbles taken back after a correction, since Home Assistant started."""
    paused_until: float | None = None
    """Monotonic time the next attempt waits for, after a refusal."""


@dataclass(slots=True)
class OutboxSender:
    """Sends one target's queued plays; `async_run` keeps doing it."""

    target: str
    service: ScrobbleService
    write: Writer
    whose: Whose | Callable[[], Whose]
    """The person and sources; a function is read again every round, so a
    Spotify account linked to someone else takes effect without a reload."""
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    on_change: Callable[[], None] = lambda: None
    status: OutboxStatus = field(default_factory=OutboxStatus)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    corrected: set[int] = field(default_factory=set)
    """Plays whose attribution was corrected, followed in the next round."""
    _last_whose: Whose | None = field(default=None, repr=False)

    def current_whose(self) -> Whose:
        """Return whose plays go out now."""
        return self.whose() if callable(self.whose) else self.whose

    def note_correction(self, play_ids: Iterable[int]) -> None:
        """Follow a correction of these plays in the next round (woken now)."""
        self.corrected.update(play_ids)
        self.wake.set()

    async def async_open(self, since_ms: int) -> None:
        """Start the target's cursor (once): plays stored from now on go."""
        await self.write(lambda conn, _: open_target(conn, self.target, since_ms))

    async def async_round(self) -> None:
        """Queue, settle and send until nothing waits.

        Raises `LaterError` (try again after a pause) or `RevokedError`.
        """
        whose = self.current_whose()
        more = True
        while more:
            _, more = await self.write(
                lambda conn, _: fill(conn, self.target, belongs(conn, whose))
            )
        if whose != self._last_whose:
            # The first round, or the sources or links changed: what waits
            # and is no longer the person's (or from a source they chose) goes.
            await self.write(
                lambda conn, _: prune(conn, self.target, belongs(conn, whose))
            )
            if self._last_whose is None:
                # Corrections announced while no sender ran are followed too.
                self.corrected |= await self.write(
                    lambda conn, _: corrected_plays(conn, self.target)
                )
            self._last_whose = whose
        if self.corrected:
            await self._reconcile(whose, set(self.corrected))
        await self._settle()
        while batch := await self.write(self._take_batch):
            delivery = await self.service.deliver(batch)
            await self.write(partial(_store, delivery=delivery))
            self.status.sent += len(delivery.sent)
            if delivery.later:
                raise LaterError("daily limit")
        await self.async_refresh()

    async def async_refresh(self) -> None:
        """Read how many scrobbles wait and failed."""
        found = await self.write(lambda conn, _: counts(conn, self.target))
        self.status.waiting, self.status.failed = found.get(self.target, (0, 0))
        self.on_change()

    async def _reconcile(self, whose: Whose, play_ids: set[int]) -> None:
        """Follow a change of whose `play_ids` are; take back what went wrongly."""
        done = await self.write(
            lambda conn, _: reconcile(
                conn, self.target, belongs(conn, whose), sorted(play_ids)
            )
        )
        for queued in done.retract:
            if self.service.can_retract:
                await self.service.retract(queued)
                self.status.retracted += 1
            else:
                self.status.kept += 1
                LOGGER.info(
                    "Play %s is no longer %s's, but %s keeps its scrobble: its API "
                    "cannot remove one (remove it on the service's web site)",
                    queued.play_id,
                    whose.person,
                    self.target.split(":", 1)[0],
                )
            await self.write(partial(_dropped, row_id=queued.row_id))
        self.corrected -= play_ids

    async def _settle(self) -> None:
        """Find out what became of batches that were being sent."""
        while batch := await self.write(
            lambda conn, _: take(
                conn, self.target, self.service.batch, OutboxState.SENDING
            )
        ):
            held = await self.service.held(batch)
            await self.write(partial(_settled, batch=batch, held=held))

    def _take_batch(self, conn: Connection, _: Any) -> list[QueuedScrobble]:
        batch = take(conn, self.target, self.service.batch)
        mark(conn, [q.row_id for q in batch], OutboxState.SENDING)
        return batch

    async def async_run(self) -> None:
        """Send whenever woken (new plays) or every `IDLE` seconds, until revoked."""
        pause = 0.0
        while True:
            # Cleared before the round, not after: plays recorded while it
            # runs wake the next one.
            self.wake.clear()
            try:
                await self.async_round()
            except LaterError, HomeAssistantError:
                # The service said "later", or the history cannot be written
                # now (its database is away): the rows wait where they are.
                pause = min(LONGEST_PAUSE, pause * 2 or FIRST_PAUSE)
            except RevokedError:
                self.status.revoked = True
                await self.async_refresh()
                return
            else:
                pause = 0.0
            if pause:
                self.status.paused_until = time.monotonic() + pause
                await self.async_refresh()
                await self.sleep(pause)
                self.status.paused_until = None
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), IDLE)


def _store(conn: Connection, _: Any, *, delivery: Delivery) -> None:
    sent(conn, delivery.sent)
    for row_id, code in delivery.failed:
        mark(conn, [row_id], OutboxState.FAILED, code)
    mark(conn, delivery.later, OutboxState.WAITING)


def _dropped(conn: Connection, _: Any, *, row_id: int) -> None:
    drop(conn, [row_id])


def _settled(
    conn: Connection, _: Any, *, batch: list[QueuedScrobble], held: set[int]
) -> None:
    sent(conn, sorted(held))
    mark(conn, [q.row_id for q in batch if q.row_id not in held], OutboxState.WAITING)


async def async_forget(write: Writer, target: str) -> None:
    """Drop a target's cursor and queue: its entry is gone."""
    await write(lambda conn, _: forget_target(conn, target))
