"""Spotify's recently-played list, polled into the history for one account.

Spotify reaches only the 50 most recent plays of an account, lists a track
once it finished and only when more than 30 s of it played, and leaves out
episodes, local files and private sessions (the now-playing collector fills
those in). 50 plays of more than 30 s span at least 25 minutes, so polling
every 20 minutes while something plays never lets the cap drop a play; while
nothing plays only the gaps between the player's polls can hold plays, and a
read every few hours (and one a minute after playback stops) is enough. The
waits come from the account's plan (`spotify/planner.py`), which also holds
the polls back while only the budget's reserve for commands is left.

Each poll asks for the plays after a cursor, the newest `played_at` stored
so far. The cursor lives in a `Store` of the entry and moves only after the
plays it covers were written: a poll that fails, or Home Assistant stopping
half-way, loses nothing and the next poll asks again.

Recently-played does not say how long a track played: records carry the
track's length as `ms_played`. An observer that saw the stream (the player
collector, a speaker) replaces it when their records merge.
"""

import asyncio
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
import re
from typing import Any, Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HassJob, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from ...const import DOMAIN, LOGGER
from ...spotify.client import RECENTLY_PLAYED_LIMIT, SpotifyClient
from ...spotify.coordinator import PlaybackCoordinator
from ...spotify.errors import SpotifyError, SpotifyRateLimitedError
from ...spotify.objects import PlayHistory
from ..artwork import async_keep_seen
from ..epoch import iso_seconds, to_ms
from ..manager import HistoryManager
from ..models import JobKind, PlayKind, PlayRecord, Source, SourceKind

JOB_KIND: Final = JobKind.SPOTIFY_RECENT
JOB_COMPLETED: Final = "completed"
JOB_FAILED: Final = "failed"

# `played_at` is roughly the end of a play, but clients disagree by seconds to
# a minute or two (some stamp the start). The merge already reaches one
# track length around a record; this is the slack on top of it.
MERGE_WINDOW: Final = timedelta(minutes=3)
MERGE_WINDOW_MS: Final = int(MERGE_WINDOW.total_seconds() * 1000)

# Let Home Assistant finish starting (and the player its first answers).
FIRST_POLL_DELAY: Final = timedelta(seconds=10)
# A track shows up a few seconds after it ended: the poll after playback
# stops waits a little, then fetches the last plays instead of 15 minutes on.
AFTER_STOP_DELAY: Final = timedelta(minutes=1)
# Playback since the last poll that may have left a play to fetch: Spotify
# lists nothing of 30 s or less.
MIN_LISTED_PLAY: Final = timedelta(seconds=30)
# After a failure: 2, 4, 8 minutes, never later than the regular interval.
RETRY_DELAY: Final = timedelta(minutes=2)
AFTER_GATE_REOPENS: Final = timedelta(seconds=1)
ERROR_TEXT_LIMIT: Final = 500

STORE_VERSION: Final = 1

_BEARER = re.compile(r"(Bearer\s+)[^\s'\",}]+", re.IGNORECASE)


def recent_store_key(entry_id: str) -> str:
    """Return the `Store` key of an entry's recently-played cursor."""
    return f"{DOMAIN}.{entry_id}.recently_played"


async def async_remove_recent_store(hass: HomeAssistant, entry_id: str) -> None:
    """Delete an entry's cursor (the account is being removed)."""
    await Store[dict[str, Any]](
        hass, STORE_VERSION, recent_store_key(entry_id), private=True
    ).async_remove()


def parse_played_at(value: str | None) -> int | None:
    """Return Spotify's `played_at` (`2026-02-25T20:15:20.497Z`) in epoch ms."""
    if value is None or (moment := dt_util.parse_datetime(value)) is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt_util.UTC)
    return to_ms(moment)


def record_from_item(account: str, item: PlayHistory) -> PlayRecord | None:
    """Turn one recently-played play into a record; None if it names no track."""
    played_at = parse_played_at(item.played_at)
    track = item.track
    if played_at is None or track is None:
        return None
    first_artist = next((artist for artist in track.artists if artist), None)
    is_episode = track.type == "episode"
    return PlayRecord(
        account=account,
        source=Source.SPOTIFY_RECENT,
        ended_at=played_at,
        # Recently-played does not say how long the track played: its length
        # stands in until an observer's record replaces it.
        ms_played=max(track.duration_ms or 0, 0),
        kind=PlayKind.EPISODE if is_episode else PlayKind.TRACK,
        title=track.name,
        artist=first_artist.name if first_artist else None,
        album=track.album.name if track.album else None,
        # Local files have no catalog URI: keyed by their names, like the
        # export's rows of them.
        item_uri=None if track.is_local else track.uri,
        artist_uri=first_artist.uri if first_artist else None,
        context_uri=item.context.uri if item.context else None,
        source_kind=SourceKind.SPOTIFY.value,
    )


def images_of_items(items: Iterable[PlayHistory]) -> dict[str, str | None]:
    """Return the covers recently played shows, by track URI (local files have none)."""
    images: dict[str, str | None] = {}
    for item in items:
        track = item.track
        if track is None or track.is_local or track.uri is None:
            continue
        images[track.uri] = track.cover()
    return images


def redact(text: str, secrets: Iterable[str]) -> str:
    """Remove bearer tokens and the given secrets from an error text."""
    text = _BEARER.sub(r"\1**REDACTED**", text)
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "**REDACTED**")
    return text[:ERROR_TEXT_LIMIT]


class RecentlyPlayedCollector:
    """Polls one account's recently-played list into the history."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        *,
        client: SpotifyClient,
        playback: PlaybackCoordinator,
        account: str,
        manager: HistoryManager,
    ) -> None:
        """Initialize; nothing runs before `async_start`."""
        self._hass = hass
        self._entry = entry
        self._client = client
        self._playback = playback
        self.account = account
        self._manager = manager
        self._store = Store[dict[str, Any]](
            hass, STORE_VERSION, recent_store_key(entry.entry_id), private=True
        )
        self._job = HassJob(
            self._on_timer, f"{DOMAIN} recently played", cancel_on_shutdown=True
        )
        self.cursor: int | None = None
        """The newest `played_at` stored (epoch ms): the next poll's `after`."""
        self.last_run: datetime | None = None
        self.last_success: datetime | None = None
        self.last_counts: dict[str, int] = {}
        self.last_error: str | None = None
        self.next_run: datetime | None = None
        self._failures = 0
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._unsub_playback: CALLBACK_TYPE | None = None
        self._task: asyncio.Task[None] | None = None
        self._playing = False
        self._played_since_poll = timedelta(0)
        self._playing_since: datetime | None = None
        self._stopped = True

    # -- life cycle -------------------------------------------------------

    async def async_start(self) -> None:
        """Load the cursor, follow the player and schedule the first poll."""
        data = await self._store.async_load() or {}
        after = data.get("after")
        self.cursor = after if isinstance(after, int) else None
        self._stopped = False
        self._unsub_playback = self._playback.async_add_listener(self._on_playback)
        self._on_playback()
        self._schedule(FIRST_POLL_DELAY)

    async def async_stop(self) -> None:
        """Stop polling; a poll under way finishes (its cursor is then saved)."""
        self._stopped = True
        self._cancel_timer()
        self.next_run = None
        if self._unsub_playback is not None:
            self._unsub_playback()
            self._unsub_playback = None
        if (task := self._task) is not None and not task.done():
            await asyncio.wait([task])

    @callback
    def status(self) -> dict[str, Any]:
        """Return what the collector did and will do, for diagnostics."""
        return {
            "cursor": iso_seconds(self.cursor),
            "last_run": _iso(self.last_run),
            "last_success": _iso(self.last_success),
            "next_run": _iso(self.next_run),
            "last_counts": dict(self.last_counts),
            "last_error": self.last_error,
            "failures": self._failures,
        }

    @callback
    def async_poll_soon(self, delay: timedelta = timedelta(0)) -> None:
        """Poll within `delay` (sooner if already due), e.g. for a sync service."""
        self._schedule_sooner(delay)

    # -- scheduling -------------------------------------------------------

    @callback
    def _schedule(self, delay: timedelta) -> None:
        self._cancel_timer()
        if self._stopped:
            return
        delay = max(delay, timedelta(0))
        self.next_run = dt_util.utcnow() + delay
        self._unsub_timer = async_call_later(self._hass, delay, self._job)

    @callback
    def _schedule_sooner(self, delay: timedelta) -> None:
        """Bring the next poll forward; a poll under way schedules its own."""
        if self._stopped or (self._task is not None and not self._task.done()):
            return
        when = dt_util.utcnow() + delay
        if self.next_run is None or when < self.next_run:
            self._schedule(delay)

    @callback
    def _cancel_timer(self) -> None:
        if self._unsub_timer is not None:
            self._unsub_timer()
            self._unsub_timer = None

    @callback
    def _on_timer(self, _now: datetime) -> None:
        self._unsub_timer = None
        if self._stopped or (self._task is not None and not self._task.done()):
            return
        self._task = self._entry.async_create_background_task(
            self._hass, self._async_poll(), f"{DOMAIN} recently played {self.account}"
        )

    def _interval(self) -> timedelta:
        plan = self._playback.plan
        return plan.recent_playing if self._playing else plan.recent_idle

    def _retry_delay(self) -> timedelta:
        delay: timedelta = RETRY_DELAY * (1 << min(max(self._failures - 1, 0), 8))
        return min(delay, self._interval())

    def _gate_wait(self) -> timedelta | None:
        """How long until the rate gate reopens or the budget lets polls out again."""
        until = self._client.gate.closed_until
        held = self._playback.plan.hold_until
        if until is None or (held is not None and held > until):
            until = held
        if until is None or (remaining := until - dt_util.utcnow()) <= timedelta(0):
            return None
        return remaining + AFTER_GATE_REOPENS

    @callback
    def _on_playback(self) -> None:
        """Poll more often while something plays, and soon after it stops."""
        state = self._playback.data
        playback = state.playback if state is not None else None
        playing = playback is not None and playback.is_playing
        now = dt_util.utcnow()
        if self._playing and self._playing_since is not None:
            self._played_since_poll += now - self._playing_since
        self._playing_since = now if playing else None
        was_playing, self._playing = self._playing, playing
        if playing and not was_playing:
            self._schedule_sooner(self._playback.plan.recent_playing)
        elif was_playing and not playing and self._played_since_poll >= MIN_LISTED_PLAY:
            self._schedule_sooner(AFTER_STOP_DELAY)

    # -- the poll ---------------------------------------------------------

    async def _async_poll(self) -> None:
        try:
            delay = await self._async_run()
        except Exception as err:  # noqa: BLE001 - the schedule must go on
            self._failures += 1
            self.last_error = self._error_text(err)
            LOGGER.warning(
                "Recently-played poll for %s failed: %s", self.account, self.last_error
            )
            delay = self._retry_delay()
        self._schedule(delay)

    async def _async_run(self) -> timedelta:
        """Run one poll; return when the next one should run."""
        if not self._manager.is_open:
            return self._interval()
        if (wait := self._gate_wait()) is not None:
            # No request, no job: the gate's listeners already show the wait.
            return wait
        after = self.cursor
        job_id = await self._manager.async_start_job(
            JOB_KIND, self.account, {"after": after}
        )
        self.last_run = dt_util.utcnow()
        # Playback from now on is for the next poll to fetch.
        played_before = self._played_since_poll
        self._played_since_poll = timedelta(0)
        if self._playing_since is not None:
            self._playing_since = self.last_run
        counts = {"fetched": 0, "stored": 0, "merged": 0, "duplicates": 0, "skipped": 0}
        try:
            items = await self._client.async_get_recently_played(after)
            counts["fetched"] = len(items)
            records, newest = self._records(items)
            counts["skipped"] = len(items) - len(records)
            recorded = await self._manager.async_record(records, MERGE_WINDOW_MS)
            # Every listed track's cover, those stored before included: the
            # export that holds most of a history has none.
            await async_keep_seen(self._manager, images_of_items(items))
            merged = sum(play.merged for play in recorded)
            counts["stored"] = len(recorded) - merged
            counts["merged"] = merged
            counts["duplicates"] = len(records) - len(recorded)
            if newest is not None and (self.cursor is None or newest > self.cursor):
                # Only now: the plays up to `newest` are in the database.
                await self._store.async_save({"after": newest})
                self.cursor = newest
        except Exception as err:
            # The playback since the last success still needs fetching.
            self._played_since_poll += played_before
            self._failures += 1
            self.last_error = self._error_text(err)
            self.last_counts = counts
            await self._manager.async_update_job(
                job_id, counts, status=JOB_FAILED, error=self.last_error
            )
            if isinstance(err, SpotifyRateLimitedError):
                return err.until - dt_util.utcnow() + AFTER_GATE_REOPENS
            if isinstance(err, SpotifyError):
                LOGGER.debug(
                    "Recently-played poll for %s failed: %s",
                    self.account,
                    self.last_error,
                )
                return self._retry_delay()
            raise
        self._failures = 0
        self.last_error = None
        self.last_counts = counts
        self.last_success = dt_util.utcnow()
        await self._manager.async_update_job(job_id, counts, status=JOB_COMPLETED)
        if after is not None and len(items) >= RECENTLY_PLAYED_LIMIT:
            # Every reachable play is newer than the cursor: some between the
            # cursor and the oldest listed one may have dropped out.
            LOGGER.warning(
                "Recently-played for %s was full since the last poll (%s): "
                "plays from before %s may be missing from the history",
                self.account,
                iso_seconds(after),
                iso_seconds(records[0].ended_at) if records else "now",
            )
        if not self._playing and self._played_since_poll >= MIN_LISTED_PLAY:
            # Playback stopped while this poll ran.
            return AFTER_STOP_DELAY
        return self._interval()

    def _records(self, items: list[PlayHistory]) -> tuple[list[PlayRecord], int | None]:
        """Return the plays after the cursor, oldest first, and the newest time.

        Spotify's pages may overlap the cursor (seen in real answers): a play
        at or before it was stored already and is left out, since a record
        sent twice would no longer match a play another source merged into.
        """
        newest: int | None = None
        seen: set[tuple[int, str | None, str | None]] = set()
        records: list[PlayRecord] = []
        for item in items:
            record = record_from_item(self.account, item)
            if record is None:
                continue
            if self.cursor is not None and record.ended_at <= self.cursor:
                continue
            key = (record.ended_at, record.item_uri, record.title)
            if key in seen:
                continue
            seen.add(key)
            records.append(record)
            newest = record.ended_at if newest is None else max(newest, record.ended_at)
        records.sort(key=lambda record: record.ended_at)
        return records, newest

    def _error_text(self, err: BaseException) -> str:
        """Return the error as the job stores it, never with a token in it."""
        text = (
            str(err)
            if isinstance(err, SpotifyError)
            else f"{type(err).__name__}: {err}"
        )
        token: Mapping[str, Any] = self._entry.data.get("token") or {}
        return redact(
            text,
            [
                str(token.get("access_token") or ""),
                str(token.get("refresh_token") or ""),
            ],
        )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")
