"""Turn the rows of one Spotify history file into `PlayRecord`s.

An import runs these loops over hundreds of thousands of rows, so they are
written for speed: one C-level `itemgetter` call per row, inline type checks,
timestamps converted through lookup tables instead of datetime objects, and
records built with `tuple.__new__`. The slow, precise checks only run to name
the field once the fast checks found a row wrong.
"""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from operator import itemgetter
from typing import Any, Final, NoReturn

from ...models import PlayKind, PlayRecord, Source
from .errors import ExportFileError


class ExportFileFormat(StrEnum):
    """The kind of history file, from its name."""

    EXTENDED = "extended"
    EXTENDED_VIDEO = "extended_video"
    ACCOUNT_MUSIC = "account_music"
    ACCOUNT_PODCAST = "account_podcast"
    ACCOUNT_AUDIOBOOK = "account_audiobook"
    ACCOUNT_LEGACY = "account_legacy"


SOURCE_KIND: Final = "spotify"
MAX_MS_PLAYED: Final = 2**53 - 1
"""Any larger value is no duration; the bound also keeps `ended_at - ms_played` exact."""

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MS: Final = timedelta(milliseconds=1)

# The part of a timestamp after the hour, mapped to its milliseconds. A
# timestamp is valid exactly when its hour prefix parses and its tail is a key
# here, so one dictionary lookup both validates and converts it.
EXTENDED_TAIL_MS: Final[dict[str, int]] = {
    f"{minute:02d}:{second:02d}Z": (minute * 60 + second) * 1000
    for minute in range(60)
    for second in range(60)
}
_ACCOUNT_TAIL_MS: Final[dict[str, int]] = {
    f"{minute:02d}": minute * 60_000 for minute in range(60)
}


def hour_ms(prefix: str, separator: str) -> int | None:
    """Milliseconds since the epoch of `YYYY-MM-DD<separator>HH:`, None if malformed."""
    if (
        len(prefix) != 14
        or prefix[4] != "-"
        or prefix[7] != "-"
        or prefix[10] != separator
        or prefix[13] != ":"
    ):
        return None
    year, month, day, hour = prefix[0:4], prefix[5:7], prefix[8:10], prefix[11:13]
    digits = year + month + day + hour
    # `int` also accepts non-ASCII digits: insist on 0-9.
    if not (digits.isascii() and digits.isdigit()):
        return None
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), tzinfo=UTC)
    except ValueError:
        return None
    # Spotify started in 2006; an earlier time is a damaged row, and keeping
    # times non-negative spares the store a corner case.
    if moment < _EPOCH:
        return None
    return (moment - _EPOCH) // _ONE_MS


# --- field checks ----------------------------------------------------------------

_STR: Final = "str"
"""A string or null."""
_BOOL: Final = "bool"
"""A boolean or null."""
_MS: Final = "ms"
"""A duration in milliseconds: a non-negative integer."""
_TIME: Final = "time"
"""A timestamp string; its format is checked separately."""

EXTENDED_FIELDS: Final = (
    ("ts", _TIME),
    ("ms_played", _MS),
    ("master_metadata_track_name", _STR),
    ("master_metadata_album_artist_name", _STR),
    ("master_metadata_album_album_name", _STR),
    ("spotify_track_uri", _STR),
    ("episode_name", _STR),
    ("episode_show_name", _STR),
    ("spotify_episode_uri", _STR),
    ("platform", _STR),
    ("reason_start", _STR),
    ("reason_end", _STR),
    ("shuffle", _BOOL),
    ("skipped", _BOOL),
    ("offline", _BOOL),
    ("incognito_mode", _BOOL),
    ("audiobook_title", _STR),
    ("audiobook_uri", _STR),
    ("audiobook_chapter_uri", _STR),
    ("audiobook_chapter_title", _STR),
)
"""Every field this reader takes from an Extended row, in `_parse_extended` order.

Fields not listed (`ip_addr`, `ip_addr_decrypted`, `user_agent_decrypted`,
`username`, `conn_country`, `offline_timestamp`) are never read.
"""
_EXTENDED_KEYS: Final = tuple(key for key, _ in EXTENDED_FIELDS)

# Account data: title, artist, album (or None), kind.
_ACCOUNT_KEYS: Final[dict[ExportFileFormat, tuple[str, str, str | None, PlayKind]]] = {
    ExportFileFormat.ACCOUNT_MUSIC: ("trackName", "artistName", None, PlayKind.TRACK),
    # The legacy StreamingHistory<n>.json mixes podcast episodes in with the
    # music (artistName is then the show) and nothing tells them apart, so
    # every row stays a TRACK.
    ExportFileFormat.ACCOUNT_LEGACY: ("trackName", "artistName", None, PlayKind.TRACK),
    ExportFileFormat.ACCOUNT_PODCAST: (
        "episodeName",
        "podcastName",
        None,
        PlayKind.EPISODE,
    ),
    ExportFileFormat.ACCOUNT_AUDIOBOOK: (
        "chapterName",
        "authorName",
        "audiobookName",
        PlayKind.AUDIOBOOK,
    ),
}


def _is_valid(value: Any, check: str) -> bool:
    """Whether one value passes the check its field asks for."""
    if check == _STR:
        return value is None or value.__class__ is str
    if check == _BOOL:
        return value is None or value.__class__ is bool
    if check == _MS:
        return value.__class__ is int and 0 <= value <= MAX_MS_PLAYED
    return value.__class__ is str


def _invalid_row(
    values: tuple[Any, ...],
    fields: tuple[tuple[str, str], ...],
    name: str,
    index: int,
) -> NoReturn:
    """Raise for the first field of a row the fast checks rejected."""
    for value, (key, check) in zip(values, fields, strict=True):
        if not _is_valid(value, check):
            raise ExportFileError("import_invalid_field", name, index, key)
    raise AssertionError("fast and precise row checks disagree")  # pragma: no cover


# --- the loops ---------------------------------------------------------------


def extended_item(  # noqa: PLR0917 - the row's item fields, in order
    track: str | None,
    album_artist: str | None,
    album: str | None,
    track_uri: str | None,
    episode: str | None,
    show: str | None,
    episode_uri: str | None,
    book: str | None,
    book_uri: str | None,
    chapter_uri: str | None,
    chapter: str | None,
) -> tuple[PlayKind, str | None, str | None, str | None, str | None]:
    """Return what an Extended row streamed: kind, title, artist, album and URI."""
    if track_uri is not None or track is not None:
        return PlayKind.TRACK, track, album_artist, album, track_uri
    if episode_uri is not None or episode is not None:
        return PlayKind.EPISODE, episode, show, None, episode_uri
    if (
        chapter_uri is not None
        or book_uri is not None
        or book is not None
        or chapter is not None
    ):
        uri = chapter_uri if chapter_uri is not None else book_uri
        return PlayKind.AUDIOBOOK, chapter, None, book, uri
    # No track, episode or audiobook: Spotify lost the item but the time
    # listened is real, so the row is kept.
    return PlayKind.OTHER, None, album_artist, album, None


def _parse_extended(rows: list[Any], name: str, account: str) -> list[PlayRecord]:
    """Map Extended streaming history rows; every row is validated."""
    keys = _EXTENDED_KEYS
    get_values: Callable[[dict[str, Any]], tuple[Any, ...]] = itemgetter(*keys)
    # endsong_*.json (before 2023) has no audiobook_* keys: reading those rows
    # with `get` spares an exception per row.
    first = rows[0] if rows else None
    lenient = first.__class__ is dict and "audiobook_title" not in first
    fields = EXTENDED_FIELDS
    hours: dict[str, int] = {}
    hours_get = hours.get
    tail_get = EXTENDED_TAIL_MS.get
    max_ms = MAX_MS_PLAYED
    new_record = tuple.__new__
    record_type = PlayRecord
    source = Source.EXPORT_EXTENDED
    source_kind = SOURCE_KIND
    records: list[PlayRecord] = []
    append = records.append
    for index, row in enumerate(rows):
        if row.__class__ is not dict:
            raise ExportFileError("import_row_not_object", name, index)
        if lenient:
            values = tuple(map(row.get, keys))
        else:
            try:
                values = get_values(row)
            except KeyError:
                values = tuple(map(row.get, keys))
        (
            ts,
            ms_played,
            track,
            album_artist,
            album,
            track_uri,
            episode,
            show,
            episode_uri,
            platform,
            reason_start,
            reason_end,
            shuffle,
            skipped,
            offline,
            incognito,
            book,
            book_uri,
            chapter_uri,
            chapter,
        ) = values
        # A missing key reads as None, which fails here for `ts` and `ms_played`.
        if (
            ts.__class__ is not str
            or ms_played.__class__ is not int
            or ms_played < 0
            or ms_played > max_ms
            or (track is not None and track.__class__ is not str)
            or (album_artist is not None and album_artist.__class__ is not str)
            or (album is not None and album.__class__ is not str)
            or (track_uri is not None and track_uri.__class__ is not str)
            or (episode is not None and episode.__class__ is not str)
            or (show is not None and show.__class__ is not str)
            or (episode_uri is not None and episode_uri.__class__ is not str)
            or (platform is not None and platform.__class__ is not str)
            or (reason_start is not None and reason_start.__class__ is not str)
            or (reason_end is not None and reason_end.__class__ is not str)
            or (shuffle is not None and shuffle.__class__ is not bool)
            or (skipped is not None and skipped.__class__ is not bool)
            or (offline is not None and offline.__class__ is not bool)
            or (incognito is not None and incognito.__class__ is not bool)
            or (book is not None and book.__class__ is not str)
            or (book_uri is not None and book_uri.__class__ is not str)
            or (chapter_uri is not None and chapter_uri.__class__ is not str)
            or (chapter is not None and chapter.__class__ is not str)
        ):
            _invalid_row(values, fields, name, index)
        hour = hours_get(ts[:14])
        if hour is None:
            hour = hour_ms(ts[:14], "T")
            if hour is None:
                raise ExportFileError("import_invalid_field", name, index, "ts")
            hours[ts[:14]] = hour
        tail = tail_get(ts[14:])
        if tail is None:
            raise ExportFileError("import_invalid_field", name, index, "ts")
        kind, title, artist, album, item_uri = extended_item(
            track,
            album_artist,
            album,
            track_uri,
            episode,
            show,
            episode_uri,
            book,
            book_uri,
            chapter_uri,
            chapter,
        )
        append(
            new_record(
                record_type,
                (
                    account,
                    source,
                    hour + tail,
                    ms_played,
                    kind,
                    title,
                    artist,
                    album,
                    item_uri,
                    None,
                    None,
                    platform,
                    source_kind,
                    # Old rows write "" where newer ones write null.
                    reason_start or None,
                    reason_end or None,
                    shuffle,
                    skipped,
                    offline,
                    incognito,
                    None,
                ),
            )
        )
    return records


def _parse_account(
    rows: list[Any], name: str, account: str, export_format: ExportFileFormat
) -> list[PlayRecord]:
    """Map Account data rows; every row is validated."""
    title_key, artist_key, album_key, kind = _ACCOUNT_KEYS[export_format]
    fields: tuple[tuple[str, str], ...] = (
        ("endTime", _TIME),
        ("msPlayed", _MS),
        (title_key, _STR),
        (artist_key, _STR),
    )
    if album_key is not None:
        fields = (*fields, (album_key, _STR))
    keys = tuple(key for key, _ in fields)
    get_values: Callable[[dict[str, Any]], tuple[Any, ...]] = itemgetter(*keys)
    with_album = album_key is not None
    hours: dict[str, int] = {}
    hours_get = hours.get
    tail_get = _ACCOUNT_TAIL_MS.get
    max_ms = MAX_MS_PLAYED
    new_record = tuple.__new__
    record_type = PlayRecord
    source = Source.EXPORT_ACCOUNT
    source_kind = SOURCE_KIND
    records: list[PlayRecord] = []
    append = records.append
    album = None
    for index, row in enumerate(rows):
        if row.__class__ is not dict:
            raise ExportFileError("import_row_not_object", name, index)
        try:
            values = get_values(row)
        except KeyError:
            values = tuple(map(row.get, keys))
        if with_album:
            end_time, ms_played, title, artist, album = values
        else:
            end_time, ms_played, title, artist = values
        if (
            end_time.__class__ is not str
            or ms_played.__class__ is not int
            or ms_played < 0
            or ms_played > max_ms
            or (title is not None and title.__class__ is not str)
            or (artist is not None and artist.__class__ is not str)
            or (album is not None and album.__class__ is not str)
        ):
            _invalid_row(values, fields, name, index)
        hour = hours_get(end_time[:14])
        if hour is None:
            hour = hour_ms(end_time[:14], " ")
            if hour is None:
                raise ExportFileError("import_invalid_field", name, index, "endTime")
            hours[end_time[:14]] = hour
        tail = tail_get(end_time[14:])
        if tail is None:
            raise ExportFileError("import_invalid_field", name, index, "endTime")
        append(
            new_record(
                record_type,
                (
                    account,
                    source,
                    hour + tail,
                    ms_played,
                    kind,
                    title,
                    artist,
                    album,
                    None,
                    None,
                    None,
                    None,
                    source_kind,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ),
            )
        )
    return records


def normalize(
    rows: list[Any], export_format: ExportFileFormat, name: str, account: str
) -> list[PlayRecord]:
    """Turn the rows of an audio history file into records, one per row.

    Raises `ExportFileError` for the first row or field that is not what
    Spotify writes. Not for video files, whose rows are skipped.
    """
    if export_format is ExportFileFormat.EXTENDED:
        return _parse_extended(rows, name, account)
    return _parse_account(rows, name, account, export_format)
