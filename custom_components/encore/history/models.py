"""What one stream looks like on its way into the history."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from itertools import compress, repeat
from typing import Any, Final, NamedTuple

# The play rules' thresholds (see queries' PlayRule). Here because the store's
# rollups are built by them too, and the store does not import the queries.
THIRTY_SECONDS_MS = 30_000
LASTFM_MIN_LENGTH_MS = 30_000
LASTFM_ENOUGH_MS = 240_000


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
    LASTFM = 6
    """A Last.fm scrobble (its API), of a play no other source holds."""
    LISTENBRAINZ = 7
    """A ListenBrainz listen (its export or API), of a play no other source holds."""


class SourceKind(StrEnum):
    """Where the sound came from, as far as the collector can tell."""

    SPOTIFY = "spotify"
    RADIO = "radio"
    AIRPLAY = "airplay"
    LINE_IN = "line_in"
    TV = "tv"
    LIBRARY = "library"
    OTHER = "other"


class Certainty(IntEnum):
    """How sure Encore is whose a play is; stored as a small integer.

    Lower is surer: "certain or likely" is `certainty <= LIKELY`.
    """

    CERTAIN = 0
    """A Spotify account's play, a play started by a person, a speaker's owner, a correction."""
    LIKELY = 1
    """Presence: the one person (or the few) at home or in the speaker's room."""
    HOUSEHOLD = 2
    """Nobody could be told: the household's, no person's."""


class AttributionRule(IntEnum):
    """The rule that decided whose a play is; stored as a small integer."""

    ACCOUNT = 0
    """The play of a Spotify account: its linked persons'. Never stored: a
    play without an attribution row is decided by it."""
    STARTED_BY = 1
    """The Home Assistant user who started it (a tap, a service call, Assist)."""
    OWNER = 2
    """The owner of the speaker or of its area."""
    ROOM = 3
    """The persons in the speaker's area while it played."""
    HOME = 4
    """The persons at home while it played."""
    NOBODY = 5
    """Only guests, or nobody Encore knows, were there: the household's."""
    CORRECTION = 6
    """Someone said whose it was."""
    BEFORE = 7
    """Recorded before Encore attributed plays (history schema 11): the household's."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """Whose a play is: persons (entity ids of `person`), how sure, and why.

    No persons: the household's. Several: shared, each one's answers count
    it and the household's count it once.
    """

    persons: tuple[str, ...]
    certainty: Certainty
    rule: AttributionRule


class JobKind(StrEnum):
    """What a row of the `jobs` table records: a collector's run or a bulk change."""

    IMPORT = "import"
    EXPORT = "export"
    PURGE = "purge"
    RETENTION = "retention"
    SPOTIFY_PLAYER = "spotify_player"
    SPOTIFY_RECENT = "spotify_recent"
    SONOS = "sonos"
    MEDIA_PLAYER = "media_player"


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


TEXT_CAPS: Final = {
    "title": 1000,
    "artist": 1000,
    "album": 1000,
    "device": 200,
    "source_kind": 100,
    "reason_start": 100,
    "reason_end": 100,
    "item_uri": 2000,
    "artist_uri": 2000,
    "context_uri": 2000,
}
"""Longest text stored per field, in characters.

Far above what Spotify writes (its longest track names run to a few hundred
characters; its URIs to a few dozen, local files' to a few hundred, as they
hold artist, album and title), so only broken or hostile input meets them: a
40 MB title must not end up in the database and in every answer."""

_URI_FIELDS: Final = frozenset({"item_uri", "artist_uri", "context_uri"})


class PlayColumns(NamedTuple):
    """Play records turned on their side: one sequence per `PlayRecord` field.

    How imports hand a file's rows to the writer, which resolves and stores
    them column by column. Sources and kinds are plain integers here: a
    tuple holding only numbers, strings and None is one the garbage
    collector stops tracking, where a million records (each holding enum
    members) would be walked again and again while an import runs.
    """

    account: Sequence[str]
    source: Sequence[int]
    ended_at: Sequence[int]
    ms_played: Sequence[int]
    kind: Sequence[int]
    title: Sequence[str | None]
    artist: Sequence[str | None]
    album: Sequence[str | None]
    item_uri: Sequence[str | None]
    artist_uri: Sequence[str | None]
    context_uri: Sequence[str | None]
    device: Sequence[str | None]
    source_kind: Sequence[str | None]
    reason_start: Sequence[str | None]
    reason_end: Sequence[str | None]
    shuffle: Sequence[bool | None]
    skipped: Sequence[bool | None]
    offline: Sequence[bool | None]
    incognito: Sequence[bool | None]
    started_at: Sequence[int | None]

    @staticmethod
    def of(records: Sequence[PlayRecord]) -> PlayColumns:
        """Return the columns of `records`."""
        if not records:
            return PlayColumns.empty()
        return PlayColumns._make(zip(*records, strict=True))

    @staticmethod
    def empty() -> PlayColumns:
        """Return columns of no record."""
        return PlayColumns._make(repeat((), len(PlayColumns._fields)))

    @property
    def size(self) -> int:
        """How many records the columns hold."""
        return len(self.ended_at)

    def part(self, start: int, stop: int) -> PlayColumns:
        """Return the records from `start` up to `stop`, as columns."""
        return PlayColumns._make(column[start:stop] for column in self)

    def pick(self, keep: Sequence[bool]) -> PlayColumns:
        """Return the records whose `keep` is true, as columns."""
        return PlayColumns._make(tuple(compress(column, keep)) for column in self)

    def records(self) -> list[PlayRecord]:
        """Return the records themselves."""
        return list(map(_record, *self, strict=True))

    def capped(self) -> tuple[PlayColumns, int, int]:
        """Return the columns within `TEXT_CAPS`, the records shortened and refused.

        A name over its cap is cut (with "…" at the end); a record whose URI
        is over its cap is refused, since a cut URI would name another item.
        One C pass per column finds the longest value, so well-formed input
        costs next to nothing.
        """
        over = {
            field: cap
            for field, cap in TEXT_CAPS.items()
            if max(map(len, filter(None, self._text(field))), default=0) > cap
        }
        if not over:
            return self, 0, 0
        replaced: dict[str, tuple[str | None, ...]] = {}
        shortened: set[int] = set()
        refused: set[int] = set()
        for field, cap in over.items():
            values = list(self._text(field))
            for row, value in enumerate(values):
                if value is None or len(value) <= cap:
                    continue
                if field in _URI_FIELDS:
                    refused.add(row)
                else:
                    values[row] = value[: cap - 1] + "…"
                    shortened.add(row)
            replaced[field] = tuple(values)
        capped = PlayColumns._make(
            replaced.get(field, column)
            for field, column in zip(self._fields, self, strict=True)
        )
        if refused:
            capped = capped.pick([row not in refused for row in range(self.size)])
        return capped, len(shortened - refused), len(refused)

    def _text(self, field: str) -> Sequence[str | None]:
        values: Sequence[str | None] = getattr(self, field)
        return values


def _record(
    account: str, source: int, ended_at: int, ms_played: int, kind: int, *rest: Any
) -> PlayRecord:
    return PlayRecord(
        account, Source(source), ended_at, ms_played, PlayKind(kind), *rest
    )
