"""What the history's queries take and return: scopes, rules, answers.

Every answer is a frozen dataclass of plain values, datetimes and enums;
`to_dict` turns any of them (or lists and dicts of them) into JSON-friendly
values: datetimes and dates as ISO strings, enums as their values.
"""

from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, Self

from homeassistant.exceptions import ServiceValidationError

from ...const import DOMAIN
from ..models import AttributionRule, Certainty, PlayKind, Source


class HistorySettlingError(ServiceValidationError):
    """A first import is still counting its plays into the time buckets.

    A refusal to ask again shortly, not an error for the administrator: HTTP
    400 and no ERROR line for each question the page asks during an import
    (issue 43.12), as other refusals.

    In bulk mode (`store.bulk`) the plays an import stored are in the table
    but not yet in the buckets most answers read; an answer then would
    disagree with the stored plays (no streams, yet thousands of artists).
    Every answer says the history is settling instead, until the import's
    end counts them (seconds after its last file).
    """

    def __init__(self, stored: int) -> None:
        """Say how many plays the import has stored so far."""
        super().__init__(
            translation_domain=DOMAIN,
            translation_key="history_settling",
            translation_placeholders={"stored": f"{stored:,}"},
        )
        self.stored = stored


class PlayRule(StrEnum):
    """What counts as a play; every stream is stored whatever the rule.

    - `ALL`: every stream, skips included.
    - `THIRTY_SECONDS`: streams of 30 s or more, Spotify's own rule (the one
      behind Wrapped and the play counts of the app).
    - `LASTFM`: Last.fm's scrobbling rule: the track is longer than 30 s and
      played for at least half its length or 4 minutes, whichever comes
      first. Spotify's exports do not give lengths, so an item's length is
      approximated by the longest stream of it ever recorded, by any
      account, deleted since or not (`item_lengths`, kept by the writer; the
      collectors know lengths but the history does not store them). A track
      played to the end once has its true length, to within a second; one
      never played to the end seems shorter than it is, so more of its
      streams count (an item only ever skipped under 30 s counts none).
      Streams of 4 minutes or more always count, whatever is learnt later.
    """

    ALL = "all"
    THIRTY_SECONDS = "30s"
    LASTFM = "lastfm"


class TopKind(StrEnum):
    """What to rank, or what a name means.

    Artists, tracks and albums are music (streams of kind TRACK); shows are
    the podcasts of episodes. Audiobooks and streams Spotify lost the
    metadata of (kind OTHER) count in totals but are never ranked.
    """

    ARTIST = "artist"
    TRACK = "track"
    ALBUM = "album"
    SHOW = "show"


class RankBy(StrEnum):
    """Rank by the number of plays or by the time listened."""

    PLAYS = "plays"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose plays, seen by which source.

    `accounts` are account keys (Spotify user id, `sonos:<household>`,
    `media_player:<entity>`); None means every account, an empty tuple none.
    `source` keeps the plays that source saw, alone or with others: a play
    seen by recently-played and merged into by the player belongs to both.
    `kinds` keeps streams of those `PlayKind`s (None: every kind: "music" is
    tracks, "podcasts" episodes); `devices` those played on a device of those
    names (None: anywhere; the exports name none).
    """

    accounts: tuple[str, ...] | None = None
    source: Source | None = None
    kinds: tuple[int, ...] | None = None
    devices: tuple[str, ...] | None = None
    person: str | None = None
    """A person (entity id) whose plays these are: the plays of `accounts`
    that are still theirs, and every play attributed to them since
    (`store.attribution`), as sure as `most` or surer."""
    most: Certainty = Certainty.LIKELY


@dataclass(frozen=True, slots=True)
class TopEntry:
    """One line of a ranking.

    `rank` is a competition rank on the ranked measure (1, 2, 2, 4): equal
    counts share a rank. `plays` and `ms_played` are over the plays the rule
    counts. `artist` is the artist of a track or album, None for artists and
    shows. `uri` is Spotify's, when known. `image` is its artwork (a cover,
    an artist's picture: an https URL of Spotify's), when the history has it.
    """

    rank: int
    name: str
    artist: str | None
    plays: int
    ms_played: int
    uri: str | None
    image: str | None = None


@dataclass(frozen=True, slots=True)
class SkipEntry:
    """One line of the most skipped tracks or artists.

    `skips` are the music streams under 30 seconds (as `skip_rate` counts
    them), `streams` all its music streams in the period. `rank` is a
    competition rank on the skips. `artist` is a track's artist, None for
    artists.
    """

    rank: int
    name: str
    artist: str | None
    skips: int
    streams: int
    uri: str | None


@dataclass(frozen=True, slots=True)
class Totals:
    """How much was listened to in a period.

    `plays` and `ms_played` are over the plays the rule counts, of any kind
    (music, podcasts, audiobooks); `streams` and `ms_streamed` are over every
    stream, skips included: how long was listened, as the listening time
    sensors say. `artists` and `tracks` are the distinct music artists and
    tracks among the counted plays (what `top_items` would rank).
    """

    plays: int
    ms_played: int
    streams: int
    ms_streamed: int
    artists: int
    tracks: int


@dataclass(frozen=True, slots=True)
class Match:
    """What a spoken or typed name was taken to mean.

    `score` is 1.0 for an exact match (ignoring case, accents, punctuation
    and spacing), 0.9 for a prefix, and below 0.85 for a fuzzy one.
    """

    kind: TopKind
    name: str
    artist: str | None
    score: float

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        """Return itself: every field is immutable.

        A shared answer's askers may hold the same one
        (`store.reads.async_own_copy` deep-copies what it hands out).
        """
        return self


@dataclass(frozen=True, slots=True)
class PlayRow:
    """One stored stream, with names instead of ids.

    Times are aware UTC datetimes; `source` is the source that recorded the
    stream first (it may have been seen by others too).
    """

    ended_at: datetime
    started_at: datetime
    ms_played: int
    title: str | None
    artist: str | None
    album: str | None
    uri: str | None
    kind: PlayKind
    account: str
    source: Source
    device: str | None
    skipped: bool | None
    play_id: int = 0
    """The stored play's id: what a correction names (`store.attribution`)."""
    persons: tuple[str, ...] | None = None
    """Whose it is (person entity ids; empty: the household's). None: its
    Spotify account's persons, which the account's options name."""
    certainty: Certainty = Certainty.CERTAIN
    rule: AttributionRule = AttributionRule.ACCOUNT

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        """Return itself: every field is immutable.

        A shared answer's askers may hold the same one
        (`store.reads.async_own_copy` deep-copies what it hands out).
        """
        return self


@dataclass(frozen=True, slots=True)
class CountAnswer:
    """How often, and how long, something (or everything) was played."""

    match: Match | None
    plays: int
    ms_played: int


@dataclass(frozen=True, slots=True)
class RecentPlays:
    """The latest streams, newest first, and the name they were narrowed to."""

    match: Match | None
    """What an artist or track asked for was taken to mean; None without one
    or when nothing matched (then `plays` is empty)."""
    plays: list[PlayRow]


@dataclass(frozen=True, slots=True)
class FirstLast:
    """The first and the last play of something (or of anything)."""

    match: Match | None
    first: PlayRow | None
    last: PlayRow | None


@dataclass(frozen=True, slots=True)
class Streaks:
    """Runs of consecutive local days with at least one play.

    `current_days` is the run that ends today, or yesterday when nothing
    was played yet today (a streak is not broken before the day is over).
    The longest run is the earliest one on a tie.
    """

    current_days: int
    longest_days: int
    longest_start: date | None
    longest_end: date | None


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the history holds.

    `first`/`last` are the first and last stream's end (UTC); `days_with_data`
    counts local days with a stream; `sources` counts streams by the source
    that saw them (a stream seen by two counts for both); `gaps` are runs of
    7 days or more without a stream between the first and the last day (first
    and last day of each gap, local); `imported` counts the rows the export
    files added, by file kind, from the import jobs.
    """

    first: datetime | None
    last: datetime | None
    days_with_data: int
    sources: dict[str, int]
    gaps: list[tuple[date, date]]
    imported: dict[str, int]


def to_dict(value: Any) -> Any:
    """`value` with dataclasses as dicts, datetimes as ISO strings, enums as values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: to_dict(getattr(value, field.name)) for field in fields(value)
        }
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(to_dict(key)): to_dict(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_dict(item) for item in value]
    return value
