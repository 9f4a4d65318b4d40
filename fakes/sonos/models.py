"""Plain data the emulator keeps: speaker models, tracks, queue items, favorites."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
import time

# Transport states a Sonos speaker reports.
STATE_PLAYING = "PLAYING"
STATE_PAUSED = "PAUSED_PLAYBACK"
STATE_STOPPED = "STOPPED"
STATE_TRANSITIONING = "TRANSITIONING"

# Play modes: (shuffle, repeat) where repeat is False, True or "ONE".
PLAY_MODES: dict[str, tuple[bool, bool | str]] = {
    "NORMAL": (False, False),
    "SHUFFLE_NOREPEAT": (True, False),
    "SHUFFLE": (True, True),
    "REPEAT_ALL": (False, True),
    "SHUFFLE_REPEAT_ONE": (True, "ONE"),
    "REPEAT_ONE": (False, "ONE"),
}

CLASS_MUSIC_TRACK = "object.item.audioItem.musicTrack"
CLASS_AUDIO_BROADCAST = "object.item.audioItem.audioBroadcast"
CLASS_LINE_IN = "object.item.audioItem.linein"
CLASS_PLAYLIST = "object.container.playlistContainer"
CLASS_ALBUM = "object.container.album.musicAlbum"
CLASS_FAVORITE = "object.itemobject.item.sonos-favorite"


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    """A Sonos product as the emulator presents it."""

    name: str
    number: str
    display_name: str
    has_line_in: bool = False
    has_tv: bool = False
    is_soundbar: bool = False
    # Speech enhancement as a 0-4 level and an on/off switch (Arc Ultra).
    is_ultra_soundbar: bool = False
    # A subwoofer output of its own (Amp): crossover and sub gain without a Sub.
    has_sub_output: bool = False
    has_battery: bool = False
    has_microphone: bool = False
    hardware_version: str = "1.20.1.6-2.1"
    zone_type: int = 25
    icon: str = "x-rincon-roomicon:living"


SONOS_ONE = SpeakerModel("Sonos One", "S18", "One", zone_type=25, has_microphone=True)
SONOS_ARC = SpeakerModel(
    "Sonos Arc",
    "S19",
    "Arc",
    has_tv=True,
    is_soundbar=True,
    has_microphone=True,
    zone_type=33,
)
SONOS_FIVE = SpeakerModel("Sonos Five", "S23", "Five", has_line_in=True, zone_type=6)
SONOS_PLAY5 = SpeakerModel("Play:5", "S6", "Play:5", has_line_in=True, zone_type=6)
SONOS_ARC_ULTRA = SpeakerModel(
    "Sonos Arc Ultra",
    "S45",
    "Arc Ultra",
    has_tv=True,
    is_soundbar=True,
    is_ultra_soundbar=True,
    has_microphone=True,
    zone_type=33,
)
SONOS_AMP = SpeakerModel(
    "Sonos Amp",
    "S16",
    "Amp",
    has_line_in=True,
    has_tv=True,
    is_soundbar=True,
    has_sub_output=True,
    zone_type=20,
)
SONOS_ROAM = SpeakerModel(
    "Sonos Roam",
    "S27",
    "Roam",
    has_battery=True,
    has_microphone=True,
    zone_type=42,
)

MODELS: dict[str, SpeakerModel] = {
    model.number: model
    for model in (
        SONOS_ONE,
        SONOS_ARC,
        SONOS_FIVE,
        SONOS_PLAY5,
        SONOS_ARC_ULTRA,
        SONOS_AMP,
        SONOS_ROAM,
    )
}


@dataclass(slots=True)
class Alarm:
    """A household alarm, as ``ListAlarms`` reports it."""

    alarm_id: int
    start_time: str
    duration: str
    recurrence: str
    enabled: bool
    room_uuid: str
    program_uri: str = "x-rincon-buzzer:0"
    program_metadata: str = ""
    play_mode: str = "SHUFFLE_NOREPEAT"
    volume: int = 25
    include_linked_zones: bool = False


@dataclass(slots=True)
class TrackMetadata:
    """What a speaker knows about one playable item (DIDL-Lite fields)."""

    title: str
    item_class: str = CLASS_MUSIC_TRACK
    artist: str | None = None
    album: str | None = None
    album_art_uri: str | None = None
    duration: int | None = None
    protocol_info: str = "http-get:*:audio/mpeg:*"
    desc: str | None = None
    stream_content: str | None = None
    radio_show: str | None = None
    item_id: str = "-1"
    parent_id: str = "-1"

    def copy(self, **changes: object) -> TrackMetadata:
        """Return a copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(slots=True)
class QueueItem:
    """One entry of a speaker queue or of a Sonos playlist."""

    uri: str
    metadata: TrackMetadata
    # What was enqueued to produce this item (a container or the track itself):
    # reported as r:EnqueuedTransportURI(MetaData) while the item plays.
    source_uri: str = ""
    source_metadata: str = ""

    def copy(self) -> QueueItem:
        """Return an independent copy."""
        return QueueItem(
            self.uri, self.metadata.copy(), self.source_uri, self.source_metadata
        )


@dataclass(slots=True)
class Favorite:
    """A Sonos favorite (household wide, browsed as ``FV:2``)."""

    title: str
    uri: str
    # DIDL-Lite of the referenced object, returned escaped in r:resMD.
    resource_metadata: str
    protocol_info: str = "x-rincon-mp3radio:*:*:*"
    description: str = ""
    favorite_type: str = "instantPlay"
    album_art_uri: str | None = None
    favorite_id: int = 0


@dataclass(slots=True)
class SonosPlaylist:
    """A Sonos playlist (saved queue, browsed as ``SQ:<id>``)."""

    playlist_id: int
    title: str
    tracks: list[QueueItem] = field(default_factory=list)
    update_id: int = 1

    @property
    def item_id(self) -> str:
        """The ContentDirectory object id, e.g. ``SQ:3``."""
        return f"SQ:{self.playlist_id}"

    @property
    def uri(self) -> str:
        """The URI a controller enqueues to play this playlist."""
        return f"file:///jffs/settings/savedqueues.rsq#{self.playlist_id}"


class EmulatorClock:
    """The time source of a household: real monotonic time plus a manual offset.

    Tests that freeze time (freezegun) can still move playback forward with
    :meth:`advance`. Everything time dependent in the emulator (positions, track
    changes, subscription expiry, sleep timers) reads :meth:`now`.
    """

    def __init__(self, source: Callable[[], float] = time.monotonic) -> None:
        """Use ``source`` (default ``time.monotonic``) as the base clock."""
        self._source = source
        self._offset = 0.0

    @classmethod
    def manual(cls, start: float = 1000.0) -> EmulatorClock:
        """Return a clock that only moves with :meth:`advance` (deterministic tests)."""
        return cls(lambda: start)

    def now(self) -> float:
        """Return the current emulator time in seconds."""
        return self._source() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the emulator time forward by ``seconds``."""
        if seconds < 0:
            raise ValueError("the emulator clock cannot go back")
        self._offset += seconds


def format_duration(seconds: float | None) -> str:
    """Format seconds as Sonos does (``H:MM:SS``); ``None`` gives ``0:00:00``."""
    total = max(0, int(seconds or 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def parse_duration(text: str) -> int | None:
    """Parse ``H:MM:SS`` (or ``H:MM:SS.mmm``) into seconds; ``None`` if malformed."""
    parts = text.strip().split(":")
    if len(parts) != 3:
        return None
    try:
        hours, minutes = int(parts[0]), int(parts[1])
        seconds = float(parts[2])
    except ValueError:
        return None
    if hours < 0 or not 0 <= minutes < 60 or not 0 <= seconds < 60:
        return None
    return hours * 3600 + minutes * 60 + int(seconds)
