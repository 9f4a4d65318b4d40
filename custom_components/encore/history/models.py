"""What one stream looks like on its way into the history."""

from enum import IntEnum, StrEnum
from typing import NamedTuple


class PlayKind(IntEnum):
    """What was streamed; stored as a small integer."""

    TRACK = 0
    EPISODE = 1
    AUDIOBOOK = 2
    OTHER = 3


class Source(IntEnum):
    """Which collector or importer recorded a stream; stored as a small integer.

    The order is also the merge priority for `ms_played`: an observer that saw
    the stream (player, speaker) knows better than recently-played, which only
    gives the track's length.
    """

    EXPORT_EXTENDED = 0
    EXPORT_ACCOUNT = 1
    SPOTIFY_RECENT = 2
    SPOTIFY_PLAYER = 3
    SONOS = 4
    MEDIA_PLAYER = 5


class SourceKind(StrEnum):
    """Where the sound came from, as far as the collector can tell."""

    SPOTIFY = "spotify"
    RADIO = "radio"
    AIRPLAY = "airplay"
    LINE_IN = "line_in"
    TV = "tv"
    LIBRARY = "library"
    OTHER = "other"


class PlayRecord(NamedTuple):
    """One stream, normalised; a tuple because the importer makes millions.

    Times are integer milliseconds since the epoch, UTC. `started_at` defaults
    to `ended_at - ms_played` when the source does not say.
    """

    account: str
    """Spotify user id, `sonos:<household id>` or `media_player:<entity id>`."""
    source: Source
    ended_at: int
    ms_played: int
    kind: PlayKind
    title: str | None
    """Track, episode or chapter name."""
    artist: str | None
    """Artist, show or audiobook author."""
    album: str | None
    """Album, or the audiobook's title."""
    item_uri: str | None = None
    artist_uri: str | None = None
    context_uri: str | None = None
    device: str | None = None
    """Device or platform name; never an address or a user agent."""
    source_kind: str | None = None
    reason_start: str | None = None
    reason_end: str | None = None
    shuffle: bool | None = None
    skipped: bool | None = None
    offline: bool | None = None
    incognito: bool | None = None
    started_at: int | None = None
