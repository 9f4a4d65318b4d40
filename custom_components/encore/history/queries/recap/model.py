"""What a recap holds: its figures, as the doors read them (`recap`)."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ...models import PlayKind, Source
from ..model import TopEntry

TOP = 5
"""Entries of each top list."""
PLAYLIST = 50
"""Track URIs returned in order, for a playlist of the recap."""
ROOM_BITS = (1 << Source.SONOS) | (1 << Source.MEDIA_PLAYER)
_TRACK = int(PlayKind.TRACK)
_EPISODE = int(PlayKind.EPISODE)
# 1970-01-01 was a Thursday: day 0 + 3 is a Monday's weekday number 0.
_THURSDAY = 3


class RecapStatus(StrEnum):
    """Whether there is anything to tell."""

    READY = "ready"
    NOTHING_YET = "nothing_to_recap_yet"


def minutes(ms: int) -> int:
    """Milliseconds as whole minutes, half up."""
    return (ms + 30_000) // 60_000


@dataclass(frozen=True, slots=True)
class DayFigure:
    """A local day and its minutes."""

    day: date
    minutes: int


@dataclass(frozen=True, slots=True)
class Streak:
    """The longest run of local days in a row with a play."""

    days: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class SongOnRepeat:
    """The track played most within one local week."""

    song: TopEntry
    week_start: date
    plays: int


@dataclass(frozen=True, slots=True)
class Moment:
    """A play named: the first or the last song of the period."""

    name: str
    artist: str | None
    uri: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class Habits:
    """When it was listened to (local)."""

    top_day: DayFigure
    busiest_weekday: str
    busiest_hour: int
    longest_streak: Streak
    days: int
    """Local days with a play."""


@dataclass(frozen=True, slots=True)
class MusicRecap:
    """The music of the period."""

    plays: int
    ms_played: int
    minutes: int
    artists: int
    songs: int
    albums: int
    top_artists: list[TopEntry]
    top_songs: list[TopEntry]
    top_albums: list[TopEntry]
    habits: Habits
    discoveries: int
    top_discoveries: list[TopEntry]
    """The biggest discoveries, the first the biggest."""
    on_repeat: SongOnRepeat | None
    first_song: Moment
    last_song: Moment
    song_uris: list[str]
    """The top songs' Spotify URIs in order (at most `PLAYLIST`)."""


@dataclass(frozen=True, slots=True)
class PodcastRecap:
    """The podcasts of the period."""

    plays: int
    ms_played: int
    minutes: int
    shows: int
    episodes: int
    top_shows: list[TopEntry]
    habits: Habits


@dataclass(frozen=True, slots=True)
class Comparison:
    """Against the period before (`previous_bounds`)."""

    start: datetime
    end: datetime
    music_minutes: int
    podcast_minutes: int
    minutes_change: int
    """This period's music and podcast minutes less the previous period's."""
    direction: str
    """"up", "down" or "same"."""
    previous_number_one: TopEntry | None
    """The previous period's top artist."""
    new_number_one: bool
    """This period's top artist is another than the previous period's."""


@dataclass(frozen=True, slots=True)
class Room:
    """A room (speaker or player) and its minutes."""

    name: str
    plays: int
    minutes: int


@dataclass(frozen=True, slots=True)
class Listener:
    """One person of a household recap."""

    person: str
    plays: int
    minutes: int
    number_one_artist: TopEntry | None
    number_one_song: TopEntry | None


@dataclass(frozen=True, slots=True)
class Shared:
    """Something several people played ("common ground")."""

    entry: TopEntry
    people: list[str]


@dataclass(frozen=True, slots=True)
class HouseholdRecap:
    """Who listened most, each one's number one, and common ground."""

    listeners: list[Listener]
    """Most minutes first."""
    common_artists: list[Shared]
    common_songs: list[Shared]


@dataclass(frozen=True, slots=True)
class Recap:
    """A period summed up; `status` NOTHING_YET holds no figures at all."""

    status: RecapStatus
    start: datetime
    end: datetime
    music: MusicRecap | None = None
    podcasts: PodcastRecap | None = None
    comparison: Comparison | None = None
    rooms: list[Room] | None = None
    """None when no speaker or player recorded a play (the export alone)."""
    household: HouseholdRecap | None = None
    """None unless two people or more played in the period."""
