"""Hourly listening minutes as long-term external statistics of the recorder.

`encore:listening_minutes_<account>` (and `encore:listening_minutes_all_sources`)
hold one row per UTC hour with minutes listened (`state`) and their running
total (`sum`), for the statistics graph card. A play counts in the hour it
ended in, as it counts in the period it ended in everywhere else (the
"listening time today" sensor, the actions): a day's rows add up to what
the sensor showed that day. Rows exist for the hours with plays.

They follow the history rather than the other way round: each complete hour
is compiled from the hour rollup (the plays summed by hour) a little after
it ends, and whenever plays arrive for an hour compiled already (a late
recently-played poll, a merge, an import) the rows from the earliest such
hour on are compiled again, sums included. An import is found by the play
ids it added (a primary-key range, no scan). Plays removed by a purge or by
retention are not taken out of the statistics: long-term statistics outlive
the data they were compiled from, as the recorder's own do, and the README
promises the listening minutes stay when plays are deleted (Home Assistant's
*Developer tools → Statistics* removes them on purpose). A later import
into the purged hours compiles them again from what the history then holds.
"""

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, Select, func, select

from homeassistant.components.recorder import get_instance
from homeassistant.components.recorder.models import (
    StatisticData,
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import (
    async_add_external_statistics,
    get_last_statistics,
    statistic_during_period,
    statistics_during_period,
)
from homeassistant.components.recorder.tasks import SynchronizeTask
from homeassistant.const import UnitOfTime
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_utc_time_change
from homeassistant.helpers.start import async_at_started
from homeassistant.util import slugify
from homeassistant.util.unit_conversion import DurationConverter

from ..const import DOMAIN, LOGGER
from .epoch import from_ms as datetime_of, now_ms
from .manager import (
    SIGNAL_HISTORY_CHANGED,
    SIGNAL_PLAYS_RECORDED,
    HistoryChange,
    HistoryManager,
    RecordedPlay,
)
from .store import bulk
from .store.schema import HOUR_MS, accounts as accounts_table, plays, rollup_hours

ALL_SOURCES: Final = "all_sources"
MINUTE_MS: Final = 60_000
# After a restart the last day is compiled again: plays that were written
# after the last compile (recently-played lags, Home Assistant stopped) land.
RECHECK_ON_START: Final = 24 * HOUR_MS
# A merge changes a stored play that ended within the merge window (minutes)
# plus the play's length of the record: an hour before that is far enough.
MERGE_REACH_MS: Final = HOUR_MS
# Late plays for compiled hours are gathered for this long, then compiled.
LATE_COOLDOWN: Final = 60.0
# Each hour is compiled a little after it ends.
COMPILE_SECOND: Final = 20
# How long a compile waits for the recorder to commit its rows.
RECORDER_WAIT: Final = 120.0


def statistic_id(account: str | None) -> str:
    """Return the statistic id of an account's minutes (None: all sources)."""
    object_id = ALL_SOURCES if account is None else slugify(account)
    return f"{DOMAIN}:listening_minutes_{object_id}"


def floor_hour(epoch_ms: int) -> int:
    """Return the start of the UTC hour `epoch_ms` falls in."""
    return epoch_ms - epoch_ms % HOUR_MS


def _in_scope[T: tuple[Any, ...]](
    query: Select[T],
    accounts: tuple[str, ...] | None,
    account: Any = plays.c.account_id,
) -> Select[T]:
    if accounts is None:
        return query
    return query.join(accounts_table, accounts_table.c.id == account).where(
        accounts_table.c.key.in_(accounts)
    )


def hourly_ms(
    conn: Connection,
    accounts: tuple[str, ...] | None,
    start_ms: int | None,
    end_ms: int,
) -> dict[int, int]:
    """Milliseconds listened per UTC hour start, over the hours in [start_ms, end_ms).

    Listening time is the counted plays' (30 s or more), as the sensor and
    every view say it. A play counts in the hour it ended in: the hour rollup, which the writer
    keeps in the transaction of every change to the plays, has the sums (a
    tenth of the rows of the plays: an import's whole history recompiles
    in a fraction of the time). Whole hours: `start_ms` counts from the
    start of its hour (None: the first play), `end_ms` up to the start of
    its.
    """
    hour = rollup_hours.c.hour
    query = (
        select(hour, func.sum(rollup_hours.c.ms_30s))
        .where(hour < end_ms // HOUR_MS)
        .group_by(hour)
    )
    if start_ms is not None:
        query = query.where(hour >= start_ms // HOUR_MS)
    return {
        int(start) * HOUR_MS: int(heard)
        for start, heard in conn.execute(
            _in_scope(query, accounts, rollup_hours.c.account_id)
        ).tuples()
        if heard
    }


def new_plays(
    conn: Connection, accounts: tuple[str, ...] | None, after_id: int | None
) -> tuple[int | None, int | None]:
    """Return the newest play id and when the earliest play after `after_id` ended.

    With `after_id` None only the newest id (the starting watermark). Plays
    an import in bulk mode has not counted in the hour rollup yet are not
    there for this: they are new when it has (`store.bulk`).
    """
    counted = select(func.max(plays.c.id))
    newer = select(func.max(plays.c.id), func.min(plays.c.ended_at))
    if owed := bulk.pending(conn):
        counted = counted.where(plays.c.id <= owed[0][0])
        newer = newer.where(plays.c.id <= owed[0][0])
    if after_id is None:
        newest = conn.execute(_in_scope(counted, accounts))
        return newest.scalar_one_or_none(), None
    row = conn.execute(_in_scope(newer.where(plays.c.id > after_id), accounts)).one()
    newest_id = after_id if row[0] is None else int(row[0])
    return newest_id, None if row[1] is None else int(row[1])


def hourly_rows(
    hours: list[int], heard: dict[int, int], base: float
) -> list[StatisticData]:
    """Return the statistics rows of `hours`: minutes heard and the running sum."""
    total = base
    rows: list[StatisticData] = []
    for hour in hours:
        minutes = round(heard.get(hour, 0) / MINUTE_MS, 3)
        total = round(total + minutes, 3)
        rows.append(StatisticData(start=datetime_of(hour), state=minutes, sum=total))
    return rows


class ListeningStatistics:
    """Keeps one statistic of hourly listening minutes in step with the history."""

    def __init__(
        self,
        hass: HomeAssistant,
        manager: HistoryManager,
        *,
        account: str | None,
        name: str,
    ) -> None:
        """Prepare for one account's plays (None: every account's)."""
        self.hass = hass
        self.manager = manager
        self.accounts = None if account is None else (account,)
        self.statistic_id = statistic_id(account)
        self.metadata = StatisticMetaData(
            mean_type=StatisticMeanType.NONE,
            has_sum=True,
            name=name,
            source=DOMAIN,
            statistic_id=self.statistic_id,
            unit_class=DurationConverter.UNIT_CLASS,
            unit_of_measurement=UnitOfTime.MINUTES,
        )
        self._lock = asyncio.Lock()
        self._unsubscribers: list[CALLBACK_TYPE] = []
        self._watermark: int | None = None
        """The newest play id compiled: newer ids are plays added since."""
        self._dirty_from: int | None = None
        """The earliest hour (epoch ms) a late play touched."""
        self._started = False
        self._stopped = True
        self._debouncer: Debouncer[Any] = Debouncer(
            hass,
            LOGGER,
            cooldown=LATE_COOLDOWN,
            immediate=False,
            function=self.async_compile,
        )

    @callback
    def async_start(self) -> None:
        """Compile once Home Assistant started, then every hour and on changes."""
        self._stopped = False
        self._unsubscribers += [
            async_dispatcher_connect(
                self.hass, SIGNAL_PLAYS_RECORDED, self._async_plays_recorded
            ),
            async_dispatcher_connect(
                self.hass, SIGNAL_HISTORY_CHANGED, self._async_history_changed
            ),
            async_track_utc_time_change(
                self.hass, self._async_hour_ended, minute=0, second=COMPILE_SECOND
            ),
            async_at_started(self.hass, self._async_hass_started),
        ]

    @callback
    def async_stop(self) -> None:
        """Stop following the history (a compile under way finishes)."""
        self._stopped = True
        self._debouncer.async_shutdown()
        while self._unsubscribers:
            self._unsubscribers.pop()()

    def _in_scope(self, account: str | None) -> bool:
        return account is None or self.accounts is None or account in self.accounts

    async def _async_hass_started(self, _hass: HomeAssistant) -> None:
        await self.async_compile()

    async def _async_hour_ended(self, _now: datetime) -> None:
        await self.async_compile()

    @callback
    def _async_plays_recorded(self, recorded: list[RecordedPlay]) -> None:
        """Plays for hours compiled already are compiled again, soon."""
        current_hour = floor_hour(now_ms())
        earliest: int | None = None
        for play in recorded:
            record = play.record
            if not self._in_scope(record.account):
                continue
            hour = record.ended_at
            if play.merged:
                hour -= record.ms_played + MERGE_REACH_MS
            earliest = hour if earliest is None else min(earliest, hour)
        if earliest is None or floor_hour(earliest) >= current_hour:
            return  # the hour under way is compiled when it ends
        hour = floor_hour(earliest)
        self._dirty_from = (
            hour if self._dirty_from is None else min(self._dirty_from, hour)
        )
        self._debouncer.async_schedule_call()

    @callback
    def _async_history_changed(self, change: HistoryChange) -> None:
        if change.deleted or change.attribution or not self._in_scope(change.account):
            # Deleted plays stay in the statistics (see the module's docstring).
            return
        self._debouncer.async_schedule_call()

    async def async_compile(self) -> None:
        """Write the rows of the hours that need it; errors are logged.

        Not while an import runs: its hours are owed to the rollups until it
        ends (`store.bulk`), and compiling reads every hour since the first
        it added, twice over a restart (at start and on the first change),
        beside the import. Its end (`SIGNAL_HISTORY_CHANGED`) compiles them.
        """
        if self._stopped or not self.manager.is_open:
            return
        if any(lock.locked() for lock in self.manager.import_locks.values()):
            return
        try:
            async with self._lock:
                await self._async_compile()
        except HomeAssistantError as err:
            LOGGER.warning("Could not compile %s: %s", self.statistic_id, err)
        except Exception:  # noqa: BLE001 - the next hour tries again
            LOGGER.exception("Could not compile %s", self.statistic_id)

    async def _async_compile(self) -> None:
        recorder = get_instance(self.hass)
        if not await recorder.async_db_ready:
            return
        end_ms = floor_hour(now_ms())
        last = await recorder.async_add_executor_job(
            get_last_statistics, self.hass, 1, self.statistic_id, True, {"sum"}
        )
        last_rows = last.get(self.statistic_id) or []
        last_start: int | None = None
        last_sum = 0.0
        if last_rows:
            last_start = round(last_rows[0]["start"] * 1000)
            last_sum = float(last_rows[0].get("sum") or 0.0)

        accounts = self.accounts
        watermark = self._watermark
        newest_id, new_from = await self.manager.async_read(
            lambda conn: new_plays(conn, accounts, watermark)
        )
        # Taken now: what arrives while this compile runs marks them again.
        dirty_from, self._dirty_from = self._dirty_from, None
        first, self._started = not self._started, True

        from_ms: int | None
        if last_start is None:
            from_ms = None
        else:
            candidates = [last_start + HOUR_MS]
            if first:
                candidates.append(floor_hour(last_start - RECHECK_ON_START))
            if dirty_from is not None:
                candidates.append(dirty_from)
            if new_from is not None:
                candidates.append(floor_hour(new_from))
            from_ms = min(candidates)
        try:
            written = await self._async_write(from_ms, end_ms, last_start, last_sum)
        except BaseException:
            # Nothing was written: what was due is due next time.
            if dirty_from is not None:
                self._dirty_from = min(dirty_from, self._dirty_from or dirty_from)
            self._started = not first
            raise
        self._watermark = newest_id
        if written:
            LOGGER.debug("Wrote %s hours of %s", written, self.statistic_id)

    async def _async_write(
        self, from_ms: int | None, end_ms: int, last_start: int | None, last_sum: float
    ) -> int:
        """Compile [from_ms, end_ms) into rows and add them; returns how many."""
        if from_ms is not None and from_ms >= end_ms:
            return 0
        recorder = get_instance(self.hass)
        accounts = self.accounts
        heard = await self.manager.async_read(
            lambda conn: hourly_ms(conn, accounts, from_ms, end_ms)
        )
        existing: set[int] = set()
        base = 0.0
        if last_start is not None and (from_ms is None or from_ms <= last_start):
            # Rows from `from_ms` on exist: each is written again, with 0 if
            # its plays are gone, and the sum goes on from the row before.
            since = datetime_of(0 if from_ms is None else from_ms)
            rows = await recorder.async_add_executor_job(
                statistics_during_period,
                self.hass,
                since,
                datetime_of(end_ms),
                {self.statistic_id},
                "hour",
                None,
                {"sum"},
            )
            existing = {
                round(row["start"] * 1000) for row in rows.get(self.statistic_id, [])
            }
            if from_ms is not None:
                before = await recorder.async_add_executor_job(
                    statistic_during_period,
                    self.hass,
                    None,
                    since,
                    self.statistic_id,
                    {"change"},
                    None,
                )
                base = float(before.get("change") or 0.0)
        elif last_start is not None:
            base = last_sum
        # An import can cover years: tens of thousands of hours, whose rows
        # are made in the executor. They go to the recorder in one call, so a
        # reader sees all of them or none.
        statistics = await self.hass.async_add_executor_job(
            hourly_rows, sorted(set(heard) | existing), heard, base
        )
        if not statistics:
            return 0
        async_add_external_statistics(self.hass, self.metadata, statistics)
        await self._async_recorder_caught_up()
        return len(statistics)

    async def _async_recorder_caught_up(self) -> None:
        """Wait until the recorder has committed the rows queued so far.

        The next compile reads them back (the last sum, the rows to zero).
        `Recorder.async_block_till_done` returns at once when the recorder
        has taken the rows off its queue but not yet committed them; a
        synchronize task queued behind them runs only after they are.
        """
        future: asyncio.Future[None] = self.hass.loop.create_future()
        get_instance(self.hass).queue_task(SynchronizeTask(future))
        try:
            async with asyncio.timeout(RECORDER_WAIT):
                await future
        except TimeoutError:
            # A recorder that stopped answering: the next compile rewrites.
            LOGGER.debug("The recorder did not confirm %s", self.statistic_id)


@callback
def async_start_statistics(
    hass: HomeAssistant,
    manager: HistoryManager,
    *,
    account: str | None,
    name: str,
) -> Callable[[], None] | None:
    """Keep a statistic of listening minutes; None without the recorder.

    Returns the function that stops it.
    """
    if "recorder" not in hass.config.components:
        return None
    keeper = ListeningStatistics(hass, manager, account=account, name=name)
    keeper.async_start()
    return keeper.async_stop
