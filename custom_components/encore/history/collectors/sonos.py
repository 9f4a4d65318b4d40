"""Plays heard on a Sonos household, from the speakers' own events.

Members of a group play their coordinator's stream, so there is one tracker
per group coordinator and one play per group: its device names the group's
rooms, the coordinator's first ("Kitchen + Living Room + TV Room" for a group
of three), so every room of a group counts as having played it.

Spotify played by the speakers (from the queue or through Spotify Connect) is
recorded under the Spotify account the household's options name, else under
the only Spotify account set up in Encore: the account's own collectors see the
same stream, and the history merges the two into one play. Everything else
(radio, line-in, TV, AirPlay, the music library) is the household's own.

A group's coordinator can change while the music goes on (the coordinator
leaves, another member takes over): the stream ends on one tracker and goes on
on another. A play that ended because its player stopped or went away is
therefore held for `HANDOVER` before it is written; if the same item starts on
another group meanwhile (or had just started there), it continues there.

Announcements are never plays. An audio clip plays over the music, which goes
on (ducked): the transport never shows the clip. An announcement played on the
transport instead (snapshot, play, restore) sets the coordinator's
`interrupted` to what played before: meanwhile that item counts as paused, so
the music stays one play, heard for the time it really played.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, Event, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from ...const import CONF_KIND, CONF_SPOTIFY_ACCOUNT, DOMAIN, LOGGER, EntryKind
from ...sonos.commands import PLAY_MODE_PARTS
from ...sonos.household import SonosHousehold
from ...sonos.media import (
    GROUP_URI_PREFIX,
    QUEUE_URI_PREFIX,
    NowPlaying,
    SourceKind as SonosSourceKind,
)
from ...sonos.speaker import SonosSpeaker
from ..attribution import async_attribute
from ..attribution.situation import PLAYER_DOMAIN, async_starters
from ..manager import HistoryManager, async_get_manager
from ..models import JobKind, PlayKind, Source, SourceKind
from ..store.schema import SONOS_ACCOUNT_PREFIX
from .playtime import (
    HeardPlay,
    MediaItem,
    Observation,
    PlayRecorder,
    PlayState,
    PlayTracker,
)

JOB_KIND: Final = JobKind.SONOS
# How a group's device names its rooms ("Living Room + Kitchen"), as the
# queries read it.
GROUP_JOIN: Final = " + "
# A speaker's play and the Spotify account's view of it end within a poll
# interval or two of each other (the player polls every 2 min at most).
WINDOW_MS: Final = 180_000
# How long a play that stopped waits for the same stream to go on elsewhere.
HANDOVER: Final = timedelta(seconds=10)

_STATES: Final = {
    "PLAYING": PlayState.PLAYING,
    "TRANSITIONING": PlayState.PLAYING,
    "PAUSED_PLAYBACK": PlayState.PAUSED,
}
_SOURCE_KINDS: Final = {
    SonosSourceKind.SPOTIFY: SourceKind.SPOTIFY,
    SonosSourceKind.SPOTIFY_CONNECT: SourceKind.SPOTIFY,
    SonosSourceKind.AIRPLAY: SourceKind.AIRPLAY,
    SonosSourceKind.RADIO: SourceKind.RADIO,
    SonosSourceKind.LINE_IN: SourceKind.LINE_IN,
    SonosSourceKind.TV: SourceKind.TV,
    SonosSourceKind.LIBRARY: SourceKind.LIBRARY,
}
# The sound of an alarm without music of its own.
CHIME_URI_PREFIX: Final = "x-rincon-buzzer:"
_LINE_IN_TITLE: Final = "Line-in"
_TV_TITLE: Final = "TV"


def sonos_item(playing: NowPlaying) -> MediaItem | None:
    """Describe what a coordinator plays as the history sees it; None for nothing.

    The alarm chime (`x-rincon-buzzer:`) is a sound, never a play.
    """
    source = playing.source
    if (
        source is SonosSourceKind.NONE
        or not (playing.track_uri or playing.title)
        or playing.track_uri.startswith(CHIME_URI_PREFIX)
    ):
        return None
    source_kind = _SOURCE_KINDS.get(source, SourceKind.OTHER)
    duration_ms = playing.duration * 1000 if playing.duration else None
    if (uri := playing.spotify_uri) is not None:
        # The Spotify URI is the identity: the account's collectors use it too.
        return MediaItem(
            key=uri,
            kind=PlayKind.EPISODE
            if uri.startswith("spotify:episode:")
            else PlayKind.TRACK,
            title=playing.title,
            artist=playing.artist,
            album=playing.album,
            item_uri=uri,
            source_kind=SourceKind.SPOTIFY,
            duration_ms=duration_ms,
        )
    if source is SonosSourceKind.RADIO:
        # Each song the station names is a stream of its own; between songs
        # (or on stations that name none) the station itself plays.
        if playing.artist and playing.title:
            return MediaItem(
                key=f"{playing.track_uri}|{playing.artist}|{playing.title}",
                kind=PlayKind.TRACK,
                title=playing.title,
                artist=playing.artist,
                source_kind=source_kind,
            )
        title = playing.title or playing.channel
        return MediaItem(
            key=f"{playing.track_uri}|{title or ''}",
            kind=PlayKind.OTHER,
            title=title,
            source_kind=source_kind,
        )
    if source in (SonosSourceKind.LINE_IN, SonosSourceKind.TV):
        default = _LINE_IN_TITLE if source is SonosSourceKind.LINE_IN else _TV_TITLE
        return MediaItem(
            key=playing.track_uri,
            kind=PlayKind.OTHER,
            title=playing.title or default,
            source_kind=source_kind,
        )
    if source is SonosSourceKind.AIRPLAY:
        # One URI for the whole session: the song is told by its metadata.
        return MediaItem(
            key=f"{playing.track_uri}|{playing.artist or ''}|{playing.title or ''}",
            kind=PlayKind.TRACK if playing.title else PlayKind.OTHER,
            title=playing.title,
            artist=playing.artist,
            album=playing.album,
            source_kind=source_kind,
            duration_ms=duration_ms,
        )
    # A file or a stream of the queue: its URI names it, metadata may come later.
    return MediaItem(
        key=playing.track_uri or f"|{playing.artist or ''}|{playing.title or ''}",
        kind=PlayKind.TRACK,
        title=playing.title,
        artist=playing.artist,
        album=playing.album,
        source_kind=source_kind,
        duration_ms=duration_ms,
    )


@dataclass(slots=True)
class _Held:
    """A play that stopped, waiting to see whether it goes on elsewhere."""

    play: HeardPlay
    origin: PlayTracker


class SonosCollector:
    """Records what a household's groups play, one tracker per coordinator."""

    def __init__(self, household: SonosHousehold, manager: HistoryManager) -> None:
        """Prepare; `async_start` follows the speakers."""
        self.household = household
        self.hass = household.hass
        self.account = f"{SONOS_ACCOUNT_PREFIX}{household.household_id}"
        self.recorder = PlayRecorder(
            self.hass,
            manager,
            kind=JOB_KIND,
            account=self.account,
            window_ms=WINDOW_MS,
        )
        self._trackers: dict[str, PlayTracker] = {}
        self._followed: dict[SonosSpeaker, CALLBACK_TYPE] = {}
        self._held: list[_Held] = []
        self._held_timer: CALLBACK_TYPE | None = None
        self._unsub_stop: CALLBACK_TYPE | None = None

    @property
    def running(self) -> bool:
        """Whether plays are being recorded."""
        return self.recorder.running

    def status(self) -> dict[str, Any]:
        """Plays recorded, merged and lost, the last play, and whether it runs."""
        return self.recorder.status()

    async def async_start(self) -> None:
        """Open the job, then follow every speaker the household has."""
        await self.recorder.async_start()
        # Who starts the players from now on: whose their plays are.
        async_starters(self.hass)
        # Entries are not unloaded when Home Assistant stops: end the job and
        # keep what was heard before the history closes.
        self._unsub_stop = self.hass.bus.async_listen_once(
            EVENT_HOMEASSISTANT_STOP, self._async_hass_stopping
        )
        self.async_speakers_changed()

    async def _async_hass_stopping(self, _event: Event) -> None:
        self._unsub_stop = None
        await self.async_stop()

    async def async_stop(self) -> None:
        """Record what is playing so far and every held play; end the job."""
        if not self.recorder.running:
            return
        if self._unsub_stop is not None:
            self._unsub_stop()
            self._unsub_stop = None
        for remove in self._followed.values():
            remove()
        self._followed.clear()
        if self._held_timer is not None:
            self._held_timer()
            self._held_timer = None
        now = dt_util.utcnow()
        plays = [held.play for held in self._held]
        self._held.clear()
        for tracker in self._trackers.values():
            plays += tracker.flush(now)
        self._trackers.clear()
        self._write(plays)
        await self.recorder.async_stop()

    @callback
    def async_speakers_changed(self) -> None:
        """Follow speakers that joined the household; let go of removed ones."""
        if not self.recorder.running:
            return
        speakers = set(self.household.speakers.values())
        for speaker in speakers - self._followed.keys():
            self._followed[speaker] = speaker.async_add_listener(self._async_update)
        for speaker in self._followed.keys() - speakers:
            self._followed.pop(speaker)()
        self._async_update()

    # Following the groups ------------------------------------------------------------

    def _coordinators(self) -> dict[str, SonosSpeaker]:
        """Speakers that answer and coordinate a group, by uid.

        A speaker the topology already names coordinator may still report the
        group it left (its own event comes later): it counts once it does not.
        """
        topology = self.household.topology
        return {
            uid: speaker
            for uid, speaker in self.household.speakers.items()
            if speaker.available
            and uid in topology.members
            and topology.coordinator_of(uid) == uid
            and not speaker.transport_uri.startswith(GROUP_URI_PREFIX)
        }

    def _device(self, coordinator: SonosSpeaker) -> str:
        others = sorted(
            speaker.name
            for speaker in self.household.group_of(coordinator)
            if speaker is not coordinator
        )
        return GROUP_JOIN.join([coordinator.name, *others])

    def _observe(self, speaker: SonosSpeaker, now: datetime) -> Observation:
        if (before := speaker.interrupted) is not None:
            # An announcement plays instead of the music (or it is being put
            # back): the sound is no play, and the music is paused meanwhile,
            # so it stays one play whose time excludes the announcement.
            return Observation(
                state=PlayState.PAUSED,
                item=sonos_item(before),
                at=now,
                device=self._device(speaker),
            )
        state = _STATES.get(speaker.transport_state or "", PlayState.STOPPED)
        position = speaker.position
        shuffle = None
        if speaker.transport_uri.startswith(QUEUE_URI_PREFIX):
            # The play mode belongs to the queue; radio and inputs have none.
            shuffle = PLAY_MODE_PARTS.get(speaker.play_mode, (False, ""))[0]
        return Observation(
            state=state,
            item=sonos_item(speaker.now_playing),
            at=now,
            position_ms=None if position is None else position * 1000,
            position_at=speaker.position_updated_at,
            device=self._device(speaker),
            shuffle=shuffle,
        )

    @callback
    def _async_update(self) -> None:
        """Look at every coordinator after any speaker changed."""
        if not self.recorder.running:
            return
        now = dt_util.utcnow()
        coordinators = self._coordinators()
        for uid in [uid for uid in self._trackers if uid not in coordinators]:
            # Joined another group, left the household, or stopped answering.
            tracker = self._trackers.pop(uid)
            self._stopped(tracker, tracker.flush(now))
        for uid, speaker in coordinators.items():
            tracker = self._trackers.setdefault(uid, PlayTracker())
            before = (tracker.item.key if tracker.item else None, tracker.since)
            ended = tracker.observe(self._observe(speaker, now))
            if tracker.item is None:
                self._stopped(tracker, ended)
            else:
                self._write(ended)
                if (tracker.item.key, tracker.since) != before:
                    self._claim(tracker, now)

    # Handing a stream over between coordinators ---------------------------------------

    @callback
    def _stopped(self, tracker: PlayTracker, ended: list[HeardPlay]) -> None:
        """Write what a stopped tracker ended; its last stream may go on elsewhere."""
        if ended:
            *earlier, last = ended
            self._write(earlier)
            self._hold(last, tracker)

    @callback
    def _hold(self, play: HeardPlay, origin: PlayTracker) -> None:
        """Keep a stopped play for a moment, or give it to where it goes on."""
        for tracker in self._trackers.values():
            since = tracker.since
            if (
                tracker is not origin
                and since is not None
                and abs(since - play.ended_at) <= HANDOVER
                and tracker.adopt(play)
            ):
                return
        self._held.append(_Held(play, origin))
        self._schedule_held()

    @callback
    def _claim(self, tracker: PlayTracker, now: datetime) -> None:
        """Continue, on a tracker that began an item, the same stream stopped elsewhere."""
        for held in self._held:
            if (
                held.origin is not tracker
                and now - held.play.ended_at <= HANDOVER
                and tracker.adopt(held.play)
            ):
                self._held.remove(held)
                return

    @callback
    def _schedule_held(self) -> None:
        if self._held_timer is not None or not self._held:
            return
        due = min(held.play.ended_at for held in self._held) + HANDOVER
        self._held_timer = async_call_later(
            self.hass,
            max(0.0, (due - dt_util.utcnow()).total_seconds()),
            self._async_held_due,
        )

    @callback
    def _async_held_due(self, _now: datetime) -> None:
        self._held_timer = None
        now = dt_util.utcnow()
        due = [held for held in self._held if now - held.play.ended_at >= HANDOVER]
        self._held = [held for held in self._held if held not in due]
        self._write([held.play for held in due])
        self._schedule_held()

    # Writing ---------------------------------------------------------------------------

    @callback
    def _write(self, plays: list[HeardPlay]) -> None:
        if plays:
            records = [
                play.record(self._account_for(play), Source.SONOS) for play in plays
            ]
            self.recorder.async_add(
                records,
                [
                    async_attribute(self.hass, record, self._players(play))
                    for record, play in zip(records, plays, strict=True)
                ],
            )

    def _players(self, play: HeardPlay) -> list[str]:
        """Return the players of the rooms a play was heard in, coordinator first."""
        rooms = (play.device or "").split(GROUP_JOIN)
        by_name = {
            speaker.name: uid for uid, speaker in self.household.speakers.items()
        }
        registry = er.async_get(self.hass)
        return [
            entity_id
            for room in rooms
            if (uid := by_name.get(room)) is not None
            and (entity_id := registry.async_get_entity_id(PLAYER_DOMAIN, DOMAIN, uid))
        ]

    def _account_for(self, play: HeardPlay) -> str:
        """Use the Spotify account for Spotify streams when Encore knows which."""
        if play.item.item_uri is not None and (
            account := spotify_account_key(self.household)
        ):
            return account
        return self.account


def spotify_account_key(household: SonosHousehold) -> str | None:
    """Return the history account of the Spotify account the household plays with.

    The one chosen in the household's options (loaded or not: its user id is
    known either way), else the only Spotify account loaded in Encore. With
    several and none chosen, nobody can tell which one the speakers use.
    """
    hass = household.hass
    entries = hass.config_entries
    chosen = household.entry.options.get(CONF_SPOTIFY_ACCOUNT)
    if chosen and (entry := entries.async_get_entry(chosen)) is not None:
        if entry.domain == DOMAIN and _is_spotify(entry.data) and entry.unique_id:
            return entry.unique_id
        LOGGER.debug("The household's Spotify account %s is not one", chosen)
    loaded = [
        entry.unique_id
        for entry in entries.async_entries(DOMAIN)
        if _is_spotify(entry.data)
        and entry.state is ConfigEntryState.LOADED
        and entry.unique_id
    ]
    return loaded[0] if len(loaded) == 1 else None


def _is_spotify(data: Mapping[str, Any]) -> bool:
    return bool(data.get(CONF_KIND, EntryKind.SPOTIFY) == EntryKind.SPOTIFY)


async def async_start_recording(household: SonosHousehold) -> None:
    """Record the household's plays; never at the speakers' cost.

    Called once the household is set up and its speakers are known.
    """
    manager = async_get_manager(household.hass)
    if not manager.is_open:
        return
    collector = SonosCollector(household, manager)
    try:
        await collector.async_start()
    except Exception:  # noqa: BLE001 - logged; the speakers go on without it
        LOGGER.exception("Recording plays of Sonos %s failed", household.household_id)
        return
    household.attach_history(collector)
