"""How long each stream on a player was heard, and how collectors store it.

Both live collectors (Sonos speakers, other media players) feed one
`PlayTracker` per player with observations: what plays, whether it plays, and
where it is when the player says. The tracker counts the time it heard the
item playing (paused time does not count) and hands back a `HeardPlay` when the
item changes, restarts or stops. Every stream is kept with what was heard of
it, however short: the play rule is applied when answering, not here.

`PlayRecorder` writes what the trackers heard, one batch at a time, and keeps
the collector's row in the jobs table current.
"""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from ...const import LOGGER
from ..epoch import to_ms
from ..manager import HistoryManager
from ..models import Attribution, PlayKind, PlayRecord, Source

# A jump back by at least this much, to within this much of the start, while
# the same item stays on the player, is the item starting over (repeat one,
# "previous" at the start of a track): a new stream, as Spotify counts it.
RESTART_JUMP_MS: Final = 10_000
RESTART_POSITION_MS: Final = 10_000
# ...once the item is still there this long after the jump.
RESTART_CONFIRM: Final = timedelta(seconds=5)
# An item that ends this close to its end was played to the end.
END_SLACK_MS: Final = 10_000
# Job counts are written at most this often while a collector runs.
JOB_INTERVAL: Final = timedelta(minutes=1)
ERROR_LENGTH: Final = 500

REASON_TRACKDONE: Final = "trackdone"
REASON_ENDPLAY: Final = "endplay"


class PlayState(StrEnum):
    """What a player does, as far as hearing is concerned."""

    PLAYING = "playing"
    PAUSED = "paused"
    """Paused or buffering: the item stays, its time does not count."""
    STOPPED = "stopped"
    """Stopped, idle, off or gone: whatever played has ended."""


@dataclass(frozen=True, slots=True)
class MediaItem:
    """What plays: an identity and what is known about it."""

    key: str
    """Two observations with the same key are the same stream going on."""
    kind: PlayKind
    title: str | None = None
    artist: str | None = None
    album: str | None = None
    item_uri: str | None = None
    source_kind: str | None = None
    duration_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """One look at a player."""

    state: PlayState
    item: MediaItem | None
    at: datetime
    position_ms: int | None = None
    """Where playback was at `position_at`, if the player says."""
    position_at: datetime | None = None
    """When `position_ms` was true; `at` when not given."""
    device: str | None = None
    shuffle: bool | None = None


@dataclass(frozen=True, slots=True)
class HeardPlay:
    """One stream as a tracker heard it."""

    item: MediaItem
    started_at: datetime
    """When it was first heard playing."""
    ended_at: datetime
    ms_played: int
    device: str | None = None
    shuffle: bool | None = None
    reason_end: str | None = None

    def record(self, account: str, source: Source) -> PlayRecord:
        """Make the record the history stores for this stream."""
        item = self.item
        return PlayRecord(
            account=account,
            source=source,
            ended_at=to_ms(self.ended_at),
            ms_played=self.ms_played,
            kind=item.kind,
            title=item.title,
            artist=item.artist,
            album=item.album,
            item_uri=item.item_uri,
            device=self.device,
            source_kind=item.source_kind,
            reason_end=self.reason_end,
            shuffle=self.shuffle,
            started_at=to_ms(self.started_at),
        )


def _ms(delta: timedelta) -> int:
    return max(0, delta // timedelta(milliseconds=1))


def _enriched(old: MediaItem, new: MediaItem) -> MediaItem:
    """Return the same item with whatever the newer observation knows."""
    changes = {
        field.name: value
        for field in fields(MediaItem)
        if (value := getattr(new, field.name)) is not None
        and value != getattr(old, field.name)
    }
    return replace(old, **changes) if changes else old


@dataclass(frozen=True, slots=True)
class _Restart:
    """A jump back to the start, not yet known to be one."""

    at: datetime
    heard_ms: int
    """What the first stream had been heard until then."""
    started_at: datetime | None
    """When the first stream began."""
    reason_end: str | None


class PlayTracker:
    """What plays on one player, since when, and how long it was heard.

    A jump back to the start of the same item is a new stream only once
    `RESTART_CONFIRM` passed with that item still there: a player may report
    the next item's position a moment before its name (Sonos reads the
    position on its own), which looks the same until the name follows.
    """

    def __init__(self) -> None:
        """Start with nothing playing."""
        self._item: MediaItem | None = None
        self._since: datetime | None = None
        self._started_at: datetime | None = None
        # Heard before the segment that plays now (which runs since `_playing_since`).
        self._heard_ms = 0
        self._playing_since: datetime | None = None
        self._position_ms: int | None = None
        self._position_at: datetime | None = None
        self._reported_ms: int | None = None
        self._restart: _Restart | None = None
        self._device: str | None = None
        self._shuffle: bool | None = None

    @property
    def item(self) -> MediaItem | None:
        """The item on the player (playing or paused), if any."""
        return self._item

    @property
    def since(self) -> datetime | None:
        """When the current item was first seen on the player."""
        return self._since

    @property
    def playing(self) -> bool:
        """Whether the current item is being heard right now."""
        return self._playing_since is not None

    def heard_ms(self, at: datetime) -> int:
        """How long the current stream was heard, up to `at`."""
        heard = self._heard_ms
        if self._playing_since is not None:
            heard += _ms(at - self._playing_since)
        return heard

    def observe(self, observation: Observation) -> list[HeardPlay]:
        """Take in a look at the player; return the streams it ended."""
        at = observation.at
        self._advance_position(at)
        ended = self._settle_restart(at)
        item = observation.item if observation.state is not PlayState.STOPPED else None
        current = self._item
        if current is not None:
            if item is None:
                stopped = observation.state is PlayState.STOPPED
                ended += self._end(at, REASON_ENDPLAY if stopped else None)
            elif item.key != current.key:
                ended += self._end(at, None)
            else:
                self._item = _enriched(current, item)
                if self._restart is None and self._restarted(observation):
                    self._suspect_restart(at)
        if item is not None:
            if self._item is None:
                self._item = item
                self._since = at
            self._apply(observation)
        return ended

    def flush(self, at: datetime, reason: str | None = None) -> list[HeardPlay]:
        """End the current stream now (the player went away or is no longer followed)."""
        self._advance_position(at)
        ended = self._settle_restart(at)
        return ended + self._end(at, reason)

    def adopt(self, play: HeardPlay) -> bool:
        """Continue a stream that moved here from another player (a group's new coordinator).

        Returns whether the stream is the one this tracker plays.
        """
        current = self._item
        if current is None or current.key != play.item.key:
            return False
        self._item = _enriched(play.item, current)
        self._heard_ms += play.ms_played
        self._started_at = (
            play.started_at
            if self._started_at is None
            else min(self._started_at, play.started_at)
        )
        if self._since is None or play.started_at < self._since:
            self._since = play.started_at
        if self._device is None:
            self._device = play.device
        if self._shuffle is None:
            self._shuffle = play.shuffle
        return True

    def _apply(self, observation: Observation) -> None:
        at = observation.at
        if observation.device is not None:
            self._device = observation.device
        if observation.shuffle is not None:
            self._shuffle = observation.shuffle
        playing = observation.state is PlayState.PLAYING
        if playing and self._playing_since is None:
            self._playing_since = at
            if self._started_at is None:
                self._started_at = at
        elif not playing and self._playing_since is not None:
            self._heard_ms += _ms(at - self._playing_since)
            self._playing_since = None
        if (reported := self._reported_position(observation)) is not None:
            self._position_ms = reported
            self._position_at = at
            self._reported_ms = observation.position_ms

    def _reported_position(self, observation: Observation) -> int | None:
        """Where the player says it is at the observation's time."""
        position = observation.position_ms
        if position is None:
            return None
        reported_at = observation.position_at or observation.at
        if observation.state is PlayState.PLAYING:
            position += _ms(observation.at - reported_at)
        return position

    def _advance_position(self, at: datetime) -> None:
        """Move the known position along with the time heard since."""
        if (
            self._position_ms is not None
            and self._position_at is not None
            and self._playing_since is not None
        ):
            self._position_ms += _ms(at - max(self._position_at, self._playing_since))
        if self._position_ms is not None:
            self._position_at = at

    def _restarted(self, observation: Observation) -> bool:
        """Whether the player jumped back to the start of the same item.

        A player whose position never changes (some report 0 forever while
        refreshing its timestamp) would look like one that starts over and over:
        only a reported value that changed counts.
        """
        if (
            observation.position_ms is None
            or observation.position_ms == self._reported_ms
        ):
            return False
        reported = self._reported_position(observation)
        expected = self._position_ms
        return (
            reported is not None
            and expected is not None
            and reported <= RESTART_POSITION_MS
            and expected - reported >= RESTART_JUMP_MS
        )

    def _suspect_restart(self, at: datetime) -> None:
        """Begin a second stream of the same item now, unless the name changes soon."""
        self._restart = _Restart(
            at=at,
            heard_ms=self.heard_ms(at),
            started_at=self._started_at,
            reason_end=REASON_TRACKDONE if self._near_end() else None,
        )
        self._started_at = at if self._playing_since is not None else None

    def _settle_restart(self, at: datetime) -> list[HeardPlay]:
        """Split off the first stream once a restart stood long enough."""
        restart = self._restart
        item = self._item
        if restart is None or item is None or at - restart.at < RESTART_CONFIRM:
            return []
        self._restart = None
        self._since = restart.at
        self._heard_ms -= restart.heard_ms
        play = self._play(
            item, restart.started_at, restart.at, restart.heard_ms, restart.reason_end
        )
        return [play] if play is not None else []

    def _near_end(self) -> bool:
        item = self._item
        duration = item.duration_ms if item is not None else None
        return (
            duration is not None
            and self._position_ms is not None
            and self._position_ms >= duration - END_SLACK_MS
        )

    def _play(
        self,
        item: MediaItem,
        started_at: datetime | None,
        ended_at: datetime,
        heard_ms: int,
        reason_end: str | None,
    ) -> HeardPlay | None:
        # An item selected and replaced without a moment of playing was not heard.
        if started_at is None or heard_ms <= 0:
            return None
        return HeardPlay(
            item=item,
            started_at=started_at,
            ended_at=ended_at,
            ms_played=heard_ms,
            device=self._device,
            shuffle=self._shuffle,
            reason_end=reason_end,
        )

    def _end(self, at: datetime, reason: str | None) -> list[HeardPlay]:
        item = self._item
        if item is None:
            return []
        started_at = self._started_at
        if (restart := self._restart) is not None:
            # The name changed right after the jump: it was the next item's
            # position, and the first stream went on until now.
            started_at = restart.started_at
            reason = restart.reason_end or reason
        elif self._near_end():
            reason = REASON_TRACKDONE
        play = self._play(item, started_at, at, self.heard_ms(at), reason)
        self._item = None
        self._since = None
        self._started_at = None
        self._heard_ms = 0
        self._playing_since = None
        self._position_ms = None
        self._position_at = None
        self._reported_ms = None
        self._restart = None
        return [play] if play is not None else []


class PlayRecorder:
    """Stores a collector's plays in order and keeps its job row current.

    One write runs at a time; records that arrive meanwhile go in the next
    batch. The job's counts are written at most once per `JOB_INTERVAL`, and
    once more when the collector stops, which also ends the job.
    """

    def __init__(
        self,
        hass: HomeAssistant,
        manager: HistoryManager,
        *,
        kind: str,
        account: str | None,
        window_ms: int,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Prepare; `async_start` opens the job."""
        self.hass = hass
        self.manager = manager
        self.kind = kind
        self.account = account
        self.window_ms = window_ms
        self.detail = detail
        self.running = False
        self.job_id: int | None = None
        self.plays_recorded = 0
        self.merged = 0
        self.failed = 0
        self.last_play: datetime | None = None
        self.error: str | None = None
        self._queue: list[PlayRecord] = []
        self._attributions: list[Attribution | None] = []
        self._writer: asyncio.Task[None] | None = None
        self._job_tasks: set[asyncio.Task[None]] = set()
        self._job_timer: CALLBACK_TYPE | None = None
        self._job_written_at = dt_util.utcnow()

    @property
    def counts(self) -> dict[str, int]:
        """What the job row holds."""
        return {
            "plays_recorded": self.plays_recorded,
            "merged": self.merged,
            "failed": self.failed,
        }

    def status(self) -> dict[str, Any]:
        """How the collector is doing, for diagnostics and sensors.

        Errors stay in the job row: database messages can quote what played.
        """
        return {
            "running": self.running,
            **self.counts,
            "last_play": None if self.last_play is None else self.last_play.isoformat(),
        }

    async def async_start(self) -> None:
        """Open the collector's job; plays are recorded even if that fails."""
        self.running = True
        self._job_written_at = dt_util.utcnow()
        try:
            self.job_id = await self.manager.async_start_job(
                self.kind, self.account, self.detail
            )
        except Exception as err:  # noqa: BLE001 - the plays matter more than the row
            LOGGER.warning(
                "Could not record the %s collector's job: %s", self.kind, err
            )

    @callback
    def async_add(
        self,
        records: Sequence[PlayRecord],
        attributions: Sequence[Attribution | None] | None = None,
    ) -> None:
        """Queue records for the history; they are written in order.

        `attributions` say whose each play is (None: its account's).
        """
        if not records:
            return
        self._queue.extend(records)
        self._attributions.extend(attributions or [None] * len(records))
        # A writer that failed at once ended before it was even stored here.
        if self._writer is None or self._writer.done():
            self._writer = self.hass.async_create_background_task(
                self._async_write(), f"encore {self.kind} history writes"
            )

    async def _async_write(self) -> None:
        while self._queue:
            batch, self._queue = self._queue, []
            whose, self._attributions = self._attributions, []
            try:
                recorded = await self.manager.async_record(batch, self.window_ms, whose)
            except Exception as err:  # noqa: BLE001 - a closed store, a failed commit
                self.failed += len(batch)
                # Kept in the job row: short, a database message can be long.
                self.error = (str(err) or type(err).__name__)[:ERROR_LENGTH]
                LOGGER.warning(
                    "Could not store %s play(s) in the listening history: %s",
                    len(batch),
                    self.error,
                )
                continue
            self.plays_recorded += len(recorded)
            self.merged += sum(play.merged for play in recorded)
            if recorded:
                ended = max(play.record.ended_at for play in recorded)
                self.last_play = dt_util.utc_from_timestamp(ended / 1000)
            self._schedule_job_update()

    @callback
    def _schedule_job_update(self) -> None:
        if self.job_id is None or not self.running or self._job_timer is not None:
            return
        due = self._job_written_at + JOB_INTERVAL - dt_util.utcnow()
        self._job_timer = async_call_later(
            self.hass, max(0.0, due.total_seconds()), self._async_job_due
        )

    @callback
    def _async_job_due(self, _now: datetime) -> None:
        self._job_timer = None
        if not self.running:
            return
        task = self.hass.async_create_background_task(
            self._async_update_job(None), f"encore {self.kind} history job"
        )
        self._job_tasks.add(task)
        task.add_done_callback(self._job_tasks.discard)

    async def _async_update_job(self, status: str | None) -> None:
        if self.job_id is None:
            return
        self._job_written_at = dt_util.utcnow()
        try:
            await self.manager.async_update_job(
                self.job_id, self.counts, status=status, error=self.error
            )
        except Exception as err:  # noqa: BLE001 - a closed store, a failed commit
            LOGGER.debug("Could not update the %s collector's job: %s", self.kind, err)

    async def async_stop(self, status: str = "stopped") -> None:
        """Write what is queued, then end the job with its final counts."""
        if not self.running:
            return
        self.running = False
        if self._job_timer is not None:
            self._job_timer()
            self._job_timer = None
        if self._writer is not None and not self._writer.done():
            # Should the unload be cancelled, the plays are written all the same.
            await asyncio.shield(self._writer)
        if self._job_tasks:
            await asyncio.gather(*self._job_tasks, return_exceptions=True)
        await self._async_update_job(status)
