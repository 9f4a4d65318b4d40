"""What the player coordinator saw playing, recorded as plays of one account.

Recently-played leaves out episodes, local files, plays of 30 s or less and
private sessions, and only guesses `ms_played` from the track's length. The
playback coordinator polls `/me/player` anyway (at every track end, and at
least every couple of minutes while playing); this collector follows its
answers, without a request of its own, and keeps a small state machine:

- which item plays, since when, and how much of it was heard: the progress
  gained between two answers, never more than the time between them, so
  paused time and forward seeks do not count;
- when another item shows up (or the same one starts over: repeat, "previous"),
  the time between the last answer and the new item's progress was the end of
  the old one: that completes it, and it is recorded as one play;
- playback that ends (no session, or paused for a long time), the entry
  unloading and Home Assistant stopping record what was heard so far.

Ads and `unknown` items (also what a private session shows when Spotify hides
the item) are no plays: they pause the open one. A private-session play whose
item Spotify does show is recorded with `incognito`.

A play recorded at unload or stop is remembered in a `Store`; if the same
stream still plays when the entry comes back, it goes on in that same row
instead of becoming a second play.
"""

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, LOGGER
from ...spotify.coordinator import PlaybackCoordinator, PlayerState
from ...spotify.models import Playback, PlayingItem
from ..artwork import async_keep_seen
from ..epoch import to_ms
from ..manager import SIGNAL_PLAYS_RECORDED, HistoryManager, RecordedPlay
from ..models import JobKind, PlayKind, PlayRecord, Source, SourceKind
from .spotify_recent import MERGE_WINDOW_MS

# Within this much of its end, an item counts as played to the end.
END_TOLERANCE_MS: Final = 3_000
# Progress that goes back by more than this is a restart or a seek back.
BACKWARDS_MS: Final = 2_000
# Paused (or behind an ad, or hidden by a private session) for this long,
# the play is over; resuming later starts a new one.
PAUSE_LIMIT: Final = timedelta(minutes=30)
PAUSE_LIMIT_MS: Final = int(PAUSE_LIMIT.total_seconds() * 1000)
STORE_VERSION: Final = 1
# The collector's run is one job; its counts are written at most this often.
JOB_KIND: Final = JobKind.SPOTIFY_PLAYER
JOB_INTERVAL: Final = timedelta(minutes=1)

PLAYABLE_KINDS: Final = {"track": PlayKind.TRACK, "episode": PlayKind.EPISODE}


def player_store_key(entry_id: str) -> str:
    """Return the `Store` key of the play an entry recorded when it last stopped."""
    return f"{DOMAIN}.{entry_id}.now_playing"


async def async_remove_player_store(hass: HomeAssistant, entry_id: str) -> None:
    """Delete what the collector kept for an entry (the account is being removed)."""
    await Store[dict[str, Any]](
        hass, STORE_VERSION, player_store_key(entry_id), private=True
    ).async_remove()


def _playable(playback: Playback | None) -> PlayingItem | None:
    """Return the item if it is one the history records (not an ad or unknown)."""
    if playback is None:
        return None
    item = playback.item
    if item.kind not in PLAYABLE_KINDS or (item.uri is None and item.name is None):
        return None
    return item


def _item_key(item: PlayingItem) -> str:
    """Return what tells two items apart: the URI, else the names (local files)."""
    return item.uri or "|".join((item.name or "", *item.artists, item.album or ""))


@dataclass(slots=True)
class OpenPlay:
    """The stream being heard now."""

    key: str
    item: PlayingItem
    started_at: int
    """Epoch ms the stream began (the first answer minus its progress)."""
    heard: int
    """Milliseconds heard so far."""
    position: int
    """Progress at `seen_at`."""
    seen_at: int
    """Epoch ms of the last answer applied."""
    playing: bool
    end_at: int
    """Epoch ms of the last heard moment."""
    device: str | None
    context_uri: str | None
    shuffle: bool
    incognito: bool
    paused_since: int | None = None
    play_id: int | None = None
    """The row this stream was recorded in before a restart, to go on in."""

    def remaining(self) -> int | None:
        """How much was left after `position`, if the length is known."""
        duration = self.item.duration_ms
        return None if duration is None else max(duration - self.position, 0)

    def finished(self) -> bool:
        """Whether it was heard up to (about) its end."""
        duration = self.item.duration_ms
        return duration is not None and self.position >= duration - END_TOLERANCE_MS

    def run_on(self, elapsed: int, later_progress: int = 0) -> None:
        """Count the time until the next answer that went to this item.

        Of `elapsed` ms since the last answer, `later_progress` went to what
        plays now; the rest finished this item, up to its length.
        """
        if not self.playing:
            return
        extra = max(elapsed - later_progress, 0)
        if (remaining := self.remaining()) is not None:
            extra = min(extra, remaining)
        self.heard += extra
        self.position += extra
        if extra:
            self.end_at = self.seen_at + extra


class NowPlayingCollector:
    """Records what the playback coordinator saw playing for one account."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        playback: PlaybackCoordinator,
        account: str,
        manager: HistoryManager,
    ) -> None:
        """Initialize; nothing is followed before `async_start`."""
        self._hass = hass
        self._entry = entry
        self._playback = playback
        self.account = account
        self._manager = manager
        self._store = Store[dict[str, Any]](
            hass, STORE_VERSION, player_store_key(entry.entry_id), private=True
        )
        self.current: OpenPlay | None = None
        self._resume: dict[str, Any] | None = None
        self._last_state: PlayerState | None = None
        self._last_seen: int | None = None
        self._pending: set[asyncio.Task[int | None]] = set()
        self._unsub_playback: CALLBACK_TYPE | None = None
        self._unsub_stop: CALLBACK_TYPE | None = None
        self._stopped = True
        self._job_id: int | None = None
        self._job_written_at: datetime | None = None
        self.counts = {"plays_recorded": 0, "merged": 0, "failed": 0}
        self.last_recorded: datetime | None = None
        self.last_error: str | None = None

    # -- life cycle -------------------------------------------------------

    async def async_start(self) -> None:
        """Open the run's job and follow the coordinator, from its answer now."""
        self._resume = await self._store.async_load()
        try:
            self._job_id = await self._manager.async_start_job(JOB_KIND, self.account)
        except Exception as err:  # noqa: BLE001 - the plays matter more than the row
            LOGGER.warning("Could not record the %s job: %s", JOB_KIND, err)
        self._job_written_at = dt_util.utcnow()
        self._stopped = False
        self._unsub_playback = self._playback.async_add_listener(self._on_update)
        # Entries are not unloaded when Home Assistant stops.
        self._unsub_stop = self._hass.bus.async_listen_once(
            EVENT_HOMEASSISTANT_STOP, self._async_on_hass_stop
        )
        self._on_update()

    async def async_stop(self) -> None:
        """Stop following; record what was heard of the open play."""
        if self._stopped:
            return
        self._stopped = True
        if self._unsub_playback is not None:
            self._unsub_playback()
            self._unsub_playback = None
        if self._unsub_stop is not None:
            self._unsub_stop()
            self._unsub_stop = None
        await self._async_flush_open()

    async def _async_on_hass_stop(self, _event: Event) -> None:
        self._unsub_stop = None  # a listener that ran once is gone already
        await self.async_stop()

    async def _async_flush_open(self) -> None:
        """Record the open play as heard until now, and remember it for later."""
        play, self.current = self.current, None
        if play is not None:
            # It played on since the last answer, as far as anyone knows.
            play.run_on(max(to_ms(dt_util.utcnow()) - play.seen_at, 0))
            play_id = await self._async_record(play, None, None)
            if play_id is not None:
                await self._store.async_save(
                    {
                        "play_id": play_id,
                        "key": play.key,
                        "started_at": play.started_at,
                        "heard": play.heard,
                        "position": play.position,
                        "position_at": play.end_at,
                    }
                )
        if self._pending:
            await asyncio.wait(list(self._pending))
        await self._async_update_job("stopped")

    async def _async_update_job(self, status: str | None = None) -> None:
        """Write the run's counts (and, with a status, end the job)."""
        if self._job_id is None:
            return
        self._job_written_at = dt_util.utcnow()
        try:
            await self._manager.async_update_job(
                self._job_id, dict(self.counts), status=status, error=self.last_error
            )
        except Exception as err:  # noqa: BLE001 - a closed store, a failed commit
            LOGGER.debug("Could not update the %s job: %s", JOB_KIND, err)

    @callback
    def status(self) -> dict[str, Any]:
        """Return what plays now and what was recorded, for diagnostics."""
        play = self.current
        return {
            "running": not self._stopped,
            "current": None
            if play is None
            else {
                "item": play.item.uri or play.item.name,
                "heard_ms": play.heard,
                "playing": play.playing,
            },
            **self.counts,
            "last_run": None
            if self.last_recorded is None
            else self.last_recorded.isoformat(timespec="seconds"),
            "next_run": None,
            "last_error": self.last_error,
        }

    # -- the state machine ------------------------------------------------

    @callback
    def _on_update(self) -> None:
        state = self._playback.data
        if self._stopped or state is self._last_state:
            # A failed refresh tells listeners again with the same answer.
            return
        self._last_state = state
        playback = state.playback if state is not None else None
        seen_at = (
            to_ms(playback.received_at)
            if playback is not None
            else to_ms(dt_util.utcnow())
        )
        self.observe(playback, seen_at)

    @callback
    def observe(self, playback: Playback | None, seen_at: int) -> None:
        """Apply one answer of `/me/player` (None: nothing plays)."""
        last_seen, self._last_seen = self._last_seen, seen_at
        play = self.current
        item = _playable(playback)
        if play is None:
            if playback is not None and item is not None:
                since = None if last_seen is None else seen_at - last_seen
                self._open(playback, seen_at, since)
            return
        elapsed = max(seen_at - play.seen_at, 0)
        if playback is None:
            # The session ended; it played on at most until now.
            play.run_on(elapsed)
            self._close_finished_or("endplay", None)
            return
        progress = max(playback.progress_ms or 0, 0)
        if item is None:
            # An ad or an item Spotify does not show: what finished before it
            # counts, then the play waits like a paused one.
            play.run_on(elapsed, progress if playback.is_playing else 0)
            if play.finished():
                self._close("trackdone", False)
            else:
                self._pause(play, seen_at)
            return
        if _item_key(item) != play.key or (
            progress + BACKWARDS_MS < play.position
            and progress <= elapsed + BACKWARDS_MS
        ):
            # Another item, or the same one started over (repeat, "previous"):
            # the old play ended in between.
            was_playing = play.playing
            play.run_on(elapsed, progress)
            self._close_finished_or(None, True if was_playing else None)
            self._open(playback, seen_at, elapsed)
            return
        # The same stream: what it gained was heard (a seek forward counts no
        # more than the time that passed).
        gained = min(max(progress - play.position, 0), elapsed)
        play.heard += gained
        if gained:
            play.end_at = seen_at if playback.is_playing else play.seen_at + gained
        play.position = progress
        play.seen_at = seen_at
        play.playing = playback.is_playing
        play.item = item
        if playback.is_playing:
            play.paused_since = None
        else:
            self._pause(play, seen_at)

    @callback
    def _pause(self, play: OpenPlay, seen_at: int) -> None:
        play.seen_at = seen_at
        play.playing = False
        if play.paused_since is None:
            play.paused_since = play.end_at
        if seen_at - play.paused_since >= PAUSE_LIMIT_MS:
            self._close_finished_or("endplay", None)

    @callback
    def _open(self, playback: Playback, seen_at: int, since: int | None) -> None:
        """Start following the item `playback` shows.

        Its progress was heard, as far as the time since the last answer
        allows. On the first answer, all of it if it plays (nothing better is
        known), none if paused: a session left paused before Home Assistant
        started was counted when it was heard.
        """
        item = playback.item
        progress = max(playback.progress_ms or 0, 0)
        if since is not None:
            heard = min(progress, since)
        else:
            heard = progress if playback.is_playing else 0
        device = playback.device
        play = OpenPlay(
            key=_item_key(item),
            item=item,
            started_at=seen_at - heard,
            heard=heard,
            position=progress,
            seen_at=seen_at,
            playing=playback.is_playing,
            end_at=seen_at if playback.is_playing else seen_at - progress + heard,
            device=device.name if device is not None and device.name else None,
            context_uri=playback.context.uri if playback.context else None,
            shuffle=playback.shuffle,
            incognito=bool(device and device.is_private_session),
        )
        self._continue_stored(play, since)
        self.current = play
        if not play.playing:
            play.paused_since = play.end_at

    @callback
    def _continue_stored(self, play: OpenPlay, since: int | None) -> None:
        """Go on in the row recorded at the last stop, if this is that stream."""
        resume, self._resume = self._resume, None
        if not resume:
            return
        self._entry.async_create_task(
            self._hass, self._store.async_remove(), eager_start=True
        )
        if since is not None or resume.get("key") != play.key:
            return
        try:
            position = int(resume["position"])
            gap = play.seen_at - int(resume["position_at"])
            heard = int(resume["heard"])
            play_id = int(resume["play_id"])
            started_at = int(resume["started_at"])
        except KeyError, TypeError, ValueError:
            return
        advanced = play.position - position
        if (
            advanced < -BACKWARDS_MS
            or advanced > gap + BACKWARDS_MS
            or gap - advanced >= PAUSE_LIMIT_MS
        ):
            # Started over, something else played in between, or it stood
            # still for longer than a pause lasts: a new stream.
            return
        play.heard = heard + max(advanced, 0)
        play.started_at = started_at
        play.play_id = play_id

    @callback
    def _close_finished_or(self, reason_end: str | None, skipped: bool | None) -> None:
        """Record the open play: done if heard to its end, else as given."""
        if self.current is not None and self.current.finished():
            self._close("trackdone", False)
        else:
            self._close(reason_end, skipped)

    @callback
    def _close(self, reason_end: str | None, skipped: bool | None) -> None:
        """Record the open play, in order with the others."""
        play, self.current = self.current, None
        if play is None:
            return
        task = self._entry.async_create_task(
            self._hass,
            self._async_record(play, reason_end, skipped),
            f"{DOMAIN} record play {self.account}",
            eager_start=True,
        )
        if not task.done():
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    def _record(
        self, play: OpenPlay, reason_end: str | None, skipped: bool | None
    ) -> PlayRecord:
        item = play.item
        kind = PLAYABLE_KINDS.get(item.kind, PlayKind.OTHER)
        episode = kind is PlayKind.EPISODE
        return PlayRecord(
            account=self.account,
            source=Source.SPOTIFY_PLAYER,
            ended_at=play.end_at,
            ms_played=play.heard,
            kind=kind,
            title=item.name,
            # An episode's show stands where an artist would, as in the export.
            artist=(item.show if episode else None)
            or (item.artists[0] if item.artists else None),
            album=None if episode else item.album,
            # Local files have no catalog URI: keyed by their names, like the
            # export's rows of them.
            item_uri=None if item.is_local else item.uri,
            context_uri=play.context_uri,
            device=play.device,
            source_kind=SourceKind.SPOTIFY.value,
            reason_end=reason_end,
            shuffle=play.shuffle,
            skipped=skipped,
            incognito=play.incognito,
            started_at=play.started_at,
        )

    async def _async_record(
        self, play: OpenPlay, reason_end: str | None, skipped: bool | None
    ) -> int | None:
        """Store one play; returns its row (None if nothing was heard)."""
        if play.heard <= 0:
            return None
        record = self._record(play, reason_end, skipped)
        try:
            if (stored_id := play.play_id) is not None:
                play_id = await self._manager.async_write(
                    lambda conn, state: state.extend_play(
                        conn,
                        play_id=stored_id,
                        record=record,
                        window_ms=MERGE_WINDOW_MS,
                    )
                )
                async_dispatcher_send(
                    self._hass,
                    SIGNAL_PLAYS_RECORDED,
                    [RecordedPlay(play_id, record, merged=True)],
                )
            else:
                recorded = await self._manager.async_record([record], MERGE_WINDOW_MS)
                if not recorded:
                    return None  # the very same stream is stored already
                play_id = recorded[0].play_id
                self.counts["merged"] += recorded[0].merged
        except Exception as err:  # noqa: BLE001 - the player must go on
            self.counts["failed"] += 1
            self.last_error = f"{type(err).__name__}: {err}"[:500]
            LOGGER.warning(
                "Could not record what %s played: %s", self.account, self.last_error
            )
            return None
        self.counts["plays_recorded"] += 1
        self.last_recorded = dt_util.utcnow()
        self.last_error = None
        if record.item_uri is not None:
            # The cover the player showed: the page's top lists show it too.
            await async_keep_seen(self._manager, {record.item_uri: play.item.image_url})
        if (
            not self._stopped
            and self._job_written_at is not None
            and self.last_recorded - self._job_written_at >= JOB_INTERVAL
        ):
            await self._async_update_job()
        return play_id
