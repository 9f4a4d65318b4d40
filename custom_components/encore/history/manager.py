"""The one history of a Home Assistant instance, shared by every Encore entry.

Spotify accounts, Sonos households and the history settings entry all write
into the same database. It opens with the first entry that needs it and
closes with the last one, or when Home Assistant stops.
"""

import asyncio
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN, LOGGER, SonosMode
from .models import Attribution, PlayRecord
from .store import engine
from .store.attribution import record_decided
from .store.engine import HistoryStore, WriteFn, redact_url, sqlite_url
from .store.health import async_write_accepted, async_write_refused, write_refusal
from .store.jobs import UNFINISHED, mark_interrupted, start_job, update_job
from .store.migrations import NewerSchemaError
from .store.reads import ReadQueue, async_own_copy, current_lane
from .store.resolution import InsertResult
from .store.writes import WriterState


def check_db_url(url: str) -> str | None:
    """Return why a database URL will not do (a translation key), or None.

    Blocking: it connects. The options flow asks it before the manager
    opens the database; the doors reach the store through the manager only.
    """
    return engine.check_db_url(url)


DATA_HISTORY: HassKey[HistoryManager] = HassKey(f"{DOMAIN}_history")
SIGNAL_PLAYS_RECORDED = f"{DOMAIN}_plays_recorded"
SIGNAL_HISTORY_CHANGED = f"{DOMAIN}_history_changed"
"""Plays were added or deleted in bulk; the payload is a `HistoryChange`."""

DEFAULT_DB_FILE = ("encore", "history.db")


@dataclass(frozen=True, slots=True)
class HistorySettings:
    """What the history settings entry chose; defaults without one."""

    db_url: str | None = None
    retention_days: int = 0
    """0 keeps every play forever."""
    media_players: tuple[str, ...] = ()
    install_sentences: bool = False
    """Consent to install Encore's Assist sentences into custom_sentences/."""
    sonos_mode: SonosMode = SonosMode.ENCORE
    """Who runs the Sonos speakers; with core, its players are recorded."""


@dataclass(frozen=True, slots=True)
class HistoryChange:
    """What an import, a purge or another bulk change did to the history."""

    account: str | None
    """The account whose plays changed; None for several or all of them."""
    deleted: bool = False
    """Plays were deleted: ids cannot tell which hours, so compile them all."""
    attribution: bool = False
    """Only whose plays are changed (a correction): each account's figures stay."""
    play_ids: tuple[int, ...] = ()
    """The plays a correction was about (the scrobblers follow them)."""


@dataclass(frozen=True, slots=True)
class RecordedPlay:
    """A play a collector stored or merged, for listeners (sensors, events)."""

    play_id: int
    record: PlayRecord
    merged: bool


@dataclass(slots=True)
class _Users:
    entries: set[str] = field(default_factory=set)


class HistoryManager:
    """Opens the store, hands out reads and writes, and tells who recorded what."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Nothing opens until an entry acquires the history."""
        self.hass = hass
        self.settings = HistorySettings()
        self._store: HistoryStore | None = None
        self._users = _Users()
        self._lock = asyncio.Lock()
        self.import_locks: dict[str, asyncio.Lock] = {}
        self.reads = ReadQueue(hass, era_now=self._era_now)
        self.artwork_generation = 0
        """Artwork writes so far: rankings (which show images) are shared
        answers only within one, every other answer across them."""
        self._stop_listener: Callable[[], None] | None = None

    def _era_now(self) -> Hashable:
        """Return the era of the reads (`store.reads`): the store, its write generation."""
        store = self._store
        return None if store is None else (store, store.generation)

    @property
    def default_url(self) -> str:
        """SQLite in the configuration folder, like the recorder's database."""
        return sqlite_url(self.hass.config.path(*DEFAULT_DB_FILE))  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        """The database in use (or about to be)."""
        return self.settings.db_url or self.default_url

    @property
    def display_url(self) -> str:
        """The database URL without its password."""
        return redact_url(self.url)

    @property
    def store(self) -> HistoryStore:
        """The open store."""
        return self.require_open()

    def require_open(self) -> HistoryStore:
        """Return the open store, or raise the translated "unavailable" error."""
        if self._store is None:
            raise _unavailable()
        return self._store

    @property
    def is_open(self) -> bool:
        """Whether the database is open."""
        return self._store is not None

    async def async_acquire(self, entry_id: str) -> None:
        """Open the database for an entry (once for all of them)."""
        async with self._lock:
            self._users.entries.add(entry_id)
            if self._store is None:
                await self._async_open()

    async def async_release(self, entry_id: str) -> None:
        """Release the history for an entry; the last one closes it."""
        async with self._lock:
            self._users.entries.discard(entry_id)
            if not self._users.entries:
                await self._async_close()

    async def async_configure(self, settings: HistorySettings) -> None:
        """Apply new settings; a new database URL reopens the store there."""
        async with self._lock:
            old_url = self.url
            self.settings = settings
            if self._store is not None and self.url != old_url:
                await self._async_close()
                await self._async_open()

    async def _async_open(self) -> None:
        store = HistoryStore(self.url)
        try:
            found = await self.hass.async_add_executor_job(store.open)
        except NewerSchemaError as err:
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="history_newer_schema",
                translation_placeholders={"found": str(err.found)},
            ) from err
        except Exception as err:
            LOGGER.error(
                "Could not open the listening history %s: %s", self.display_url, err
            )
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="history_open_failed",
                translation_placeholders={"url": self.display_url, "error": str(err)},
            ) from err
        self._store = store
        LOGGER.debug(
            "Listening history open at %s (schema was %s)", self.display_url, found
        )
        interrupted = await self.async_write(
            lambda conn, _state: mark_interrupted(conn)
        )
        if interrupted:
            LOGGER.warning(
                "%s history job(s) were cut short when Home Assistant last stopped",
                interrupted,
            )
        if self._stop_listener is None:
            self._stop_listener = self.hass.bus.async_listen_once(
                EVENT_HOMEASSISTANT_FINAL_WRITE, self._async_on_stop
            )

    async def _async_on_stop(self, _event: Event) -> None:
        self._stop_listener = None
        async with self._lock:
            await self._async_close()

    async def _async_close(self) -> None:
        if self._stop_listener is not None:
            self._stop_listener()
            self._stop_listener = None
        store, self._store = self._store, None
        if store is not None:
            await self.hass.async_add_executor_job(store.close)

    # -- reads and writes ------------------------------------------------

    async def async_write[T](
        self,
        fn: WriteFn[T],
        *,
        artwork: bool = False,
        bulk_safe: bool = False,
        holds_commit: bool = False,
    ) -> T:
        """Run `fn` on the writer thread; returns once it committed.

        `artwork`: it writes images only. The answers shared until the next
        write stay good (none holds an image but rankings, which are asked
        with `artwork_generation`), so a page filling in covers every few
        seconds does not make every other answer a database read again.
        `bulk_safe`: an import's own write, which leaves an import in bulk
        mode as it is (`store.bulk`); artwork is too. `holds_commit`: returns
        once it ran, its transaction left open for the next write, which
        commits both (`HistoryStore.submit`).

        A failure of the database (not of the code) raises the translated
        `history_write_failed`; the transaction was rolled back, so nothing
        of it was stored.
        """
        future: Future[T] = self.store.submit(
            fn,
            keeps_answers=artwork,
            bulk_safe=bulk_safe or artwork,
            holds_commit=holds_commit,
        )
        try:
            done = await asyncio.wrap_future(future)
        except DBAPIError as err:
            # Whoever wrote says what failed to be stored (collectors and
            # imports log it and keep it in their job); the writer logs a
            # failed commit with its traceback.
            LOGGER.debug("Writing to the listening history failed: %s", err)
            refused = write_refusal(err)
            if refused is None:
                raise _database_error("history_write_failed", err) from err
            refusal, cause = refused
            error = _database_error("history_write_failed", cause)
            async_write_refused(
                self.hass,
                refusal,
                (error.translation_placeholders or {})["error"],
                self.display_url,
            )
            raise error from err
        async_write_accepted(self.hass)
        if artwork:
            self.artwork_generation += 1
        return done

    async def async_read[T](
        self, fn: Callable[[Connection], T], *, same_as: Hashable | None = None
    ) -> T:
        """Run a read on the history's own threads, in turn (`store.reads`).

        It waits in the queue of the user `reads.reading_for` named for the
        running task. `same_as` names the question when `fn` answers nothing
        else (every value it reads from outside is in it): the same question
        asked again before the next write shares the answer, a copy each. A
        failure of the
        database (not of the code) raises the translated
        `history_read_failed`; a history closed while the read waited,
        `history_unavailable`.
        """
        store = self.store

        def submit() -> Future[T]:
            if self._store is not store:
                raise _unavailable()
            return store.submit_read(fn)

        try:
            queued = self.reads.async_enqueue(
                current_lane(), submit, same_as, (store, store.generation)
            )
            answer: T = await (queued if same_as is None else async_own_copy(queued))
        except DBAPIError as err:
            LOGGER.warning("Reading the listening history failed: %s", err)
            raise _database_error("history_read_failed", err) from err
        return answer

    async def async_record(
        self,
        records: Sequence[PlayRecord],
        window_ms: int,
        attributions: Sequence[Attribution | None] | None = None,
    ) -> list[RecordedPlay]:
        """Store what a collector observed and tell listeners about it.

        `attributions` (one per record, None for none) say whose the plays
        of speakers and players are, as the rules decided when they played
        (`history.attribution`); a Spotify account's play needs none.
        """
        if not records:
            return []
        batch = list(records)
        decided = list(attributions or ())

        def write(conn: Connection, state: WriterState) -> InsertResult:
            result = state.record_observed(conn, batch, window_ms)
            record_decided(
                conn,
                [
                    (outcome[0], attribution)
                    for outcome, attribution in zip(
                        result.outcomes, decided, strict=False
                    )
                    # A stream merged into a play stored before keeps its
                    # attribution (an account's, or the first source's).
                    if outcome is not None
                    and not outcome[1]
                    and attribution is not None
                ],
            )
            return result

        result = await self.async_write(write)
        # An exact repeat of a stored stream is not announced again.
        recorded = [
            RecordedPlay(outcome[0], record, outcome[1])
            for record, outcome in zip(batch, result.outcomes, strict=True)
            if outcome is not None
        ]
        if recorded:
            async_dispatcher_send(self.hass, SIGNAL_PLAYS_RECORDED, recorded)
        return recorded

    async def async_start_job(
        self, kind: str, account: str | None, detail: dict[str, Any] | None = None
    ) -> int:
        """Record a job that starts now.

        A job's row touches no play: it leaves a running import's bulk mode
        as it is (a collector's first poll after a restart ended it, and a
        resumed import of 110k rows took 30 s instead of 4.5, issue 43.5).
        """
        return await self.async_write(
            lambda conn, state: start_job(conn, state, kind, account, detail),
            bulk_safe=True,
        )

    async def async_update_job(
        self,
        job_id: int,
        counts: dict[str, Any],
        *,
        status: str | None = None,
        error: str | None = None,
        ends_bulk: bool = False,
    ) -> None:
        """Store a job's counts; a final status ends it.

        `ends_bulk`: the end of the import that began bulk mode, which
        settles it (`store.bulk`) in the same write. Any other job's row
        touches no play and leaves bulk mode as it is.
        """
        await self.async_write(
            lambda conn, _state: update_job(
                conn, job_id, counts, status=status, error=error, ends_bulk=ends_bulk
            ),
            bulk_safe=not ends_bulk or status is None or status in UNFINISHED,
        )

    @callback
    def import_lock(self, account: str) -> asyncio.Lock:
        """Return the lock that keeps one import per account at a time."""
        return self.import_locks.setdefault(account, asyncio.Lock())


def _unavailable() -> HomeAssistantError:
    return HomeAssistantError(
        translation_domain=DOMAIN, translation_key="history_unavailable"
    )


def _database_error(translation_key: str, err: DBAPIError) -> HomeAssistantError:
    """Return a database failure as the user's error.

    The user sees the driver's own words ("no such table: plays", "could not
    connect to server"): what to look at. SQLAlchemy's text also holds the
    statement and its parameters, which only the log gets.
    """
    reason = str(err.orig or type(err).__name__)
    return HomeAssistantError(
        translation_domain=DOMAIN,
        translation_key=translation_key,
        translation_placeholders={"error": reason.splitlines()[0][:200]},
    )


@callback
def async_get_manager(hass: HomeAssistant) -> HistoryManager:
    """Return the instance's history manager, made on first use."""
    if (manager := hass.data.get(DATA_HISTORY)) is None:
        manager = hass.data[DATA_HISTORY] = HistoryManager(hass)
    return manager
