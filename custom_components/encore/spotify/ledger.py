"""Every Web API request of one Spotify app (Client ID) over a rolling 24 hours.

Spotify's daily quota counts per Client ID, whichever account sends the
request, and its window rolls: requests of last evening still count this
morning. So the ledger is shared by every account signed in through the same
app, counts every request that goes out (polls, reads, commands), and is kept
in a `Store` so that a restart does not forget what the window still holds.
It is saved with a delay, not per request: a crash loses at most a minute of
counting, which the budget's room under the quota absorbs.
"""

import asyncio
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import hashlib
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from ..const import DEFAULT_DAILY_BUDGET, DOMAIN

WINDOW: Final = timedelta(hours=24)
STORE_VERSION: Final = 1
SAVE_DELAY: Final = 60.0
# Kept back from the polls for what users ask: commands, browsing, search.
RESERVE_SHARE: Final = 0.05
MIN_RESERVE: Final = 20


def ledger_store_key(client_id: str) -> str:
    """Return the `Store` key of a Client ID's ledger (the ID itself stays out)."""
    digest = hashlib.sha256(client_id.encode()).hexdigest()[:16]
    return f"{DOMAIN}.spotify_requests.{digest}"


def reserve_of(budget: int) -> int:
    """Return the requests the polls leave to the users' own requests."""
    return max(MIN_RESERVE, int(budget * RESERVE_SHARE))


class RequestLedger:
    """The requests of one Client ID in the last 24 hours, by account."""

    def __init__(self, hass: HomeAssistant, client_id: str) -> None:
        """Initialize an empty ledger; `async_load` reads what was saved."""
        # What the Store saves is JSON of Encore's own (`_data`), not Spotify's.
        self._store = Store[dict[str, Any]](
            hass, STORE_VERSION, ledger_store_key(client_id), private=True
        )
        # (epoch seconds, entry id), oldest first.
        self._requests: deque[tuple[float, str]] = deque()
        self.budgets: dict[str, int] = {}
        """Each account's budget option: the smallest one counts."""
        self._listeners: list[Callable[[], None]] = []

    @property
    def budget(self) -> int:
        """Return the requests all accounts of the app may spend in 24 hours."""
        return min(self.budgets.values(), default=DEFAULT_DAILY_BUDGET)

    async def async_load(self) -> None:
        """Read the requests still inside the window."""
        data = await self._store.async_load() or {}
        horizon = dt_util.utcnow().timestamp() - WINDOW.total_seconds()
        loaded = [
            (float(moment), str(account))
            for account, moments in (data.get("requests") or {}).items()
            for moment in moments
            if isinstance(moment, (int, float)) and moment >= horizon
        ]
        self._requests = deque(sorted(loaded))

    def record(self, account: str) -> None:
        """Count one request of `account` (its entry id) that goes out now."""
        now = dt_util.utcnow().timestamp()
        self._requests.append((now, account))
        self._expire(now)
        self._store.async_delay_save(self._data, SAVE_DELAY)
        for listener in list(self._listeners):
            listener()

    def used(self) -> int:
        """Return the requests inside the window now."""
        self._expire(dt_util.utcnow().timestamp())
        return len(self._requests)

    def by_account(self) -> Counter[str]:
        """Return the requests inside the window per account."""
        self._expire(dt_util.utcnow().timestamp())
        return Counter(account for _, account in self._requests)

    def frees_at(self, below: int) -> datetime:
        """Return when fewer than `below` requests will be inside the window."""
        self._expire(dt_util.utcnow().timestamp())
        excess = len(self._requests) - below
        if excess < 0:
            return dt_util.utcnow()
        moment = self._requests[excess][0] + WINDOW.total_seconds()
        return dt_util.utc_from_timestamp(moment)

    def spent(self) -> datetime | None:
        """Return when a slot frees while the whole budget is spent, else None."""
        if self.used() < self.budget:
            return None
        return self.frees_at(self.budget)

    @callback
    def async_add_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call `listener` after each request."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def _expire(self, now: float) -> None:
        horizon = now - WINDOW.total_seconds()
        while self._requests and self._requests[0][0] < horizon:
            self._requests.popleft()

    def _data(self) -> dict[str, Any]:
        self._expire(dt_util.utcnow().timestamp())
        requests: dict[str, list[float]] = {}
        for moment, account in self._requests:
            requests.setdefault(account, []).append(round(moment, 1))
        return {"requests": requests}

    async def async_flush(self) -> None:
        """Save now (the last account of the app unloads)."""
        await self._store.async_save(self._data())


@dataclass
class _Shared:
    ledger: RequestLedger
    loading: asyncio.Task[None]
    entries: set[str] = field(default_factory=set)


_LEDGERS: HassKey[dict[str, _Shared]] = HassKey(f"{DOMAIN}_spotify_ledgers")


async def async_acquire_ledger(
    hass: HomeAssistant, client_id: str, entry_id: str
) -> RequestLedger:
    """Return the Client ID's ledger, loading it for its first account."""
    ledgers = hass.data.setdefault(_LEDGERS, {})
    if (shared := ledgers.get(client_id)) is None:
        ledger = RequestLedger(hass, client_id)
        # Registered before loading: a second account that sets up meanwhile
        # waits for this load rather than starting its own.
        shared = ledgers[client_id] = _Shared(
            ledger, hass.async_create_task(ledger.async_load())
        )
    shared.entries.add(entry_id)
    await shared.loading
    return shared.ledger


async def async_release_ledger(
    hass: HomeAssistant, client_id: str, entry_id: str
) -> None:
    """Let go of the ledger; the last account saves it and drops it."""
    ledgers = hass.data.get(_LEDGERS, {})
    if (shared := ledgers.get(client_id)) is None:
        return
    shared.entries.discard(entry_id)
    shared.ledger.budgets.pop(entry_id, None)
    if not shared.entries:
        del ledgers[client_id]
        await shared.ledger.async_flush()
